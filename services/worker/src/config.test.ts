import { isAbsolute } from 'node:path';
import { ConfigError } from '@solimob/config';
import { describe, expect, it } from 'vitest';
import { loadWorkerConfig, routingProviderLabel } from './config';

const base = {
  DATABASE_URL: 'postgres://localhost/solimob',
  REDIS_URL: 'redis://localhost:6379',
  PUBLIC_BASE_URL: 'https://solimob.example',
  SIGNED_LINK_SECRET: 'x'.repeat(32),
};
const SID = `AC${'0123456789abcdef'.repeat(2)}`;

function issuesOf(env: Record<string, string>) {
  try {
    loadWorkerConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map((i) => [i.key, i.problem]);
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadWorkerConfig', () => {
  it('applies defaults and uses the local outbox when Twilio is not configured', () => {
    const config = loadWorkerConfig(base);
    expect(config).toMatchObject({
      WORKER_CONCURRENCY: 4,
      OUTBOX_POLL_MS: 500,
      QUEUE_PREFIX: 'solimob',
      LOG_LEVEL: 'info',
      GRAPHHOPPER_PROFILE: 'car',
    });
    expect(config.twilio).toBeUndefined();
    expect(isAbsolute(config.messageOutboxDir)).toBe(true);
    expect(config.messageOutboxDir.endsWith('/.data/outbox')).toBe(true);
    expect(routingProviderLabel(config)).toBe('built-in estimate');
  });

  it('converts numbers and keeps an absolute outbox directory as given', () => {
    const config = loadWorkerConfig({ ...base, WORKER_CONCURRENCY: '2', MESSAGE_OUTBOX_DIR: '/tmp/outbox' });
    expect(config.WORKER_CONCURRENCY).toBe(2);
    expect(config.messageOutboxDir).toBe('/tmp/outbox');
  });

  it('builds the Twilio settings when all three keys are set', () => {
    const config = loadWorkerConfig({
      ...base,
      TWILIO_ACCOUNT_SID: SID,
      TWILIO_AUTH_TOKEN: 'secret',
      TWILIO_FROM: '+33700000000',
      TWILIO_API_BASE_URL: 'http://127.0.0.1:4010',
    });
    expect(config.twilio).toEqual({
      accountSid: SID,
      authToken: 'secret',
      from: '+33700000000',
      apiBaseUrl: 'http://127.0.0.1:4010',
    });
  });

  it('lists the missing Twilio keys when Twilio is half configured, with the other problems', () => {
    expect(issuesOf({ REDIS_URL: 'redis://x', TWILIO_ACCOUNT_SID: SID, WORKER_CONCURRENCY: '0' })).toEqual([
      ['DATABASE_URL', 'missing'],
      ['PUBLIC_BASE_URL', 'missing'],
      ['SIGNED_LINK_SECRET', 'missing'],
      ['WORKER_CONCURRENCY', 'invalid'],
      ['TWILIO_AUTH_TOKEN', 'missing'],
      ['TWILIO_FROM', 'missing'],
    ]);
  });

  it('refuses a queue prefix containing a colon', () => {
    expect(issuesOf({ ...base, QUEUE_PREFIX: 'a:b' })).toEqual([['QUEUE_PREFIX', 'invalid']]);
  });

  it('names the routing provider that would be used', () => {
    expect(routingProviderLabel(loadWorkerConfig({ ...base, GRAPHHOPPER_URL: 'http://gh:8989' }))).toBe(
      'graphhopper at http://gh:8989 (profile car)',
    );
  });
});
