import { PermanentSendError } from '@solimob/domain';
import { maskPhonesInText } from './mask';

/** Twilio error codes that name a property of the recipient, not of our request or of Twilio's health. */
export const TWILIO_PERMANENT_CODES = {
  21211: 'invalid phone number',
  21614: 'not a mobile number',
  21635: 'landline number',
  21610: 'recipient opted out (STOP)',
} as const;

/**
 * A failure worth retrying: Twilio 429/5xx, a timeout, a refused connection. It deliberately carries no
 * `cause`: the underlying axios error holds the request (number, text) and the Basic-auth header, and
 * job runners or loggers serialise causes.
 */
export class TransientSendError extends Error {
  constructor(
    message: string,
    readonly httpStatus?: number,
    readonly providerCode?: string,
  ) {
    super(message);
    this.name = 'TransientSendError';
  }
}

interface RestExceptionLike {
  status: number;
  code?: number;
  message?: string;
}

function isRestException(error: unknown): error is RestExceptionLike {
  return (
    error instanceof Error &&
    typeof (error as { status?: unknown }).status === 'number' &&
    // RestException has `moreInfo`/`code` keys even when the body was not JSON.
    'moreInfo' in error
  );
}

/**
 * Maps anything the twilio client throws to the domain's two outcomes: PermanentSendError (do not
 * retry, the message is refused for good) or TransientSendError (retry with backoff).
 *
 * 401/403 are treated as transient on purpose: bad credentials are an operator mistake, and marking
 * every message permanently failed until someone notices would lose them; retries buy time to fix it.
 */
export function classifyTwilioError(error: unknown, what: string): PermanentSendError | TransientSendError {
  if (error instanceof PermanentSendError || error instanceof TransientSendError) return error;
  if (isRestException(error)) {
    const code = error.code === undefined ? undefined : String(error.code);
    const detail = maskPhonesInText(error.message ?? '');
    const text = `Twilio refused the ${what} (HTTP ${error.status}${code ? `, code ${code}` : ''}): ${detail}`;
    if (error.status === 429 || error.status >= 500 || error.status === 401 || error.status === 403) {
      return new TransientSendError(text, error.status, code);
    }
    return new PermanentSendError(code ?? `http-${error.status}`, text);
  }
  const errCode = (error as { code?: unknown } | null)?.code;
  const name = typeof errCode === 'string' ? errCode : error instanceof Error ? error.name : 'unknown';
  return new TransientSendError(`Twilio request for the ${what} failed before a response (${name})`);
}
