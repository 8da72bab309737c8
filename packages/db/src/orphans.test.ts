import { describe, expect, it } from 'vitest';
import { onUnhandledRejection } from './orphans';

function harness() {
  const lines: { level: 'warn' | 'fatal'; message: string }[] = [];
  const logger = {
    warn: (_: { err: unknown }, message: string) => void lines.push({ level: 'warn', message }),
    fatal: (_: { err: unknown }, message: string) => void lines.push({ level: 'fatal', message }),
  };
  const exits: number[] = [];
  return { handle: onUnhandledRejection(logger, (code) => void exits.push(code)), lines, exits };
}

describe('unhandled rejections in a service process', () => {
  it('logs a query rejected by a closed connection and goes on', () => {
    const { handle, lines, exits } = harness();
    handle(Object.assign(new Error('write CONNECTION_CLOSED 127.0.0.1:5432'), { code: 'CONNECTION_CLOSED' }));
    handle(
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    );
    expect(exits).toEqual([]);
    expect(lines.map((l) => l.level)).toEqual(['warn', 'warn']);
  });

  it('exits on any other unhandled rejection, as Node would', () => {
    const { handle, lines, exits } = harness();
    handle(new TypeError("Cannot read properties of undefined (reading 'id')"));
    expect(exits).toEqual([1]);
    expect(lines).toEqual([{ level: 'fatal', message: 'unhandled promise rejection' }]);
  });
});
