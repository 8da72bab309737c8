import { invalid, recordMessageStatus } from '@solimob/domain';
import {
  parseStatusCallback,
  STATUS_CALLBACK_PATH,
  StatusCallbackError,
  type StatusReport,
  TWILIO_PROVIDER,
} from '@solimob/messaging';
import Type from 'typebox';
import { type App, access } from '../types';
import { errorRef, FORM, formOf, type TwilioWebhookDeps } from './shared';

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

/** Delivery reports of the SMS and calls we sent. */
export function statusRoute(app: App, deps: TwilioWebhookDeps) {
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
        request.log.warn({ providerId: report.providerId }, 'Twilio status callback for an unknown message');
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
}
