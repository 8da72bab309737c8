/** Property-based tests: phone parsing takes any text staff or a provider may send. */
import fc from 'fast-check';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { frenchPhone } from './messages/sms-text';
import { displayPhone } from './missions/lifecycle';
import { InvalidPhoneError, maskPhone, normalisePhone } from './phones';
import { spacedPhone } from './shuttles/messages';

const E164 = /^\+[1-9]\d{6,14}$/;

/** Digits and the separators people type, so generated text often is (or nearly is) a number. */
const phoneish = fc
  .array(fc.constantFrom(...'0123456789+ .-()'.split('')), { maxLength: 22 })
  .map((chars) => chars.join(''));
const anyText = fc.oneof(
  phoneish,
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

/** A French national significant number: 9 digits after the trunk 0 (1–7 and 9 as first digit). */
const frenchNsn = fc
  .tuple(fc.constantFrom('1', '2', '3', '4', '5', '6', '7', '9'), fc.stringMatching(/^\d{8}$/))
  .map(([first, rest]) => first + rest);
/** How the same number is typed: national, international, 00 prefix, with spaces, dots or dashes. */
const typed = (nsn: string) =>
  fc
    .tuple(fc.constantFrom('0', '+33', '0033', '+33 ', '+33 (0)'), fc.constantFrom('', ' ', '.', '-'))
    .map(([prefix, separator]) => {
      const pairs = nsn.slice(1).match(/\d{2}/g)!;
      return `${prefix.replace(' (0)', ' ')}${nsn[0]}${separator}${pairs.join(separator)}`;
    });

const FICTION = ['+3363998', '+3326191', '+3319900', '+3335301', '+3346571', '+3353649'];
const fiction = (e164: string) => FICTION.some((prefix) => e164.startsWith(prefix));

describe('normalisePhone properties', () => {
  it('never throws anything but InvalidPhoneError, and only returns valid E.164 numbers', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        let result: ReturnType<typeof normalisePhone> | undefined;
        try {
          result = normalisePhone(input);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidPhoneError);
          expect((error as InvalidPhoneError).reason.length).toBeGreaterThan(0);
          return;
        }
        expect(result.e164).toMatch(E164);
        expect(['mobile', 'landline', 'other']).toContain(result.kind);
        expect(isValidPhoneNumber(result.e164) || fiction(result.e164)).toBe(true);
        // A number typed the French way (trunk 0, no international prefix) is a French number.
        if (/^[\s.\-()]*0[1-9]/.test(input)) expect(result.e164.startsWith('+33')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent: an E.164 result normalises to itself with the same kind', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          phoneish,
          frenchNsn.map((n) => `0${n}`),
        ),
        (input) => {
          let first: ReturnType<typeof normalisePhone>;
          try {
            first = normalisePhone(input);
          } catch {
            return;
          }
          expect(normalisePhone(first.e164)).toEqual(first);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('round-trips: every way of writing a valid French number, and each display form, gives it back', () => {
    fc.assert(
      fc.property(
        frenchNsn.chain((nsn) => fc.tuple(fc.constant(nsn), typed(nsn))),
        ([nsn, written]) => {
          let e164: string;
          try {
            e164 = normalisePhone(`0${nsn}`).e164;
          } catch {
            return; // an unassigned range: the typed variants must be refused alike
          }
          expect(e164).toBe(`+33${nsn}`);
          expect(normalisePhone(written).e164).toBe(e164);
          for (const display of [frenchPhone(e164)!, displayPhone(e164), spacedPhone(e164)]) {
            expect(display).toMatch(/^0\d( \d{2}){4}$/);
            expect(normalisePhone(display).e164).toBe(e164);
          }
          expect(maskPhone(e164)).not.toContain(nsn.slice(2, 7));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('refuses a valid number with a digit missing or one too many', () => {
    fc.assert(
      fc.property(frenchNsn, fc.boolean(), (nsn, drop) => {
        try {
          normalisePhone(`0${nsn}`);
        } catch {
          return;
        }
        const wrong = drop ? `0${nsn.slice(0, -1)}` : `0${nsn}7`;
        expect(() => normalisePhone(wrong)).toThrow(InvalidPhoneError);
      }),
      { numRuns: 500 },
    );
  });
});
