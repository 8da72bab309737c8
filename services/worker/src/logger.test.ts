import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { createLogger, describeError } from './logger';

describe('the worker logger', () => {
  it('redacts names, numbers and bodies, and strips phone numbers from errors', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    logger.info({ message: { firstName: 'Maëlys', to: '+33655443322', body: 'chez le cardiologue' } }, 'x');
    logger.info({ resident: { lastName: 'Kerhervé', phone: '+33655443322' } }, 'y');
    logger.error({ err: new Error('Twilio refused +33 6 55 44 33 22') }, 'z');
    const log = lines.join('');
    for (const secret of ['Maëlys', 'Kerhervé', '+33655443322', '55 44 33', 'cardiologue']) {
      expect(log, secret).not.toContain(secret);
    }
    expect(log).toContain('[redacted]');
    expect(log).toContain('Twilio refused [phone]');
  });

  it("describes a failed query by the driver's error and the SQL, never its parameters", () => {
    const driver = Object.assign(new Error('duplicate key value violates unique constraint "x"'), {
      code: '23505',
    });
    const failed = new DrizzleQueryError(
      'insert into "messages" ("counterpart_phone", "body") values ($1, $2)',
      ['+33655443322', 'Votre trajet vers le cardiologue, 12 route de Vannes'],
      driver,
    );
    const described = describeError(failed);
    expect(described).toMatchObject({ name: 'Error', code: '23505' });
    expect(described.message).toContain('duplicate key value');
    expect(described.message).toContain('insert into "messages"');
    for (const secret of ['+33655443322', 'cardiologue', 'route de Vannes']) {
      expect(described.message, secret).not.toContain(secret);
    }
  });
});
