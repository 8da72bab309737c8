import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, PASSWORD } from './fixture';

/** Logins arriving through one reverse proxy at 10.0.0.1 on behalf of different clients. */
const loginVia = (h: Harness, email: string, password: string, client: string) =>
  h.app.inject({
    method: 'POST',
    url: '/auth/login',
    payload: { email, password },
    remoteAddress: '10.0.0.1',
    headers: { 'x-forwarded-for': client },
  });

describe('behind a reverse proxy', () => {
  let trusting: Harness;
  let naive: Harness;
  beforeAll(async () => {
    trusting = await createHarness({
      config: {
        PUBLIC_BASE_URL: 'http://localhost:3000',
        SIGNED_LINK_SECRET: 'test-link-secret-of-at-least-32-characters',
        SESSION_TTL_HOURS: 12,
        LOG_LEVEL: 'silent',
        TRUST_PROXY: '10.0.0.1',
      },
    });
    naive = await createHarness();
  });
  afterAll(async () => {
    await trusting?.close();
    await naive?.close();
  });

  it('with the proxy in TRUST_PROXY the login limiter counts per client address, not per proxy', async () => {
    const email = trusting.a.staff.partner.email;
    for (let i = 0; i < 5; i++) {
      expect((await loginVia(trusting, email, 'wrong password!!', '203.0.113.7')).statusCode).toBe(401);
    }
    expect((await loginVia(trusting, email, PASSWORD, '203.0.113.7')).statusCode).toBe(429);
    expect((await loginVia(trusting, email, PASSWORD, '198.51.100.9')).statusCode).toBe(200);
  });

  it('without it, X-Forwarded-For is ignored: a client cannot dodge the limiter by forging it', async () => {
    const email = naive.a.staff.partner.email;
    for (let i = 0; i < 5; i++) {
      expect((await loginVia(naive, email, 'wrong password!!', `203.0.113.${i}`)).statusCode).toBe(401);
    }
    expect((await loginVia(naive, email, PASSWORD, '198.51.100.9')).statusCode).toBe(429);
  });
});
