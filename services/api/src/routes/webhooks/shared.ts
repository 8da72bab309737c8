import type { Db } from '@solimob/db';
import type { Clock } from '@solimob/domain';
import type { FastifyRequest } from 'fastify';
import type { RedisRateLimiter } from '../../adapters/rate-limiter';

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

export const errorRef = { $ref: 'ErrorResponse#' };
export const FORM = 'application/x-www-form-urlencoded';
export const TWIML = 'text/xml';

export const twimlResponse = (description: string) => ({
  description,
  content: { [TWIML]: { schema: { type: 'string' } } },
});

/** A form field as a trimmed string, undefined when absent or blank. */
export const text = (form: Record<string, string | string[]>, key: string): string | undefined => {
  const value = form[key];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined;
};

export const formOf = (request: FastifyRequest) => (request.body ?? {}) as Record<string, string | string[]>;
