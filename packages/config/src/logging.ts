/*
 * What must never reach a log line: the same rules for the API and the worker (pino options).
 * Residents are vulnerable people; logs travel to places (terminals, log stores, support tickets) where
 * their names, numbers and conversations have no business.
 */

/** pino `redact` paths: secrets, names, phone numbers, addresses and message bodies, at any top key. */
export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-twilio-signature"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.firstName',
  '*.lastName',
  '*.displayName',
  '*.email',
  '*.addressLine',
  '*.phones',
  '*.phone',
  '*.e164',
  '*.counterpartPhone',
  '*.to',
  '*.from',
  '*.To',
  '*.From',
  '*.Caller',
  '*.body',
  '*.Body',
  'err.detail',
  'err.cause.detail',
  'err.parameters',
  'err.cause.parameters',
];

// International numbers (+33 6 12 34 56 78, +33612345678) and French national ones (06 12 34 56 78).
const PHONE_LIKE = /\+\d[\d .-]{6,}\d|\b0\d(?:[ .-]?\d{2}){4}\b/g;
/** Phone numbers quoted in free text (provider and driver error messages) become `[phone]`. */
export const redactPhonesInText = (text: string): string => text.replace(PHONE_LIKE, '[phone]');

// The signed link's token is a credential: /b/<token>/… (a volunteer's page), /f/<token> (a route sheet).
const LINK_TOKEN = /^\/(b|f)\/[^/?#]+/;
/** A request URL fit for a log line: no query string (it may carry a name search), no link token. */
export const loggableUrl = (url: string): string => url.split('?')[0]!.replace(LINK_TOKEN, '/$1/[token]');

/**
 * A drizzle query error, if `error` is one: its SQL (placeholders, no values) and the driver's error.
 * Its own message and its `params` carry every value of the query (names, addresses, message bodies).
 */
export function failedQueryOf(error: unknown): { sql: string; cause: unknown } | undefined {
  const candidate = error as { query?: unknown; params?: unknown; cause?: unknown } | null;
  if (!(error instanceof Error) || typeof candidate?.query !== 'string' || !Array.isArray(candidate.params))
    return undefined;
  return { sql: candidate.query, cause: candidate.cause ?? new Error('query failed') };
}

/** The start of a statement, on one line, for a log line or a failure reason. */
export const sqlExcerpt = (sql: string, length = 80): string =>
  `${sql.replace(/\s+/g, ' ').trim().slice(0, length)}…`;

/**
 * An error as logged: its type, code and message and stack with phone numbers removed. A failed query
 * is the driver's error and the start of its SQL, never its parameters.
 */
export function loggableErr(error: unknown): Record<string, unknown> {
  // Already reduced by the caller: kept as it is.
  if (error !== null && typeof error === 'object' && !(error instanceof Error))
    return error as Record<string, unknown>;
  if (!(error instanceof Error)) return { type: 'NonError', message: redactPhonesInText(String(error)) };
  const query = failedQueryOf(error);
  if (query) return { ...loggableErr(query.cause), query: sqlExcerpt(query.sql, 200) };
  const { code, constraint_name: constraint } = error as { code?: unknown; constraint_name?: unknown };
  return {
    type: error.name,
    message: redactPhonesInText(error.message),
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
    ...(typeof constraint === 'string' ? { constraint } : {}),
    ...(error.stack ? { stack: redactPhonesInText(error.stack) } : {}),
  };
}
