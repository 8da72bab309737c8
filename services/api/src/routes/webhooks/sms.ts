import {
  findTerritoryByServiceNumber,
  handleInboundSms,
  invalid,
  maskPhone,
  notFound,
  runWebhookOnce,
} from '@solimob/domain';
import {
  InboundSmsError,
  parseInboundSms,
  SMS_WEBHOOK_PATH,
  smsReply,
  TWILIO_PROVIDER,
} from '@solimob/messaging';
import Type from 'typebox';
import { type App, access } from '../types';
import { errorRef, FORM, TWIML, type TwilioWebhookDeps, twimlResponse } from './shared';

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

/** An SMS to a territory's service number: one step of that number's conversation. */
export function smsRoute(app: App, deps: TwilioWebhookDeps) {
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
}
