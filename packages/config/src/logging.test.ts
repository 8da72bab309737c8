import { describe, expect, it } from 'vitest';
import { failedQueryOf, loggableErr, loggableUrl, redactPhonesInText } from './logging';

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
    expect(redactPhonesInText('call 06 12 34 56 78 or +33612345678')).toBe('call [phone] or [phone]');
    // Ids and dates stay readable.
    expect(redactPhonesInText('message 6f1c1b1e-8a43-4a4e-9f57-3b9c2d1e0a11 at 2026-11-29 17:45')).toBe(
      'message 6f1c1b1e-8a43-4a4e-9f57-3b9c2d1e0a11 at 2026-11-29 17:45',
    );
  });

  it("logs a failed query as the driver's error and the start of its SQL, never its parameters", () => {
    // The shape of drizzle's DrizzleQueryError: the values are in its message and in `params`.
    const driver = Object.assign(new Error('duplicate key value violates unique constraint "x"'), {
      code: '23505',
    });
    const params = ['+33655443322', 'Votre trajet vers le cardiologue, 12 route de Vannes'];
    const failed = Object.assign(
      new Error(`Failed query: insert into "messages" ("counterpart_phone", "body") values ($1, $2)
params: ${params.join(',')}`),
      {
        query: 'insert into "messages" ("counterpart_phone", "body") values ($1, $2)',
        params,
        cause: driver,
      },
    );
    expect(failedQueryOf(failed)?.cause).toBe(driver);
    expect(failedQueryOf(driver)).toBeUndefined();
    const logged = JSON.stringify(loggableErr(failed));
    expect(logged).toContain('duplicate key value');
    expect(logged).toContain('23505');
    expect(logged).toContain('insert into \\"messages\\"');
    for (const secret of ['+33655443322', 'cardiologue', 'route de Vannes'])
      expect(logged).not.toContain(secret);
  });
});
