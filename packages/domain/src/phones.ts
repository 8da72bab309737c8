import { ParseError, parsePhoneNumberWithError } from 'libphonenumber-js/max';

export type PhoneKind = 'mobile' | 'landline' | 'other';

export interface NormalisedPhone {
  e164: string;
  kind: PhoneKind;
}

export class InvalidPhoneError extends Error {
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`Invalid phone number '${input}': ${reason}`);
    this.name = 'InvalidPhoneError';
  }
}

/**
 * Parses a phone number as typed by staff or sent by a provider ('06 12 34 56 78', '+33 2 97 …',
 * '0033…') into E.164 and tells mobile from landline, using libphonenumber's full metadata.
 */
export function normalisePhone(input: string, defaultCountry: 'FR' = 'FR'): NormalisedPhone {
  let parsed: ReturnType<typeof parsePhoneNumberWithError>;
  try {
    parsed = parsePhoneNumberWithError(input.replace(/^00/, '+'), defaultCountry);
  } catch (error) {
    const reason =
      error instanceof ParseError ? error.message.toLowerCase().replaceAll('_', ' ') : 'unparsable';
    throw new InvalidPhoneError(input, reason);
  }
  if (!parsed.isValid()) throw new InvalidPhoneError(input, 'not a valid number for its country');
  const type = parsed.getType();
  const kind: PhoneKind =
    type === 'MOBILE'
      ? 'mobile'
      : type === 'FIXED_LINE'
        ? 'landline'
        : type === 'FIXED_LINE_OR_MOBILE'
          ? 'other'
          : 'other';
  return { e164: parsed.number, kind };
}

/** For logs: keeps the country code and the last two digits only. */
export const maskPhone = (e164: string) =>
  e164.length > 5 ? `${e164.slice(0, 3)}${'•'.repeat(e164.length - 5)}${e164.slice(-2)}` : '•••';
