import formbody from '@fastify/formbody';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ServiceError } from '@solimob/domain';
import { validateTwilioSignature } from '@solimob/messaging';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../../plugins/errors';
import { FORM, formOf, type TwilioWebhookDeps } from './shared';
import { smsRoute } from './sms';
import { statusRoute } from './status';
import { voiceRoute } from './voice';

export type { TwilioWebhookDeps } from './shared';

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

    statusRoute(app, deps);
    smsRoute(app, deps);
    voiceRoute(app, deps);
  };
}
