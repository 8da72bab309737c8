import { loggableErr, REDACTED_LOG_PATHS } from '@solimob/config';
import { type Logger, pino } from 'pino';

export type { Logger };

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  // The API's rules: names, numbers, addresses, bodies and secrets redacted, phones out of errors.
  return pino(
    {
      name: 'solimob-worker',
      level,
      redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
      serializers: { err: loggableErr },
    },
    destination,
  );
}

// Provider errors quote the numbers they refuse (e.g. "The 'To' number +336… is not valid"): keep
// them out of logs and out of the failure reasons BullMQ stores in Redis.
// International numbers (+33 6 12 34 56 78, +33612345678) and French national ones (06 12 34 56 78).
const PHONE_LIKE = /\+\d[\d .-]{6,}\d|\b0\d(?:[ .-]?\d{2}){4}\b/g;
export const redactPhones = (text: string) => text.replace(PHONE_LIKE, '[phone]');

/** What we log about an error: its kind and code, and a message with phone numbers removed. */
export function describeError(error: unknown): { name: string; message: string; code?: string } {
  if (!(error instanceof Error)) return { name: 'NonError', message: redactPhones(String(error)) };
  const code =
    (error as { code?: unknown; providerCode?: unknown }).providerCode ?? (error as { code?: unknown }).code;
  return {
    name: error.name,
    message: redactPhones(error.message),
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
  };
}
