import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

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
});
