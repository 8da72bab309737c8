import { closeRedisConnection, createQueues, createRedisConnection, type Queues } from '@solimob/queue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions } from '../src/app';
import { DASHBOARD_COOKIE, dashboardCookieValue } from '../src/plugins/queue-dashboard';
import { bearer, createHarness, type Harness, redisUrl } from './fixture';

const METRICS_TOKEN = 'metrics-token-for-the-tests';
const SECRET = 'test-link-secret-of-at-least-32-characters';
const lines: string[] = [];
let h: Harness;
let queues: Queues;
const queueRedis = createRedisConnection(redisUrl(), 'producer');

beforeAll(async () => {
  queues = createQueues(queueRedis, { prefix: `test-dash-${crypto.randomUUID().slice(0, 8)}` });
  h = await createHarness({
    config: {
      PUBLIC_BASE_URL: 'http://localhost:3000',
      SIGNED_LINK_SECRET: SECRET,
      SESSION_TTL_HOURS: 12,
      LOG_LEVEL: 'info',
      METRICS_TOKEN,
    },
    logger: { ...(loggerOptions('info') as object), stream: { write: (line: string) => lines.push(line) } },
    queues,
  });
});
afterAll(async () => {
  await h?.close();
  await queues?.close();
  await closeRedisConnection(queueRedis);
});

describe('request ids', () => {
  it('keeps a well-formed X-Request-Id, returns it, and puts it in every log line of the request', async () => {
    const id = 'lb-4f2a9c.17';
    const response = await h.app.inject({
      method: 'GET',
      url: '/residents',
      headers: { 'x-request-id': id },
    });
    expect(response.statusCode).toBe(401);
    expect(response.headers['x-request-id']).toBe(id);
    const mine = lines.map((line) => JSON.parse(line)).filter((entry) => entry.reqId === id);
    expect(mine.map((entry) => entry.msg)).toEqual([
      'incoming request',
      'request refused',
      'request completed',
    ]);
    const orphans = lines
      .map((line) => JSON.parse(line))
      .filter((entry) => ['incoming request', 'request refused', 'request completed'].includes(entry.msg))
      .filter((entry) => !entry.reqId);
    expect(orphans).toEqual([]);
  });

  it('replaces a malformed or oversized one with a fresh UUID', async () => {
    for (const bad of ['two words', 'x'.repeat(200), 'line\\nforged']) {
      const response = await h.app.inject({
        method: 'GET',
        url: '/health',
        headers: { 'x-request-id': bad },
      });
      expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
    const fresh = await h.app.inject({ method: 'GET', url: '/health' });
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('GET /metrics', () => {
  it('refuses a scraper without the token', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    const wrong = await h.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: bearer('not-the-token-at-all'),
    });
    expect(wrong.statusCode).toBe(401);
  });

  it('counts requests by route pattern and status, with durations', async () => {
    const token = await h.login(h.a.staff.coordinator.email);
    await h.app.inject({ method: 'GET', url: '/health' });
    const id = crypto.randomUUID();
    expect(
      (await h.app.inject({ method: 'GET', url: `/residents/${id}`, headers: bearer(token) })).statusCode,
    ).toBe(404);
    const response = await h.app.inject({ method: 'GET', url: '/metrics', headers: bearer(METRICS_TOKEN) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    const text = response.body;
    expect(text).toMatch(
      /solimob_http_requests_total\{method="GET",route="\/health",status_code="200",service="api"\} [1-9]/,
    );
    expect(text).toMatch(
      /solimob_http_requests_total\{method="GET",route="\/residents\/:id",status_code="404",service="api"\} 1/,
    );
    expect(text).toMatch(/solimob_http_request_duration_seconds_count\{[^}]*route="\/health"[^}]*\} [1-9]/);
    expect(text).toMatch(/solimob_http_request_duration_seconds_bucket\{le="0.005",[^}]*route="\/health"/);
    expect(text).toContain('solimob_api_process_cpu_seconds_total');
    // Route patterns only: never an id, a query or a name.
    expect(text).not.toContain(id);
  });
});

describe('queue dashboard', () => {
  const page = (cookie?: string, url = '/admin/queues') =>
    h.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  const open = async (email: string) => {
    const token = await h.login(email);
    return {
      token,
      response: await h.app.inject({ method: 'POST', url: '/admin/queues/session', headers: bearer(token) }),
    };
  };

  it('is refused without the cookie, to coordinators and partners, and with a forged cookie', async () => {
    expect((await page()).statusCode).toBe(401);
    expect((await page(undefined, '/admin/queues/api/queues')).statusCode).toBe(401);
    for (const role of ['coordinator', 'partner', 'read_only'] as const) {
      const { response } = await open(h.a.staff[role].email);
      expect(response.statusCode, role).toBe(403);
      expect(response.headers['set-cookie'], role).toBeUndefined();
    }
    const { response } = await open(h.a.staff.admin.email);
    const value = /solimob_queues=([^;]+)/.exec(String(response.headers['set-cookie']))![1]!;
    const forged = `${value.slice(0, -2)}${value.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await page(`${DASHBOARD_COOKIE}=${forged}`)).statusCode).toBe(401);
    // A cookie signed with another secret, even for a real session, is refused.
    const [sessionId] = value.split('.');
    const other = dashboardCookieValue(
      'another-secret-of-at-least-32-characters',
      sessionId!,
      new Date(Date.now() + 60_000),
    );
    expect((await page(`${DASHBOARD_COOKIE}=${other}`)).statusCode).toBe(401);
  });

  it("opens for an admin through the session route's cookie, and closes with the session", async () => {
    const { token, response } = await open(h.a.staff.admin.email);
    expect(response.statusCode).toBe(200);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(
      /^solimob_queues=[^;]+; Path=\/admin\/queues; Max-Age=\d+; HttpOnly; SameSite=Strict$/,
    );
    const cookie = setCookie.split(';')[0]!;
    const html = await page(cookie);
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toContain('text/html');
    const api = await page(cookie, '/admin/queues/api/queues');
    expect(api.statusCode).toBe(200);
    const names = (api.json() as { queues: { name: string }[] }).queues.map((q) => q.name).sort();
    expect(names).toEqual(Object.keys(queues.byName).sort());

    // Logging out ends dashboard access at once, although the cookie has not expired.
    expect(
      (await h.app.inject({ method: 'POST', url: '/auth/logout', headers: bearer(token) })).statusCode,
    ).toBe(204);
    expect((await page(cookie, '/admin/queues/api/queues')).statusCode).toBe(401);
  });
});
