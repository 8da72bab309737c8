import type { MessageSender, OutboundMessage, SentMessage } from '@solimob/domain';
import twilio from 'twilio';
import { classifyTwilioError } from './errors';
import { type MessagingLogger, silentLogger } from './logger';
import { maskPhone } from './mask';
import { BaseUrlRequestClient } from './twilio-http-client';
import { buildVoiceTwiml } from './voice';

export interface TwilioSenderConfig {
  accountSid: string;
  authToken: string;
  /** Our two-way number in E.164; used as sender for SMS and as caller id for calls. */
  from: string;
  /** Twilio-compatible server to talk to instead of https://api.twilio.com (tests, sandboxes). */
  apiBaseUrl?: string;
  /** Public base URL of our API: when set, Twilio reports delivery to `<base>/webhooks/twilio/status`. */
  statusCallbackBaseUrl?: string;
  /** Per-request timeout. A timeout is ambiguous (Twilio may have accepted): findSent resolves it. */
  timeoutMs?: number;
  /**
   * How far before `since` findSent still looks: Twilio dates have second precision and its clock is
   * not ours.
   */
  clockSkewMs?: number;
  /** findSent reads at most this many list pages per lookup. */
  maxLookupPages?: number;
  lookupPageSize?: number;
  logger?: MessagingLogger;
}

export const TWILIO_PROVIDER = 'twilio';
export const STATUS_CALLBACK_PATH = '/webhooks/twilio/status';
export const SMS_WEBHOOK_PATH = '/webhooks/twilio/sms';
export const VOICE_WEBHOOK_PATH = '/webhooks/twilio/voice';

/** Where the key pressed after one of our calls goes: the voice webhook, with our message id. */
export function keypadAnswerUrl(base: string, messageId: string): string {
  const query = new URLSearchParams({ step: 'outbound_answer', messageId, turn: '1' });
  return `${base.replace(/\/+$/, '')}${VOICE_WEBHOOK_PATH}?${query.toString()}`;
}

/** Statuses meaning Twilio never handed the message to a carrier: a retry may send it. */
const NEVER_SENT = new Set(['failed', 'canceled']);

export function toSentStatus(twilioStatus: string): SentMessage['status'] {
  switch (twilioStatus) {
    case 'delivered':
    case 'read':
    case 'completed':
      return 'delivered';
    case 'sent':
    case 'undelivered':
    case 'in-progress':
    case 'busy':
    case 'no-answer':
      return 'sent';
    default:
      return 'pending';
  }
}

/**
 * The status callback URL carries our message id so the webhook can find the message row even when
 * Twilio reports before we stored its SID (a crash between acceptance and our write).
 */
export function statusCallbackUrl(base: string, messageId: string): string {
  return `${base.replace(/\/+$/, '')}${STATUS_CALLBACK_PATH}?messageId=${encodeURIComponent(messageId)}`;
}

export function createTwilioSender(config: TwilioSenderConfig): MessageSender {
  const timeout = config.timeoutMs ?? 15_000;
  const skewMs = config.clockSkewMs ?? 120_000;
  const maxPages = config.maxLookupPages ?? 5;
  const pageSize = config.lookupPageSize ?? 50;
  const logger = config.logger ?? silentLogger;
  const client = twilio(config.accountSid, config.authToken, {
    timeout,
    ...(config.apiBaseUrl ? { httpClient: new BaseUrlRequestClient(config.apiBaseUrl, { timeout }) } : {}),
  });

  const callbackFor = (message: OutboundMessage) =>
    config.statusCallbackBaseUrl
      ? statusCallbackUrl(config.statusCallbackBaseUrl, message.messageId)
      : undefined;

  // Without a public URL Twilio could not post the key back: the call is then read without a question.
  const keypadFor = (message: OutboundMessage) =>
    message.keypad && config.statusCallbackBaseUrl
      ? { actionUrl: keypadAnswerUrl(config.statusCallbackBaseUrl, message.messageId) }
      : undefined;

  const logFields = (message: OutboundMessage) => ({
    messageId: message.messageId,
    channel: message.channel,
    to: maskPhone(message.to),
  });

  async function send(message: OutboundMessage): Promise<SentMessage> {
    const statusCallback = callbackFor(message);
    try {
      const accepted =
        message.channel === 'sms'
          ? await client.messages.create({
              to: message.to,
              from: config.from,
              body: message.body,
              ...(statusCallback ? { statusCallback } : {}),
            })
          : await client.calls.create({
              to: message.to,
              from: config.from,
              twiml: buildVoiceTwiml(message.body, keypadFor(message)),
              ...(statusCallback ? { statusCallback } : {}),
            });
      logger.info(
        { ...logFields(message), providerId: accepted.sid, providerStatus: accepted.status },
        'Twilio accepted the message',
      );
      return { provider: TWILIO_PROVIDER, providerId: accepted.sid, status: toSentStatus(accepted.status) };
    } catch (error) {
      const mapped = classifyTwilioError(error, message.channel === 'sms' ? 'SMS' : 'call');
      logger.warn(
        { ...logFields(message), error: mapped.name, providerCode: providerCodeOf(mapped) },
        mapped.message,
      );
      throw mapped;
    }
  }

  async function findSent(message: OutboundMessage, since: Date): Promise<SentMessage | undefined> {
    const threshold = since.getTime() - skewMs;
    // No DateSent filter on purpose: a message still queued at Twilio has no date_sent and would be
    // missed, which is exactly the case right after a crash. Filter on date_created locally instead.
    try {
      const found =
        message.channel === 'sms'
          ? await scan(
              await client.messages.page({ to: message.to, from: config.from, pageSize }),
              (m) =>
                m.direction.startsWith('outbound') &&
                m.body === message.body &&
                m.dateCreated.getTime() >= threshold &&
                !NEVER_SENT.has(m.status),
              (m) => m.dateCreated.getTime() >= threshold,
            )
          : // A call resource does not echo its TwiML: a call to the same landline from our number in the
            // window is taken as this message. See docs/adr/0004-messaging-twilio.md.
            await scan(
              await client.calls.page({ to: message.to, from: config.from, pageSize }),
              (c) => c.dateCreated.getTime() >= threshold && !NEVER_SENT.has(c.status),
              (c) => c.dateCreated.getTime() >= threshold,
            );
      if (!found) return undefined;
      logger.info(
        { ...logFields(message), providerId: found.sid, providerStatus: found.status },
        'Found a message Twilio had already accepted',
      );
      return { provider: TWILIO_PROVIDER, providerId: found.sid, status: toSentStatus(found.status) };
    } catch (error) {
      throw classifyTwilioError(error, message.channel === 'sms' ? 'message lookup' : 'call lookup');
    }
  }

  interface PageLike<T> {
    instances: T[];
    nextPage(): Promise<PageLike<T>> | undefined;
  }

  /** Reads pages until a match, a page entirely older than the window, or the page budget. */
  async function scan<T extends { dateCreated: Date }>(
    first: PageLike<T>,
    matches: (item: T) => boolean,
    inWindow: (item: T) => boolean,
  ): Promise<T | undefined> {
    let page: PageLike<T> | undefined = first;
    for (let read = 1; page; read++) {
      // Oldest first: with two identical sends in the window, the first is the one a retry repeats.
      const hit = [...page.instances].reverse().find(matches);
      if (hit) return hit;
      if (read >= maxPages || !page.instances.some(inWindow)) return undefined;
      page = await page.nextPage();
    }
    return undefined;
  }

  return { provider: TWILIO_PROVIDER, send, findSent };
}

function providerCodeOf(error: Error): string | undefined {
  const code = (error as { providerCode?: unknown }).providerCode;
  return typeof code === 'string' ? code : undefined;
}
