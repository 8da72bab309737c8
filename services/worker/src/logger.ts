import {
  failedQueryOf,
  loggableErr,
  REDACTED_LOG_PATHS,
  redactPhonesInText,
  sqlExcerpt,
} from '@solimob/config';
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

/**
 * What we log about an error, and what BullMQ keeps as a failed job's reason in Redis: its kind and
 * code, and a message with phone numbers removed (provider errors quote the numbers they refuse, e.g.
 * "The 'To' number +336… is not valid"). A failed query is described by the driver's error and the
 * start of its SQL, never its parameters (see failedQueryOf).
 */
export function describeError(error: unknown): { name: string; message: string; code?: string } {
  if (!(error instanceof Error)) return { name: 'NonError', message: redactPhonesInText(String(error)) };
  const query = failedQueryOf(error);
  if (query) {
    const cause = describeError(query.cause);
    return { ...cause, message: `${cause.message} (in: ${sqlExcerpt(query.sql)})` };
  }
  const code =
    (error as { code?: unknown; providerCode?: unknown }).providerCode ?? (error as { code?: unknown }).code;
  return {
    name: error.name,
    message: redactPhonesInText(error.message),
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
  };
}
