import { createHmac, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { twilioSignature } from '../../src/inbound';
import { type ReadTwiml, readTwiml } from './twiml';

/**
 * A local stand-in for the parts of Twilio's REST API (2010-04-01) and webhooks that Solimob uses.
 * It speaks the real HTTP contract, so the real twilio client is exercised end to end:
 * Basic auth, form-encoded bodies, snake_case JSON resources with RFC 2822 dates, Twilio's error body
 * `{ code, message, more_info, status }` and its paging envelope.
 *
 * Field sets follow the resources in twilio-node's own fixtures (Message, Call). Error codes follow
 * Twilio's error dictionary: 20003 auth, 20404 not found, 21211 invalid To, 21602 body required,
 * 21603 From required, 21604 To required, 21609 bad StatusCallback, 21610 opted out, 21614 not a
 * mobile, 21617 body too long, 21201/21213/21205/21217 for calls.
 */

export interface FakeTwilioOptions {
  accountSid?: string;
  authToken?: string;
  /** Numbers (E.164) Twilio would refuse for SMS as not mobile: 21614. */
  landlines?: Iterable<string>;
  /** A rule for landlines on top of the list, e.g. French geographic numbers `/^\+33[1-5]/`. */
  landlinePattern?: RegExp;
  /** Numbers Twilio would call invalid: 21211 for SMS, 21217 for calls. */
  invalidNumbers?: Iterable<string>;
  /** Recipients who replied STOP: 21610 for SMS. */
  optedOut?: Iterable<string>;
  /** Defaults to the system clock. Lets tests place resources in time. */
  now?: () => Date;
  port?: number;
}

export interface RecordedRequest {
  method: string;
  /** Path without query string. */
  path: string;
  query: Record<string, string>;
  form: Record<string, string>;
  authorization: string | undefined;
  headers: IncomingMessage['headers'];
}

export interface FakeMessage {
  resource: Record<string, unknown> & { sid: string; status: string; to: string; body: string };
  /** Request fields that Twilio keeps but does not echo back. */
  statusCallback: string | undefined;
}

export interface FakeCall {
  resource: Record<string, unknown> & { sid: string; status: string; to: string };
  twiml: string | undefined;
  url: string | undefined;
  statusCallback: string | undefined;
}

export interface WebhookResult {
  status: number;
  contentType: string | undefined;
  body: string;
}

/**
 * A call in progress, driven the way Twilio drives it: each step is the TwiML our webhook answered,
 * read; `press` posts the key to the Gather's action, `silence` follows the Redirect after a Gather
 * that got no key, `leaveVoicemail` posts a recording to the Record's action. Every request is
 * signed for the public URL and delivered through `rewrite` (the app's internal address).
 */
export interface FakeCallSession {
  readonly callSid: string;
  /** The last answer, as raw TwiML and as read. */
  readonly twiml: string;
  readonly read: ReadTwiml;
  readonly status: number;
  press(digits: string): Promise<FakeCallSession>;
  silence(): Promise<FakeCallSession>;
  leaveVoicemail(seconds?: number): Promise<FakeCallSession>;
}

export interface FakeTwilio {
  /** e.g. http://127.0.0.1:40123, to pass as the sender's `apiBaseUrl`. */
  readonly baseUrl: string;
  readonly accountSid: string;
  readonly authToken: string;
  /** Every HTTP request received, in order, including refused and failed ones. */
  readonly requests: readonly RecordedRequest[];
  readonly requestCount: number;
  /** Messages accepted (HTTP 201), in acceptance order. */
  messages(): FakeMessage[];
  calls(): FakeCall[];
  registerLandline(e164: string): void;
  registerInvalid(e164: string): void;
  registerOptedOut(e164: string): void;
  /** The next `count` API requests answer `status` (500, 503, 429…) with a Twilio error body. */
  failNext(count: number, status?: number): void;
  /** The next `count` API requests are answered after `ms` milliseconds. */
  delayNext(count: number, ms: number): void;
  /**
   * The next `count` requests are fully processed (a message is created) but the connection is cut
   * before the response: what a crash or network loss after Twilio's acceptance looks like.
   */
  loseResponseNext(count: number): void;
  /** Inserts a message as if it had been sent earlier (history for lookups and paging). */
  seedMessage(input: {
    to: string;
    body: string;
    from?: string;
    status?: string;
    dateCreated: Date;
    direction?: string;
  }): FakeMessage;
  /**
   * Moves a message along its lifecycle and, when it had a StatusCallback, POSTs Twilio's signed
   * status callback there. Returns the callback's response (undefined when there was no callback).
   */
  setMessageStatus(
    sid: string,
    status: string,
    options?: { errorCode?: number },
  ): Promise<WebhookResult | undefined>;
  setCallStatus(
    sid: string,
    status: string,
    options?: { duration?: number },
  ): Promise<WebhookResult | undefined>;
  /**
   * POSTs an inbound SMS webhook, signed like Twilio does, to `url` (the public URL configured at
   * Twilio). `via` delivers it elsewhere (the app's internal address behind a proxy) without changing
   * what was signed.
   */
  sendInboundSms(input: {
    url: string;
    via?: string;
    from: string;
    to: string;
    body: string;
    extra?: Record<string, string>;
  }): Promise<WebhookResult>;
  /**
   * Someone calls `to` from `from`: POSTs Twilio's signed incoming-call webhook to `url` (the voice
   * URL configured on the number) and returns the call, ready for keys. `rewrite` maps the public
   * URLs found in the TwiML to where the app really listens.
   */
  dialIn(input: {
    url: string;
    from: string;
    to: string;
    rewrite?: (publicUrl: string) => string;
  }): Promise<FakeCallSession>;
  /**
   * The callee of one of our outbound calls (created with inline TwiML) picks up: the TwiML is read
   * and the call waits at its Gather, if any. Returns undefined for a call without a Gather.
   */
  pickUp(callSid: string, options?: { rewrite?: (publicUrl: string) => string }): FakeCallSession;
  /** POSTs any form with a valid X-Twilio-Signature for `url`, to `via` when given, else to `url`. */
  postSignedWebhook(url: string, params: Record<string, string>, via?: string): Promise<WebhookResult>;
  close(): Promise<void>;
}

const API_VERSION = '2010-04-01';
const ACCOUNT_PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/(Messages|Calls)(?:\/([^/]+))?\.json$/;
const E164 = /^\+[1-9]\d{6,14}$/;
// GSM 03.38 basic set plus the extension table (which costs two septets).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';

export const hexSid = (prefix: string) => `${prefix}${randomBytes(16).toString('hex')}`;

/** RFC 2822 as Twilio writes it: `Thu, 30 Jul 2015 20:12:31 +0000`. */
export function rfc2822(date: Date): string {
  return date.toUTCString().replace('GMT', '+0000');
}

/** Segments as Twilio bills them: GSM-7 160/153, otherwise UCS-2 70/67. */
export function countSegments(body: string): number {
  const chars = [...body];
  const gsm = chars.every((c) => GSM_BASIC.includes(c) || GSM_EXTENDED.includes(c));
  if (gsm) {
    const septets = chars.reduce((n, c) => n + (GSM_EXTENDED.includes(c) ? 2 : 1), 0);
    return septets <= 160 ? 1 : Math.ceil(septets / 153);
  }
  const units = body.length;
  return units <= 70 ? 1 : Math.ceil(units / 67);
}

/** Twilio's signature: base64(HMAC-SHA1(token, url + sorted keys each followed by its value)). */
export function signTwilioRequest(authToken: string, url: string, params: Record<string, string>): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + key + params[key], url);
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf-8')).digest('base64');
}

const formatted = (e164: string) => e164;

export async function startFakeTwilio(options: FakeTwilioOptions = {}): Promise<FakeTwilio> {
  const accountSid = options.accountSid ?? hexSid('AC');
  const authToken = options.authToken ?? randomBytes(16).toString('hex');
  const now = options.now ?? (() => new Date());
  const landlines = new Set(options.landlines ?? []);
  const invalid = new Set(options.invalidNumbers ?? []);
  const optedOut = new Set(options.optedOut ?? []);
  const requests: RecordedRequest[] = [];
  const messages: FakeMessage[] = [];
  const calls: FakeCall[] = [];
  const failures: number[] = [];
  const delays: number[] = [];
  let responsesToLose = 0;

  const accountUri = `/${API_VERSION}/Accounts/${accountSid}`;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        sendJson(res, 500, twilioError(20500, `Fake Twilio crashed: ${String(error)}`, 500));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake.twilio');
    const raw = await readBody(req);
    const form = Object.fromEntries(new URLSearchParams(raw));
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      form,
      authorization: req.headers.authorization,
      headers: req.headers,
    };
    requests.push(recorded);

    const delay = delays.shift();
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));

    const failure = failures.shift();
    if (failure) {
      const code = failure === 429 ? 20429 : failure === 503 ? 20503 : 20500;
      const text =
        failure === 429
          ? 'Too Many Requests'
          : failure === 503
            ? 'Service Unavailable'
            : 'Internal Server Error';
      return sendJson(res, failure, twilioError(code, text, failure));
    }

    if (!authorised(req.headers.authorization)) {
      res.setHeader('WWW-Authenticate', 'Basic realm="Twilio API"');
      return sendJson(res, 401, twilioError(20003, 'Authenticate', 401));
    }

    const match = ACCOUNT_PATH.exec(url.pathname);
    if (!match || match[1] !== accountSid) {
      return sendJson(
        res,
        404,
        twilioError(20404, `The requested resource ${url.pathname} was not found`, 404),
      );
    }
    const [, , collection, sid] = match;
    const method = req.method ?? 'GET';
    let outcome: { status: number; body: unknown };
    if (collection === 'Messages' && !sid && method === 'POST') outcome = createMessage(form);
    else if (collection === 'Messages' && !sid && method === 'GET') outcome = listMessages(url.searchParams);
    else if (collection === 'Calls' && !sid && method === 'POST') outcome = createCall(form);
    else if (collection === 'Calls' && !sid && method === 'GET') outcome = listCalls(url.searchParams);
    else if (sid && method === 'GET') {
      const found =
        collection === 'Messages'
          ? messages.find((m) => m.resource.sid === sid)?.resource
          : calls.find((c) => c.resource.sid === sid)?.resource;
      outcome = found
        ? { status: 200, body: found }
        : {
            status: 404,
            body: twilioError(20404, `The requested resource ${url.pathname} was not found`, 404),
          };
    } else {
      outcome = { status: 405, body: twilioError(20004, 'Method not allowed', 405) };
    }

    if (responsesToLose > 0) {
      responsesToLose--;
      // The work is done; the client never hears about it.
      req.socket.destroy();
      return;
    }
    sendJson(res, outcome.status, outcome.body);
  }

  function authorised(header: string | undefined): boolean {
    if (!header?.startsWith('Basic ')) return false;
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf-8');
    return decoded === `${accountSid}:${authToken}`;
  }

  function badRequest(code: number, message: string) {
    return { status: 400, body: twilioError(code, message, 400) };
  }

  function createMessage(form: Record<string, string>) {
    const to = form.To;
    if (!to) return badRequest(21604, "A 'To' phone number is required.");
    if (!form.From && !form.MessagingServiceSid)
      return badRequest(21603, "A 'From' phone number is required.");
    const body = form.Body;
    if (!body && !form.MediaUrl && !form.ContentSid) return badRequest(21602, 'Message body is required.');
    if (body && body.length > 1600) {
      return badRequest(21617, 'The concatenated message body exceeds the 1600 character limit.');
    }
    if (!E164.test(to) || invalid.has(to)) {
      return badRequest(21211, `The 'To' number ${to} is not a valid phone number.`);
    }
    if (landlines.has(to) || options.landlinePattern?.test(to)) {
      return badRequest(21614, `'To' number is not a valid mobile number`);
    }
    if (optedOut.has(to)) return badRequest(21610, 'Attempt to send to unsubscribed recipient');
    if (form.StatusCallback && !isHttpUrl(form.StatusCallback)) {
      return badRequest(21609, 'Invalid StatusCallback url');
    }
    const message = addMessage({
      to,
      from: form.From ?? null,
      messagingServiceSid: form.MessagingServiceSid ?? null,
      body: body ?? '',
      status: 'queued',
      dateCreated: now(),
      direction: 'outbound-api',
      statusCallback: form.StatusCallback,
    });
    return { status: 201, body: message.resource };
  }

  function addMessage(input: {
    to: string;
    from: string | null;
    messagingServiceSid: string | null;
    body: string;
    status: string;
    dateCreated: Date;
    direction: string;
    statusCallback: string | undefined;
  }): FakeMessage {
    const sid = hexSid('SM');
    const uri = `${accountUri}/Messages/${sid}`;
    const sent = input.status !== 'queued' && input.status !== 'accepted' && input.status !== 'scheduled';
    const message: FakeMessage = {
      resource: {
        account_sid: accountSid,
        api_version: API_VERSION,
        body: input.body,
        date_created: rfc2822(input.dateCreated),
        date_sent: sent ? rfc2822(input.dateCreated) : null,
        date_updated: rfc2822(input.dateCreated),
        direction: input.direction,
        error_code: null,
        error_message: null,
        from: input.from,
        messaging_service_sid: input.messagingServiceSid,
        num_media: '0',
        num_segments: String(countSegments(input.body)),
        price: null,
        price_unit: 'USD',
        sid,
        status: input.status,
        subresource_uris: { media: `${uri}/Media.json`, feedback: `${uri}/Feedback.json` },
        to: input.to,
        uri: `${uri}.json`,
      },
      statusCallback: input.statusCallback,
    };
    messages.push(message);
    return message;
  }

  function createCall(form: Record<string, string>) {
    const to = form.To;
    if (!to) return badRequest(21201, "No 'To' number is specified");
    if (!form.From) return badRequest(21213, "No 'From' number is specified");
    if (!form.Url && !form.Twiml && !form.ApplicationSid)
      return badRequest(21205, 'Url parameter is required.');
    if (!E164.test(to) || invalid.has(to))
      return badRequest(21217, 'Phone number does not appear to be valid');
    if (form.StatusCallback && !isHttpUrl(form.StatusCallback)) {
      return badRequest(21609, 'Invalid StatusCallback url');
    }
    const sid = hexSid('CA');
    const uri = `${accountUri}/Calls/${sid}`;
    const created = rfc2822(now());
    const call: FakeCall = {
      resource: {
        account_sid: accountSid,
        annotation: null,
        answered_by: null,
        api_version: API_VERSION,
        caller_name: null,
        date_created: created,
        date_updated: created,
        direction: 'outbound-api',
        duration: null,
        end_time: null,
        forwarded_from: null,
        from: form.From,
        from_formatted: formatted(form.From),
        group_sid: null,
        parent_call_sid: null,
        phone_number_sid: 'PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
        price: null,
        price_unit: 'USD',
        queue_time: '0',
        sid,
        start_time: null,
        status: 'queued',
        subresource_uris: {
          notifications: `${uri}/Notifications.json`,
          recordings: `${uri}/Recordings.json`,
          events: `${uri}/Events.json`,
        },
        to,
        to_formatted: formatted(to),
        trunk_sid: null,
        uri: `${uri}.json`,
      },
      twiml: form.Twiml,
      url: form.Url,
      statusCallback: form.StatusCallback,
    };
    calls.push(call);
    return { status: 201, body: call.resource };
  }

  function listMessages(query: URLSearchParams) {
    const filters = [
      exact('to', query.get('To')),
      exact('from', query.get('From')),
      dateFilter('date_sent', query.get('DateSent'), '='),
      dateFilter('date_sent', query.get('DateSent<'), '<'),
      dateFilter('date_sent', query.get('DateSent>'), '>'),
    ];
    const selected = newestFirst(messages.map((m) => m.resource)).filter((r) => filters.every((f) => f(r)));
    return page('messages', 'Messages', selected, query);
  }

  function listCalls(query: URLSearchParams) {
    const filters = [
      exact('to', query.get('To')),
      exact('from', query.get('From')),
      exact('status', query.get('Status')),
      dateFilter('start_time', query.get('StartTime'), '='),
      dateFilter('start_time', query.get('StartTime<'), '<'),
      dateFilter('start_time', query.get('StartTime>'), '>'),
    ];
    const selected = newestFirst(calls.map((c) => c.resource)).filter((r) => filters.every((f) => f(r)));
    return page('calls', 'Calls', selected, query);
  }

  function page(key: string, collection: string, all: Record<string, unknown>[], query: URLSearchParams) {
    const pageSize = Math.min(Math.max(Number(query.get('PageSize') ?? 50) || 50, 1), 1000);
    const pageNumber = Math.max(Number(query.get('Page') ?? 0) || 0, 0);
    const start = pageNumber * pageSize;
    const items = all.slice(start, start + pageSize);
    const base = new URLSearchParams(query);
    base.delete('Page');
    base.delete('PageToken');
    base.set('PageSize', String(pageSize));
    const pageUri = (n: number, token?: string) => {
      const q = new URLSearchParams(base);
      q.set('Page', String(n));
      if (token) q.set('PageToken', token);
      return `${accountUri}/${collection}.json?${q.toString()}`;
    };
    const hasNext = start + pageSize < all.length;
    const last = items.at(-1) as { sid?: string } | undefined;
    return {
      status: 200,
      body: {
        [key]: items,
        end: start + Math.max(items.length - 1, 0),
        first_page_uri: pageUri(0),
        next_page_uri: hasNext ? pageUri(pageNumber + 1, `PA${last?.sid ?? ''}`) : null,
        page: pageNumber,
        page_size: pageSize,
        previous_page_uri: pageNumber > 0 ? pageUri(pageNumber - 1) : null,
        start,
        uri: pageUri(pageNumber, query.get('PageToken') ?? undefined),
      },
    };
  }

  async function postSignedWebhook(
    url: string,
    params: Record<string, string>,
    via?: string,
  ): Promise<WebhookResult> {
    const response = await fetch(via ?? url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        // Signed by the twilio library's own function, as Twilio signs; signTwilioRequest is the
        // independent re-implementation the fake's own test compares it with.
        'X-Twilio-Signature': twilioSignature(authToken, url, params),
        'User-Agent': 'TwilioProxy/1.1',
      },
      body: new URLSearchParams(params).toString(),
    });
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? undefined,
      body: await response.text(),
    };
  }

  function findMessage(sid: string): FakeMessage {
    const message = messages.find((m) => m.resource.sid === sid);
    if (!message) throw new Error(`Fake Twilio has no message ${sid}`);
    return message;
  }

  function callSession(input: {
    callSid: string;
    from: string;
    to: string;
    direction: string;
    twiml: string;
    status: number;
    rewrite: (publicUrl: string) => string;
  }): FakeCallSession {
    const read = readTwiml(input.twiml);
    const post = async (url: string, extra: Record<string, string>) => {
      const params: Record<string, string> = {
        AccountSid: accountSid,
        ApiVersion: API_VERSION,
        CallSid: input.callSid,
        CallStatus: 'in-progress',
        Called: input.to,
        Caller: input.from,
        Direction: input.direction,
        From: input.from,
        To: input.to,
        ...extra,
      };
      const result = await postSignedWebhook(url, params, input.rewrite(url));
      return callSession({ ...input, twiml: result.body, status: result.status });
    };
    return {
      callSid: input.callSid,
      twiml: input.twiml,
      read,
      status: input.status,
      async press(digits) {
        if (!read.gather) throw new Error(`no Gather is waiting for a key: ${input.twiml}`);
        return post(read.gather.action, { Digits: digits, FinishedOnKey: '' });
      },
      async silence() {
        if (!read.redirect) throw new Error(`nothing follows the Gather: ${input.twiml}`);
        return post(read.redirect, {});
      },
      async leaveVoicemail(seconds = 12) {
        if (!read.record) throw new Error(`no Record verb: ${input.twiml}`);
        const recordingSid = hexSid('RE');
        return post(read.record.action, {
          RecordingSid: recordingSid,
          RecordingUrl: `https://api.twilio.com/2010-04-01/Accounts/${accountSid}/Recordings/${recordingSid}`,
          RecordingDuration: String(seconds),
          Digits: 'hangup',
        });
      },
    };
  }

  server.listen(options.port ?? 0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    requests,
    get requestCount() {
      return requests.length;
    },
    messages: () => [...messages],
    calls: () => [...calls],
    registerLandline: (n) => void landlines.add(n),
    registerInvalid: (n) => void invalid.add(n),
    registerOptedOut: (n) => void optedOut.add(n),
    failNext(count, status = 503) {
      for (let i = 0; i < count; i++) failures.push(status);
    },
    delayNext(count, ms) {
      for (let i = 0; i < count; i++) delays.push(ms);
    },
    loseResponseNext(count) {
      responsesToLose += count;
    },
    seedMessage(input) {
      return addMessage({
        to: input.to,
        from: input.from ?? null,
        messagingServiceSid: null,
        body: input.body,
        status: input.status ?? 'delivered',
        dateCreated: input.dateCreated,
        direction: input.direction ?? 'outbound-api',
        statusCallback: undefined,
      });
    },
    async setMessageStatus(sid, status, opts = {}) {
      const message = findMessage(sid);
      const at = rfc2822(now());
      message.resource.status = status;
      message.resource.date_updated = at;
      if (message.resource.date_sent === null && status !== 'failed') message.resource.date_sent = at;
      if (opts.errorCode !== undefined) message.resource.error_code = opts.errorCode;
      if (!message.statusCallback) return undefined;
      const params: Record<string, string> = {
        AccountSid: accountSid,
        ApiVersion: API_VERSION,
        From: String(message.resource.from ?? ''),
        MessageSid: sid,
        MessageStatus: status,
        SmsSid: sid,
        SmsStatus: status,
        To: message.resource.to,
      };
      if (message.resource.messaging_service_sid) {
        params.MessagingServiceSid = String(message.resource.messaging_service_sid);
      }
      if (opts.errorCode !== undefined) params.ErrorCode = String(opts.errorCode);
      return postSignedWebhook(message.statusCallback, params);
    },
    async setCallStatus(sid, status, opts = {}) {
      const call = calls.find((c) => c.resource.sid === sid);
      if (!call) throw new Error(`Fake Twilio has no call ${sid}`);
      const at = rfc2822(now());
      call.resource.status = status;
      call.resource.date_updated = at;
      if (status === 'in-progress' || status === 'completed') call.resource.start_time ??= at;
      if (status === 'completed') {
        call.resource.end_time = at;
        call.resource.duration = String(opts.duration ?? 0);
      }
      if (!call.statusCallback) return undefined;
      return postSignedWebhook(call.statusCallback, {
        AccountSid: accountSid,
        ApiVersion: API_VERSION,
        CallSid: sid,
        CallStatus: status,
        Called: call.resource.to,
        Caller: String(call.resource.from),
        Direction: 'outbound-api',
        From: String(call.resource.from),
        To: call.resource.to,
        ...(status === 'completed' ? { CallDuration: String(opts.duration ?? 0) } : {}),
      });
    },
    sendInboundSms(input) {
      const sid = hexSid('SM');
      const params: Record<string, string> = {
        ToCountry: 'FR',
        ToState: '',
        SmsMessageSid: sid,
        NumMedia: '0',
        ToCity: '',
        FromZip: '',
        SmsSid: sid,
        FromState: '',
        SmsStatus: 'received',
        FromCity: '',
        Body: input.body,
        FromCountry: 'FR',
        To: input.to,
        ToZip: '',
        NumSegments: String(countSegments(input.body)),
        MessageSid: sid,
        AccountSid: accountSid,
        From: input.from,
        ApiVersion: API_VERSION,
        ...input.extra,
      };
      addMessage({
        to: input.to,
        from: input.from,
        messagingServiceSid: null,
        body: input.body,
        status: 'received',
        dateCreated: now(),
        direction: 'inbound',
        statusCallback: undefined,
      });
      return postSignedWebhook(input.url, params, input.via);
    },
    async dialIn(input) {
      const callSid = hexSid('CA');
      const rewrite = input.rewrite ?? ((url: string) => url);
      const params: Record<string, string> = {
        AccountSid: accountSid,
        ApiVersion: API_VERSION,
        CallSid: callSid,
        CallStatus: 'ringing',
        Called: input.to,
        Caller: input.from,
        Direction: 'inbound',
        From: input.from,
        FromCountry: 'FR',
        To: input.to,
        ToCountry: 'FR',
      };
      const result = await postSignedWebhook(input.url, params, rewrite(input.url));
      return callSession({
        callSid,
        from: input.from,
        to: input.to,
        direction: 'inbound',
        twiml: result.body,
        status: result.status,
        rewrite,
      });
    },
    pickUp(callSid, pickUpOptions = {}) {
      const call = calls.find((c) => c.resource.sid === callSid);
      if (!call?.twiml) throw new Error(`Fake Twilio has no call ${callSid} with inline TwiML`);
      call.resource.status = 'in-progress';
      return callSession({
        callSid,
        from: String(call.resource.from),
        to: call.resource.to,
        direction: 'outbound-api',
        twiml: call.twiml,
        status: 200,
        rewrite: pickUpOptions.rewrite ?? ((url: string) => url),
      });
    },
    postSignedWebhook,
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

function twilioError(code: number, message: string, status: number) {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(payload),
  });
  res.end(payload);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf-8');
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname.includes('_');
  } catch {
    return false;
  }
}

function exact(field: string, value: string | null) {
  return (resource: Record<string, unknown>) => value === null || resource[field] === value;
}

/**
 * Twilio accepts `YYYY-MM-DD` (day granularity) or a full timestamp; `>` and `<` mean on-or-after
 * and on-or-before. Resources whose date is still null (a queued message has no date_sent) never match.
 */
function dateFilter(field: string, value: string | null, op: '=' | '<' | '>') {
  if (value === null) return () => true;
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const bound = new Date(dayOnly ? `${value}T00:00:00Z` : value).getTime();
  const dayMs = 86_400_000;
  return (resource: Record<string, unknown>) => {
    const raw = resource[field];
    if (typeof raw !== 'string') return false;
    const at = new Date(raw).getTime();
    if (op === '=') return dayOnly ? at >= bound && at < bound + dayMs : at === bound;
    if (op === '>') return at >= bound;
    return dayOnly ? at < bound + dayMs : at <= bound;
  };
}

function newestFirst(resources: Record<string, unknown>[]) {
  return resources
    .map((resource, index) => ({ resource, index }))
    .sort(
      (a, b) =>
        new Date(String(b.resource.date_created)).getTime() -
          new Date(String(a.resource.date_created)).getTime() || b.index - a.index,
    )
    .map((entry) => entry.resource);
}
