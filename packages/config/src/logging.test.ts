import { describe, expect, it } from 'vitest';
import { loggableErr, loggableUrl, redactPhonesInText } from './logging';

describe('log hygiene', () => {
  it('drops the query string and the signed links’ tokens from URLs', () => {
    expect(loggableUrl('/residents?q=Kerhervé')).toBe('/residents');
    expect(loggableUrl('/b/eyJhbGciOi.abc-DEF_123/missions/42?x=1')).toBe('/b/[token]/missions/42');
    expect(loggableUrl('/f/eyJhbGciOi.abc')).toBe('/f/[token]');
    expect(loggableUrl('/ride-requests/b/1')).toBe('/ride-requests/b/1');
  });

  it('removes phone numbers from error messages and stacks', () => {
    const error = new Error("The 'To' number +33 6 12 34 56 78 is not valid, nor 06.12.34.56.78");
    const logged = loggableErr(error);
    expect(JSON.stringify(logged)).not.toMatch(/12.?34.?56/);
    expect(logged.message).toBe("The 'To' number [phone] is not valid, nor [phone]");
    expect(redactPhonesInText('call +33297261138')).toBe('call [phone]');
  });
});
