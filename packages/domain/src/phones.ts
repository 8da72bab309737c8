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
  const fiction = fictionNumber(input);
  if (fiction) return fiction;
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

/**
 * ARCEP sets aside blocks of French numbers for films and fiction (décision 2018-0881): they are never
 * assigned to a subscriber, so demo data uses them and cannot text a real person. libphonenumber does
 * not know them and calls them invalid; we accept them with the kind their prefix implies.
 */
const FICTION_BLOCKS: ReadonlyArray<readonly [prefix: string, kind: PhoneKind]> = [
  ['+3319900', 'landline'],
  ['+3326191', 'landline'],
  ['+3335301', 'landline'],
  ['+3346571', 'landline'],
  ['+3353649', 'landline'],
  ['+3363998', 'mobile'],
];

function fictionNumber(input: string): NormalisedPhone | undefined {
  const digits = input.replace(/[\s.\-()]/g, '');
  const e164 = digits.startsWith('+33')
    ? digits
    : digits.startsWith('0033')
      ? `+${digits.slice(2)}`
      : /^0[1-9]/.test(digits)
        ? `+33${digits.slice(1)}`
        : undefined;
  if (!e164 || !/^\+33[1-9][0-9]{8}$/.test(e164)) return undefined;
  const block = FICTION_BLOCKS.find(([prefix]) => e164.startsWith(prefix));
  return block ? { e164, kind: block[1] } : undefined;
}
