import formbody from '@fastify/formbody';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db } from '@solimob/db';
import {
  type Clock,
  findTerritoryByServiceNumber,
  findTerritoryOfMessage,
  handleInboundSms,
  handleVoiceStep,
  invalid,
  maskPhone,
  notFound,
  recordMessageStatus,
  runWebhookOnce,
  ServiceError,
  voiceSteps,
} from '@solimob/domain';
import {
  InboundSmsError,
  parseInboundSms,
  parseStatusCallback,
  renderVoiceAnswer,
  SMS_WEBHOOK_PATH,
  STATUS_CALLBACK_PATH,
  StatusCallbackError,
  type StatusReport,
  smsReply,
  TWILIO_PROVIDER,
  VOICE_WEBHOOK_PATH,
  validateTwilioSignature,
} from '@solimob/messaging';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import Type from 'typebox';
import type { RedisRateLimiter } from '../adapters/rate-limiter';
import { HttpError } from '../plugins/errors';
import { access } from './types';

export interface TwilioWebhookDeps {
  db: Db;
  clock: Clock;
  /** The URL Twilio calls (the proxy's), which is what it signs; never the address the app sees. */
  publicBaseUrl: string;
  /**
   * Twilio's Auth Token, or on a local demo without Twilio the phone simulator's key. Unset: webhooks
   * cannot be authenticated and are refused with 503.
   */
  authToken: string | undefined;
  /** When set, a correctly signed webhook from another account is still refused. */
  accountSid: string | undefined;
  /** Calls per source address, shared by every instance. */
  limiter: RedisRateLimiter;
}

const errorRef = { $ref: 'ErrorResponse#' };
const FORM = 'application/x-www-form-urlencoded';

/**
 * Only the fields we read are described. Twilio adds fields without notice, and every field is part
 * of the signature, so unknown ones are kept, never refused or stripped.
 */
const StatusCallbackForm = Type.Object(
  {
    AccountSid: Type.Optional(Type.String({ description: 'AC…, the account that sent the message' })),
    MessageSid: Type.Optional(Type.String({ description: 'SM…/MM…, for an SMS' })),
    MessageStatus: Type.Optional(
      Type.String({ description: 'queued, sent, delivered, undelivered, failed…' }),
    ),
    CallSid: Type.Optional(Type.String({ description: 'CA…, for a voice call' })),
    CallStatus: Type.Optional(
      Type.String({ description: 'initiated, ringing, completed, busy, no-answer…' }),
    ),
    ErrorCode: Type.Optional(Type.String({ description: 'Twilio error code, e.g. 30003 (unreachable)' })),
  },
  { additionalProperties: true, description: "Twilio's status callback form, every field signed" },
);

const StatusCallbackQuery = Type.Object(
  {
    messageId: Type.Optional(
      Type.String({ maxLength: 100, description: 'Our message id, set in the callback URL we give Twilio' }),
    ),
  },
  { additionalProperties: true },
);

const InboundSmsForm = Type.Object(
  {
    MessageSid: Type.Optional(Type.String({ description: 'SM…, the id of this SMS: handled once' })),
    AccountSid: Type.Optional(Type.String()),
    From: Type.Optional(Type.String({ description: "The sender's number (E.164)" })),
    To: Type.Optional(Type.String({ description: "The territory's service number (E.164)" })),
    Body: Type.Optional(Type.String({ description: 'The text, up to 1600 characters' })),
  },
  { additionalProperties: true, description: "Twilio's incoming-message form, every field signed" },
);

const VoiceForm = Type.Object(
  {
    CallSid: Type.Optional(Type.String({ description: 'CA…, the call' })),
    AccountSid: Type.Optional(Type.String()),
    From: Type.Optional(Type.String({ description: 'Caller (E.164); our number on our own calls' })),
    To: Type.Optional(Type.String({ description: 'Called number (E.164); the resident on our own calls' })),
    Digits: Type.Optional(Type.String({ description: 'The key pressed at a Gather' })),
    RecordingUrl: Type.Optional(Type.String({ description: 'A voicemail recording (Record action)' })),
    RecordingDuration: Type.Optional(Type.String()),
  },
  { additionalProperties: true, description: "Twilio's voice webhook form, every field signed" },
);

const VoiceQuery = Type.Object(
  {
    step: Type.Optional(
      Type.Enum([...voiceSteps], { description: 'Which question the key answers; none: a new call' }),
    ),
    turn: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 1000, description: 'Step counter within the call' }),
    ),
    silence: Type.Optional(Type.Integer({ minimum: 0, maximum: 10, description: 'Silences in a row' })),
    index: Type.Optional(Type.String({ pattern: '^[0-9]{1,3}$' })),
    ref: Type.Optional(Type.String({ maxLength: 60, description: 'ride_request:<id> or seat_booking:<id>' })),
    messageId: Type.Optional(Type.String({ maxLength: 60, description: 'Our message, on our own calls' })),
  },
  { additionalProperties: false },
);

const TWIML = 'text/xml';
const twimlResponse = (description: string) => ({
  description,
  content: { [TWIML]: { schema: { type: 'string' } } },
});

const text = (form: Record<string, string | string[]>, key: string): string | undefined => {
  const value = form[key];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined;
};

const formOf = (request: FastifyRequest) => (request.body ?? {}) as Record<string, string | string[]>;

/**
 * Twilio's webhooks, in their own scope: the form parser and the signature check apply here only,
 * and the staff session check does not (Twilio authenticates by signature, not by token).
 */
export function twilioWebhookRoutes(deps: TwilioWebhookDeps) {
  return async function twilioWebhooks(scope: FastifyInstance) {
    await scope.register(formbody);
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();

    // Runs on the body exactly as parsed, before schema validation could coerce or fill in anything
    // the signature covers, and before a bad request could learn anything from a 400.
    app.addHook('preValidation', async (request) => {
      const rate = await deps.limiter.hit(request.ip);
      if (!rate.allowed) {
        throw new HttpError(429, 'rate_limited', 'Too many webhook calls from this address', {
          'retry-after': String(rate.retryAfterSeconds),
        });
      }
      if (!deps.authToken) {
        throw new ServiceError('unavailable', 'Twilio webhooks are not configured (TWILIO_AUTH_TOKEN)');
      }
      const contentType = request.headers['content-type'] ?? '';
      if (!contentType.toLowerCase().startsWith(FORM)) {
        throw new HttpError(415, 'bad_request', `Expected ${FORM}`);
      }
      const settings = request.headers['x-twilio-webhooks-signature-settings'];
      const signature = request.headers['x-twilio-signature'];
      const verdict = validateTwilioSignature({
        authToken: deps.authToken,
        publicBaseUrl: deps.publicBaseUrl,
        path: request.url,
        params: formOf(request),
        signature: typeof signature === 'string' ? signature : undefined,
        signatureSettingsHeader: typeof settings === 'string' ? settings : undefined,
      });
      if (!verdict.valid) {
        request.log.warn({ reason: verdict.reason }, 'Twilio webhook signature refused');
        throw new ServiceError('forbidden', 'Invalid or missing Twilio signature');
      }
      const accountSid = formOf(request).AccountSid;
      if (deps.accountSid && accountSid !== deps.accountSid) {
        request.log.warn('Twilio webhook from another account refused');
        throw new ServiceError('forbidden', 'Webhook from another Twilio account');
      }
    });

    app.post(
      STATUS_CALLBACK_PATH,
      {
        bodyLimit: 64 * 1024,
        config: { access: access.twilio },
        schema: {
          operationId: 'recordTwilioStatus',
          summary: 'Twilio delivery report for an SMS or call we sent (signed with X-Twilio-Signature)',
          description:
            'Called by Twilio at the statusCallback URL given when sending, with `?messageId=` our message id. ' +
            'The X-Twilio-Signature header must sign the public URL (PUBLIC_BASE_URL + path and query) and ' +
            'every form field. Statuses only move forward; repeated, late and unknown reports answer 204 ' +
            'without effect, so Twilio does not retry them.',
          tags: ['webhooks'],
          consumes: [FORM],
          querystring: StatusCallbackQuery,
          body: StatusCallbackForm,
          response: {
            204: Type.Null({ description: 'Recorded, or nothing to record' }),
            400: errorRef,
            403: errorRef,
            415: errorRef,
            500: errorRef,
            503: errorRef,
          },
        },
      },
      async (request, reply) => {
        let report: StatusReport;
        try {
          report = parseStatusCallback(request.body, { messageId: request.query.messageId });
        } catch (error) {
          if (!(error instanceof StatusCallbackError)) throw error;
          const form = formOf(request);
          const sid = form.MessageSid ?? form.SmsSid ?? form.CallSid;
          if (typeof sid !== 'string' || sid === '') {
            throw invalid([{ field: '/MessageSid', message: 'MessageSid or CallSid is required' }]);
          }
          // A status Twilio added that we do not map yet: retrying would not help, the log says so.
          request.log.warn({ providerId: sid }, 'Twilio status callback with an unmapped status ignored');
          return reply.status(204).send(null);
        }

        const outcome = await recordMessageStatus(
          { db: deps.db, clock: deps.clock },
          {
            messageId: report.messageId,
            provider: TWILIO_PROVIDER,
            providerId: report.providerId,
            status: report.status,
            errorCode: report.errorCode,
          },
        );
        const logged = { providerId: report.providerId, status: report.status, outcome };
        if (outcome === 'unknown') {
          request.log.warn(
            { providerId: report.providerId },
            'Twilio status callback for an unknown message',
          );
        } else if (outcome === 'other-send') {
          request.log.warn(
            { ...logged, messageId: report.messageId },
            'Twilio status callback for another send of a message: ignored',
          );
        } else {
          request.log.info({ ...logged, messageId: report.messageId }, 'Twilio status callback');
        }
        return reply.status(204).send(null);
      },
    );

    app.post(
      SMS_WEBHOOK_PATH,
      {
        bodyLimit: 64 * 1024,
        config: { access: access.twilio },
        schema: {
          operationId: 'receiveTwilioSms',
          summary: "An SMS sent to a territory's service number (signed with X-Twilio-Signature)",
          description:
            'The territory is the one whose service number is `To`. The SMS is stored, linked to the resident ' +
            "or volunteer of `From`, and takes one step of that number's conversation; answers are queued in " +
            'the outbox and sent by the worker, so the TwiML answer is always empty. Handled once per ' +
            '`MessageSid`: a replay answers the same and changes nothing.',
          tags: ['webhooks'],
          consumes: [FORM],
          body: InboundSmsForm,
          response: { 200: twimlResponse('Empty TwiML (answers go out through the outbox)'), 404: errorRef },
        },
      },
      async (request, reply) => {
        let sms: ReturnType<typeof parseInboundSms>;
        try {
          sms = parseInboundSms(request.body);
        } catch (error) {
          if (!(error instanceof InboundSmsError)) throw error;
          throw invalid(error.problems.map((problem) => ({ field: '/', message: problem })));
        }
        const territoryId = await findTerritoryByServiceNumber(deps.db, sms.to);
        if (!territoryId) throw notFound('Territory with this service number');
        const answer = await runWebhookOnce(
          deps.db,
          { provider: TWILIO_PROVIDER, key: `sms:${sms.messageSid}`, territoryId },
          async (tx) => {
            const outcome = await handleInboundSms(
              { db: tx, clock: deps.clock, actor: { kind: 'system', territoryId } },
              {
                from: sms.from,
                body: sms.body,
                provider: TWILIO_PROVIDER,
                providerId: sms.messageSid,
                receivedAt: deps.clock.now(),
              },
            );
            request.log.info(
              {
                providerId: sms.messageSid,
                from: maskPhone(sms.from),
                outcome: outcome.outcome,
                ...(outcome.outcome === 'handled'
                  ? { party: outcome.party, messageId: outcome.messageId, replies: outcome.replies.length }
                  : {}),
              },
              'inbound SMS',
            );
            return { contentType: TWIML, body: smsReply() };
          },
        );
        if (answer.replayed)
          request.log.info({ providerId: sms.messageSid }, 'inbound SMS replayed: stored answer');
        return reply.type(answer.contentType).send(answer.body);
      },
    );

    app.post(
      VOICE_WEBHOOK_PATH,
      {
        bodyLimit: 64 * 1024,
        config: { access: access.twilio },
        schema: {
          operationId: 'answerTwilioVoice',
          summary: 'A call to the service number, or a key pressed in the voice menu (signed)',
          description:
            'Without `step`: a new call to the service number `To`; the caller is recognised by `From` and ' +
            "hears the keypad menu. Each answer's Gather posts the key back here with `step`, a `turn` counter " +
            'and ids only. `step=outbound_answer&messageId=…` carries the key pressed after one of our own ' +
            'calls ("tapez 1 pour confirmer, 2 pour annuler"). Handled once per CallSid, step and turn.',
          tags: ['webhooks'],
          consumes: [FORM],
          querystring: VoiceQuery,
          body: VoiceForm,
          response: { 200: twimlResponse('TwiML: what to say and which key to wait for'), 404: errorRef },
        },
      },
      async (request, reply) => {
        const form = formOf(request);
        const callSid = text(form, 'CallSid');
        if (!callSid || !/^CA[0-9a-f]{32}$/i.test(callSid)) {
          throw invalid([{ field: '/CallSid', message: 'a CallSid (CA + 32 hex digits) is required' }]);
        }
        const query = request.query;
        const step = query.step ?? 'incoming';
        const outbound = step === 'outbound_answer';
        const phone = text(form, outbound ? 'To' : 'From');
        if (!phone) throw invalid([{ field: outbound ? '/To' : '/From', message: 'is required' }]);
        const territoryId = outbound
          ? await findTerritoryOfMessage(deps.db, query.messageId ?? '')
          : await findTerritoryByServiceNumber(deps.db, text(form, 'To') ?? '');
        if (!territoryId) throw notFound(outbound ? 'Message' : 'Territory with this service number');
        const turn = query.turn ?? 0;
        const silence = query.silence ?? 0;
        const params: Record<string, string> = {};
        for (const key of ['index', 'ref', 'messageId'] as const) {
          const value = query[key];
          if (value !== undefined) params[key] = value;
        }
        const recordingUrl = text(form, 'RecordingUrl');
        const answer = await runWebhookOnce(
          deps.db,
          { provider: TWILIO_PROVIDER, key: `voice:${callSid}:${step}:${turn}:${silence}`, territoryId },
          async (tx) => {
            const said = await handleVoiceStep(
              { db: tx, clock: deps.clock, actor: { kind: 'system', territoryId } },
              {
                callSid,
                phone,
                step,
                digits: text(form, 'Digits') ?? null,
                silence,
                params,
                ...(recordingUrl
                  ? {
                      recording: {
                        url: recordingUrl,
                        seconds: Number(text(form, 'RecordingDuration')) || null,
                      },
                    }
                  : {}),
              },
            );
            const urlFor = (
              nextStep: { step: string; params?: Record<string, string> },
              extra?: { silence?: number },
            ) => voiceUrl(deps.publicBaseUrl, nextStep, turn + 1, extra?.silence ?? 0);
            return { contentType: TWIML, body: renderVoiceAnswer(said, urlFor, silence) };
          },
        );
        request.log.info({ callSid, step, turn, replayed: answer.replayed }, 'voice step');
        return reply.type(answer.contentType).send(answer.body);
      },
    );
  };
}

/** The public URL of a follow-up step: what Twilio will call, and sign. */
function voiceUrl(
  publicBaseUrl: string,
  next: { step: string; params?: Record<string, string> },
  turn: number,
  silence: number,
): string {
  const query = new URLSearchParams({ step: next.step, turn: String(turn), ...next.params });
  if (silence > 0) query.set('silence', String(silence));
  return `${publicBaseUrl.replace(/\/+$/, '')}${VOICE_WEBHOOK_PATH}?${query.toString()}`;
}
