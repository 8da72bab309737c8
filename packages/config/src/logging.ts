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

/** An error as logged: its type, code and message and stack with phone numbers removed. */
export function loggableErr(error: unknown): Record<string, unknown> {
  // Already reduced by the caller (e.g. a failed query without its parameters): kept as it is.
  if (error !== null && typeof error === 'object' && !(error instanceof Error))
    return error as Record<string, unknown>;
  if (!(error instanceof Error)) return { type: 'NonError', message: redactPhonesInText(String(error)) };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: redactPhonesInText(error.message),
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
    ...(error.stack ? { stack: redactPhonesInText(error.stack) } : {}),
  };
}
