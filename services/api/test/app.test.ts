import SwaggerParser from '@apidevtools/swagger-parser';
import { createDb } from '@solimob/db';
import type { PasswordHasher } from '@solimob/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArgon2Hasher } from '../src/adapters/argon2';
import { buildApp } from '../src/app';
import { loadApiConfig } from '../src/config';
import { createHarness, createRedis, type Harness } from './fixture';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3 document listing every route with a summary and its error responses', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/docs/json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    await SwaggerParser.validate(structuredClone(document));

    const visible = h.routes.filter((r) => !(r.schema as { hide?: boolean } | undefined)?.hide);
    const operationIds: string[] = [];
    expect(visible.length).toBeGreaterThanOrEqual(25);
    for (const route of visible) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const methods = (Array.isArray(route.method) ? route.method : [route.method]).map((m) =>
        m.toLowerCase(),
      );
      for (const method of methods) {
        const operation = document.paths[path]?.[method];
        expect(operation, `${method} ${path} is documented`).toBeDefined();
        expect(operation.summary, `${method} ${path} has a summary`).toMatch(/\w/);
        expect(operation.tags?.length, `${method} ${path} has tags`).toBeGreaterThan(0);
        expect(operation.responses['500'], `${method} ${path} documents 500`).toBeDefined();
        expect(operation.operationId, `${method} ${path} has an operationId`).toMatch(/^[a-z][A-Za-z]+$/);
        operationIds.push(operation.operationId);
        const access = (route.config as { access?: { kind: string } }).access;
        expect(access, `${method} ${path} declares its access`).toBeDefined();
        if (access?.kind === 'twilio') {
          // Provider callbacks carry a signature instead of a staff token: 403 when it does not verify.
          expect(operation.security).toEqual([{ twilioSignature: [] }]);
          expect(operation.responses['403']).toBeDefined();
        } else if (access?.kind === 'staff') {
          expect(operation.security, `${method} ${path} is secured`).toEqual([{ bearerAuth: [] }]);
          expect(operation.responses['401']).toBeDefined();
          expect(operation.responses['403']).toBeDefined();
        } else if (access?.kind === 'metrics') {
          expect(operation.security).toEqual([{ metricsToken: [] }]);
          expect(operation.responses['401']).toBeDefined();
        } else {
          expect(operation.security, `${method} ${path} says it is public`).toEqual([]);
        }
      }
    }
  });

  it('has unique operation ids', () => {
    const ids = h.routes
      .map((r) => (r.schema as { operationId?: string } | undefined)?.operationId)
      .filter((id) => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses to start with a route that declares no access rule or no operationId', async () => {
    const build = (extra: Record<string, unknown>) =>
      buildApp({
        config: {
          PUBLIC_BASE_URL: 'http://localhost',
          SIGNED_LINK_SECRET: 'test-link-secret-of-at-least-32-characters',
          SESSION_TTL_HOURS: 1,
          LOG_LEVEL: 'silent',
        },
        db: h.t,
        redis: h.redis,
        logger: false,
        onRoute: () => {},
      }).then(async (app) => {
        app.get('/unguarded', { schema: { summary: 'x', ...extra } }, async () => 'x');
        await app.ready();
        return app;
      });
    await expect(build({ operationId: 'unguarded' })).rejects.toThrow('declares no config.access rule');
  });

  it('serves the UI at /docs', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });

  it('the validator used above rejects a broken document', async () => {
    await expect(SwaggerParser.validate({ openapi: '3.1.0', paths: {} } as never)).rejects.toThrow();
  });
});

describe('health and readiness', () => {
  it('/health answers without touching dependencies', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('/ready is 200 when Postgres and Redis answer', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/ready' });
    expect(response.json()).toEqual({ status: 'ready', checks: { postgres: 'ok', redis: 'ok' } });
    expect(response.statusCode).toBe(200);
  });

  it('/ready is 503 naming Redis when Redis is unreachable', async () => {
    const closedPort = createRedis('redis://127.0.0.1:1');
    const app = await buildApp({
      config: {
        PUBLIC_BASE_URL: 'http://localhost',
        SIGNED_LINK_SECRET: 'test-link-secret-of-at-least-32-characters',
        SESSION_TTL_HOURS: 1,
        LOG_LEVEL: 'silent',
      },
      db: h.t,
      redis: closedPort,
      logger: false,
      passwords: h.passwords,
      readinessTimeoutMs: 2000,
    });
    try {
      const response = await app.inject({ method: 'GET', url: '/ready' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({
        error: {
          code: 'unavailable',
          message: 'Not ready: redis unreachable',
          fields: [{ field: 'redis', message: 'unreachable or too slow' }],
        },
      });
    } finally {
      await app.close();
      closedPort.disconnect();
    }
  });

  it('/ready is 503 naming Postgres when Postgres is unreachable', async () => {
    const deadDb = createDb('postgres://postgres@127.0.0.1:1/none', { max: 1 });
    const app = await buildApp({
      config: {
        PUBLIC_BASE_URL: 'http://localhost',
        SIGNED_LINK_SECRET: 'test-link-secret-of-at-least-32-characters',
        SESSION_TTL_HOURS: 1,
        LOG_LEVEL: 'silent',
      },
      db: deadDb,
      redis: h.redis,
      logger: false,
      passwords: h.passwords,
      readinessTimeoutMs: 2000,
    });
    try {
      const response = await app.inject({ method: 'GET', url: '/ready' });
      expect(response.statusCode).toBe(503);
      expect(response.json().error.fields).toEqual([
        { field: 'postgres', message: 'unreachable or too slow' },
      ]);
    } finally {
      await app.close();
      await deadDb.close();
    }
  });
});

describe('error format', () => {
  it('hides the internals of a 5xx and gives a request id', async () => {
    const exploding: PasswordHasher = {
      ...createArgon2Hasher(),
      verify: async () => {
        throw new Error('argon2 exploded at /secret/path with password hunter2');
      },
    };
    const app = await buildApp({
      config: {
        PUBLIC_BASE_URL: 'http://localhost',
        SIGNED_LINK_SECRET: 'test-link-secret-of-at-least-32-characters',
        SESSION_TTL_HOURS: 1,
        LOG_LEVEL: 'silent',
      },
      db: h.t,
      redis: h.redis,
      logger: false,
      passwords: exploding,
    });
    try {
      const response = await app.inject({
        method: 'POST',
        url: '/auth/login',
        payload: { email: h.a.staff.admin.email, password: 'whatever' },
      });
      expect(response.statusCode).toBe(500);
      const body = response.json();
      expect(body).toEqual({
        error: { code: 'internal', message: 'Internal error', requestId: expect.any(String) },
      });
      expect(response.body).not.toContain('secret');
      expect(response.body).not.toContain('argon2');
    } finally {
      await app.close();
    }
  });

  it('answers unknown routes and malformed JSON in the same shape', async () => {
    const missing = await h.app.inject({ method: 'GET', url: '/nope?x=1' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: { code: 'not_found', message: 'Route GET /nope not found' } });

    const malformed = await h.app.inject({
      method: 'POST',
      url: '/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('bad_request');
  });

  it('reports schema violations with a pointer per field', async () => {
    const response = await h.app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { email: 'x@y.fr', extra: 1 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual(
      expect.arrayContaining([
        { field: '/password', message: 'is required' },
        { field: '/extra', message: 'is not allowed' },
      ]),
    );
  });
});

describe('configuration', () => {
  it('lists every missing key at once and applies defaults', () => {
    expect(() => loadApiConfig({})).toThrow(
      /DATABASE_URL: missing[\s\S]*REDIS_URL: missing[\s\S]*PUBLIC_BASE_URL: missing/,
    );
    const config = loadApiConfig({
      DATABASE_URL: 'postgres://x',
      REDIS_URL: 'redis://x',
      PUBLIC_BASE_URL: 'https://api.example.org',
      SIGNED_LINK_SECRET: 'a-secret-of-at-least-thirty-two-characters',
    });
    expect(config).toMatchObject({ PORT: 3000, HOST: '0.0.0.0', LOG_LEVEL: 'info', SESSION_TTL_HOURS: 12 });
    expect(config.TWILIO_AUTH_TOKEN).toBeUndefined();
  });
});
