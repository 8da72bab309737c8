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

/**
 * What we log about an error, and what BullMQ keeps as a failed job's reason in Redis: its kind and
 * code, and a message with phone numbers removed. drizzle's query errors put every parameter of the
 * query in their message (addresses, message bodies): the driver's own error is described instead,
 * with the start of the SQL, never the values.
 */
export function describeError(error: unknown): { name: string; message: string; code?: string } {
  if (!(error instanceof Error)) return { name: 'NonError', message: redactPhones(String(error)) };
  const query = failedQueryOf(error);
  if (query) {
    const cause = describeError(query.cause);
    return { ...cause, message: `${cause.message} (in: ${query.sql.replace(/\s+/g, ' ').slice(0, 80)}…)` };
  }
  const code =
    (error as { code?: unknown; providerCode?: unknown }).providerCode ?? (error as { code?: unknown }).code;
  return {
    name: error.name,
    message: redactPhones(error.message),
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
  };
}

/** A drizzle query error (its `query`, `params` and the driver's error as `cause`), if it is one. */
function failedQueryOf(error: Error): { sql: string; cause: unknown } | undefined {
  const candidate = error as { query?: unknown; params?: unknown; cause?: unknown };
  if (typeof candidate.query !== 'string' || !Array.isArray(candidate.params)) return undefined;
  return { sql: candidate.query, cause: candidate.cause ?? new Error('query failed') };
}
