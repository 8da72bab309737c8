import { schema } from '@solimob/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, loggerOptions } from '../src/app';
import { toErrorResponse } from '../src/plugins/errors';
import type { App } from '../src/routes/types';
import { bearer, createHarness, type Harness, PASSWORD } from './fixture';

let h: Harness;
let app: App;
const lines: string[] = [];

beforeAll(async () => {
  h = await createHarness();
  app = await buildApp({
    config: {
      PUBLIC_BASE_URL: 'http://localhost',
      SIGNED_LINK_SECRET: 'test-link-secret-of-at-least-32-characters',
      SESSION_TTL_HOURS: 1,
      LOG_LEVEL: 'info',
    },
    db: h.t,
    redis: h.redis,
    clock: h.clock,
    passwords: h.passwords,
    logger: { ...(loggerOptions('info') as object), stream: { write: (line: string) => lines.push(line) } },
  });
  // A failing query whose parameter is a phone number, as a bug in a handler would produce.
  app.get('/test/failing-query', { schema: { hide: true } }, async () => {
    await h.t.db.execute(sql`select * from no_such_table where phone = ${'+33699887766'}`);
    return {};
  });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await h?.close();
});

describe('logs', () => {
  it('carry no password, token, phone number, name or query string', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { email: h.a.staff.coordinator.email, password: PASSWORD },
    });
    const token = login.json().token as string;
    const created = await app.inject({
      method: 'POST',
      url: '/residents?q=Kerhervé',
      headers: bearer(token),
      payload: {
        firstName: 'Maëlys',
        lastName: 'Kerhervé',
        communeId: h.a.communes[0]!.id,
        addressLine: '1 place du Marché',
        location: { lat: 47.66, lon: -2.45 },
        phones: [{ number: '06 55 44 33 22' }],
      },
    });
    expect(created.statusCode).toBe(201);
    const failing = await app.inject({ method: 'GET', url: '/test/failing-query', headers: bearer(token) });
    expect(failing.statusCode).toBe(500);
    expect(failing.body).not.toContain('no_such_table');

    // A volunteer's signed link: its token is a credential, never logged.
    const linkToken = 'eyJ2IjoxLCJrIjoidm9sdW50ZWVyIn0.c2lnbmF0dXJlLW9mLXRoZS1saW5r';
    await app.inject({ url: `/b/${linkToken}/missions/00000000-0000-4000-8000-000000000000` });
    await app.inject({ url: `/f/${linkToken}` });

    const log = lines.join('');
    expect(log).toContain('/b/[token]/missions/');
    expect(log).toContain('request failed');
    expect(log).toContain(failing.json().error.requestId);
    for (const secret of [
      PASSWORD,
      token,
      'Maëlys',
      'Kerhervé',
      'Kerherv',
      '+33655443322',
      '55 44 33',
      '+33699887766',
      linkToken,
    ]) {
      expect(log, secret).not.toContain(secret);
    }
  });
});

describe('database errors', () => {
  it('map a foreign-key violation to 400 and a unique violation to 409 naming only columns', async () => {
    const fk = await h.t.db
      .insert(schema.residents)
      .values({
        territoryId: h.a.id,
        firstName: 'A',
        lastName: 'B',
        communeId: '00000000-0000-4000-8000-000000000000',
        addressLine: 'x',
        lat: 0,
        lon: 0,
      })
      .catch((error: unknown) => error);
    expect(toErrorResponse(fk, 'req-1')).toEqual({
      status: 400,
      body: {
        error: {
          code: 'validation',
          message: 'A referenced record does not exist',
          fields: [{ field: '/communeId', message: 'refers to a record that does not exist' }],
        },
      },
    });

    const unique = await h.t.db
      .insert(schema.communes)
      .values({
        territoryId: h.a.id,
        name: h.a.communes[0]!.name,
        inseeCode: '56999',
        postalCode: '56230',
        lat: 0,
        lon: 0,
        zone: 'x',
      })
      .catch((error: unknown) => error);
    const mapped = toErrorResponse(unique, 'req-2');
    expect(mapped.status).toBe(409);
    expect(mapped.body.error.fields).toEqual([{ field: '/name', message: 'already in use' }]);
    expect(JSON.stringify(mapped)).not.toContain(h.a.communes[0]!.name);
  });
});
