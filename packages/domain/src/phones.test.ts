import { describe, expect, it } from 'vitest';
import { InvalidPhoneError, maskPhone, normalisePhone } from './phones';

describe('normalisePhone', () => {
  it('normalises French national formats to E.164 and tells mobiles from landlines', () => {
    expect(normalisePhone('06 12 34 56 78')).toEqual({ e164: '+33612345678', kind: 'mobile' });
    expect(normalisePhone('07.58.12.34.56')).toEqual({ e164: '+33758123456', kind: 'mobile' });
    expect(normalisePhone('02 97 26 11 38')).toEqual({ e164: '+33297261138', kind: 'landline' });
    expect(normalisePhone('0033 2 97 26 11 38')).toEqual({ e164: '+33297261138', kind: 'landline' });
    expect(normalisePhone('+33 6 12 34 56 78').e164).toBe('+33612345678');
  });

  it('rejects numbers that are too short, not numbers, or invalid', () => {
    expect(() => normalisePhone('12')).toThrow(InvalidPhoneError);
    expect(() => normalisePhone('bonjour')).toThrow(InvalidPhoneError);
    expect(() => normalisePhone('01 00 00 00 0')).toThrow(InvalidPhoneError);
  });

  it('accepts the ARCEP fiction blocks used by the demo data', () => {
    expect(normalisePhone('06 39 98 12 34')).toEqual({ e164: '+33639981234', kind: 'mobile' });
    expect(normalisePhone('+33 2 61 91 00 00')).toEqual({ e164: '+33261910000', kind: 'landline' });
    expect(() => normalisePhone('06 39 98 12')).toThrow(InvalidPhoneError);
  });

  it('masks all but the country code and the last two digits', () => {
    expect(maskPhone('+33612345678')).toBe('+33•••••••78');
  });
});
