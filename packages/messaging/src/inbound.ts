import twilio from 'twilio';

export interface SignatureCheck {
  /** Our Auth Token: Twilio signs ordinary webhooks with it (HMAC-SHA1). */
  authToken: string;
  /**
   * The public URL Twilio calls (the proxy's, not the one the app sees), e.g. https://solimob.example.
   * Its path prefix, if any, is kept.
   */
  publicBaseUrl: string;
  /** `req.url` as received: path and query string, exactly as Twilio requested them. */
  path: string;
  /** The parsed form body, every field, including ones we do not know. */
  params: Record<string, string | string[]>;
  /** X-Twilio-Signature. */
  signature: string | undefined;
  /** X-Twilio-Webhooks-Signature-Settings: present when the webhook is signed with a SharedKey. */
  signatureSettingsHeader?: string | undefined;
  /** The SharedKey secret; required to accept webhooks that carry the settings header. */
  sharedKeySecret?: string | undefined;
}

export type SignatureVerdict =
  | { valid: true }
  | {
      valid: false;
      reason: 'missing-signature' | 'no-shared-key-secret' | 'mismatch' | 'unsupported-algorithm';
    };

/**
 * Checks a webhook's X-Twilio-Signature. Behind a proxy the app sees an internal URL, while Twilio
 * signed the public one: the URL is rebuilt from the configured public base and the request path.
 *
 * With the v6 signature-settings header Twilio signed with a SharedKey secret (not the Auth Token)
 * and names the algorithm (HMAC_SHA1 or HMAC_SHA256); without a configured SharedKey secret such a
 * request is refused rather than checked against the wrong key.
 */
export function validateTwilioSignature(check: SignatureCheck): SignatureVerdict {
  if (!check.signature) return { valid: false, reason: 'missing-signature' };
  const url = publicUrl(check.publicBaseUrl, check.path);
  const settings = check.signatureSettingsHeader?.trim();
  const secret = settings ? check.sharedKeySecret : check.authToken;
  if (!secret) return { valid: false, reason: 'no-shared-key-secret' };
  const algorithm = twilio.getSignatureAlgorithm(settings);
  if (algorithm !== twilio.HMAC_SHA1 && algorithm !== twilio.HMAC_SHA256) {
    return { valid: false, reason: 'unsupported-algorithm' };
  }
  return twilio.validateRequest(secret, check.signature, url, check.params, algorithm)
    ? { valid: true }
    : { valid: false, reason: 'mismatch' };
}

/**
 * Twilio's own signing function (twilio.getExpectedTwilioSignature: HMAC-SHA1 of the URL and the
 * sorted form fields), for whoever must sign like Twilio: the fake server, the phone simulator.
 */
export function twilioSignature(authToken: string, url: string, params: Record<string, string>): string {
  return twilio.getExpectedTwilioSignature(authToken, url, params);
}

export function publicUrl(publicBaseUrl: string, path: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

/** TwiML answering an inbound SMS; send it with `Content-Type: text/xml`. No text = no reply SMS. */
export function smsReply(text?: string): string {
  const response = new twilio.twiml.MessagingResponse();
  if (text) response.message(text);
  return response.toString();
}

export interface InboundSms {
  messageSid: string;
  accountSid: string;
  from: string;
  to: string;
  body: string;
  numMedia: number;
  /** Every field Twilio sent, known or not, as received. */
  raw: Record<string, string>;
}

export class InboundSmsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid inbound SMS webhook: ${problems.join('; ')}`);
    this.name = 'InboundSmsError';
  }
}

const REQUIRED = ['MessageSid', 'AccountSid', 'From', 'To', 'Body'] as const;

/**
 * Reads Twilio's inbound SMS form. Twilio adds fields without notice, so unknown ones are kept in
 * `raw` and never rejected; the five we rely on must be present (Body may be empty: a blank SMS).
 */
export function parseInboundSms(
  form: Record<string, unknown>,
  options: { expectedAccountSid?: string } = {},
): InboundSms {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(form)) {
    const first = typeof value === 'string' ? value : Array.isArray(value) ? value[0] : undefined;
    // U+0000 can arrive (the GSM alphabet's '@' is 0x00); Postgres cannot store it in text.
    if (typeof first === 'string') raw[key] = first.replaceAll('\u0000', '');
  }
  const problems: string[] = [];
  for (const key of REQUIRED) {
    if (raw[key] === undefined || (key !== 'Body' && raw[key].trim() === ''))
      problems.push(`${key} is missing`);
  }
  if (raw.MessageSid && !/^(SM|MM)[0-9a-f]{32}$/i.test(raw.MessageSid))
    problems.push('MessageSid is malformed');
  if (raw.AccountSid && !/^AC[0-9a-f]{32}$/i.test(raw.AccountSid)) problems.push('AccountSid is malformed');
  if (options.expectedAccountSid && raw.AccountSid && raw.AccountSid !== options.expectedAccountSid) {
    problems.push('AccountSid is not ours');
  }
  if (problems.length > 0) throw new InboundSmsError(problems);
  const numMedia = Number(raw.NumMedia ?? '0');
  return {
    messageSid: raw.MessageSid!,
    accountSid: raw.AccountSid!,
    from: raw.From!,
    to: raw.To!,
    body: raw.Body!,
    numMedia: Number.isFinite(numMedia) ? numMedia : 0,
    raw,
  };
}
