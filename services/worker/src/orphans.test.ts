import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';
import { onUnhandledRejection } from './orphans';

function harness() {
  const lines: { level: number; msg: string }[] = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line)) });
  const exits: number[] = [];
  return { handle: onUnhandledRejection(logger, (code) => void exits.push(code)), lines, exits };
}

describe('unhandled rejections in the worker', () => {
  it('logs a query rejected by a closed connection and goes on', () => {
    const { handle, lines, exits } = harness();
    handle(Object.assign(new Error('write CONNECTION_CLOSED 127.0.0.1:5432'), { code: 'CONNECTION_CLOSED' }));
    handle(
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    );
    expect(exits).toEqual([]);
    expect(lines.map((l) => l.level)).toEqual([40, 40]);
  });

  it('exits on any other unhandled rejection, as Node would', () => {
    const { handle, lines, exits } = harness();
    handle(new TypeError("Cannot read properties of undefined (reading 'id')"));
    expect(exits).toEqual([1]);
    expect(lines[0]).toMatchObject({ level: 60, msg: 'unhandled promise rejection' });
  });
});
