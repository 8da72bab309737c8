import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import type { App } from '../src/routes/types';
import { createHarness, createRedis, type Harness, PASSWORD } from './fixture';

/**
 * Two API instances on one Postgres and one Redis, as when the service runs on several machines: the
 * limits are one budget, not one per instance.
 */
let h: Harness;
let second: App;
const prefix = `test-rate-shared-${crypto.randomUUID()}`;
const config = {
  PUBLIC_BASE_URL: 'http://localhost:3000',
  SIGNED_LINK_SECRET: 'test-link-secret-of-at-least-32-characters',
  SESSION_TTL_HOURS: 12,
  LOG_LEVEL: 'silent' as const,
  TWILIO_AUTH_TOKEN: 'a-twilio-token-for-rate-limit-tests',
  TWILIO_ACCOUNT_SID: undefined,
};
const rateLimits = { prefix, webhooks: { limit: 3, windowMs: 60_000 } };

beforeAll(async () => {
  h = await createHarness({ config, rateLimits });
  second = await buildApp({ config, db: h.t, redis: h.redis, clock: h.clock, logger: false, rateLimits });
  await second.ready();
});
afterAll(async () => {
  await second?.close();
  await h?.close();
});

const login = (app: App, email: string, password: string, ip: string) =>
  app.inject({ method: 'POST', url: '/auth/login', payload: { email, password }, remoteAddress: ip });

describe('rate limits shared through Redis', () => {
  it('counts failed logins made on either instance against one budget', async () => {
    const email = h.a.staff.read_only.email;
    for (const app of [h.app, second, h.app, second, h.app]) {
      expect((await login(app, email, 'wrong password!!', '192.0.2.10')).statusCode).toBe(401);
    }
    expect((await login(second, email, PASSWORD, '192.0.2.10')).statusCode).toBe(429);
    expect((await login(h.app, email, PASSWORD, '192.0.2.10')).statusCode).toBe(429);
  });

  it('limits webhook calls per source address across instances, before any other check', async () => {
    const call = (app: App) =>
      app.inject({
        method: 'POST',
        url: '/webhooks/twilio/status',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'MessageSid=SM00&MessageStatus=sent',
        remoteAddress: '192.0.2.20',
      });
    const statuses = [];
    for (const app of [h.app, second, h.app, second]) statuses.push((await call(app)).statusCode);
    // Unsigned: refused 403 while within the budget, then 429 whichever instance answers.
    expect(statuses).toEqual([403, 403, 403, 429]);
    const limited = await call(h.app);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('lets staff log in while Redis is down (the limiter fails open and says so)', async () => {
    const down = createRedis('redis://127.0.0.1:1');
    const app = await buildApp({ config, db: h.t, redis: down, clock: h.clock, logger: false, rateLimits });
    try {
      await app.ready();
      expect((await login(app, h.a.staff.admin.email, PASSWORD, '192.0.2.30')).statusCode).toBe(200);
    } finally {
      await app.close();
      down.disconnect();
    }
  });
});
