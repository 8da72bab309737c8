/**
 * Bad input: more than 10,000 random and malformed bodies sent to every write route (as an authorised
 * caller) and to Twilio's webhooks (validly signed). No answer may be a 5xx, each refusal must say what
 * is wrong (naming the field for API clients), and an invalid request must leave the database as it was.
 *
 * The write routes come from the route table, so a new route is covered without editing this file; the
 * bodies are derived from each route's own schema (valid bodies with one defect, junk of every JSON
 * type, huge and exotic strings, bad JSON, wrong content types).
 */
import { randomBytes } from 'node:crypto';
import { schema } from '@solimob/db';
import { SMS_WEBHOOK_PATH, STATUS_CALLBACK_PATH, VOICE_WEBHOOK_PATH } from '@solimob/messaging';
import { signTwilioRequest } from '@solimob/messaging/testing';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createHarness, type Harness } from './fixture';

const PUBLIC_BASE_URL = 'https://solimob.example.org/api';
const AUTH_TOKEN = randomBytes(16).toString('hex');
const ACCOUNT_SID = `AC${randomBytes(16).toString('hex')}`;
const SERVICE_NUMBER = '+33639980000';
/** Requests in all (BAD_INPUT_TOTAL to change it): shared evenly by the write routes after the webhooks'. */
const TOTAL = Number(process.env.BAD_INPUT_TOTAL ?? 10_000);
const WEBHOOK_RUNS = Math.ceil(TOTAL * 0.08);

let h: Harness;
let token: string;
/** Real ids by the first path segment, so some requests reach an existing record. */
const realIds = new Map<string, string>();
let sent = 0;

beforeAll(async () => {
  h = await createHarness({
    config: {
      PUBLIC_BASE_URL,
      SIGNED_LINK_SECRET: 'test-link-secret-of-at-least-32-characters',
      SESSION_TTL_HOURS: 12,
      LOG_LEVEL: 'silent',
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    },
    // The flood comes from one address: the webhook limiter is not what this suite is about.
    rateLimits: {
      prefix: `test-rate-${crypto.randomUUID()}`,
      webhooks: { limit: 1_000_000, windowMs: 60_000 },
    },
  });
  await h.t.db
    .update(schema.territories)
    .set({ serviceNumber: SERVICE_NUMBER })
    .where(eq(schema.territories.id, h.a.id));
  token = await h.login(h.a.staff.admin.email);
  const post = async (url: string, payload: object) => {
    const response = await h.app.inject({ method: 'POST', url, headers: bearer(token), payload });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  const resident = await post('/residents', {
    firstName: 'Anne',
    lastName: 'Le Goff',
    communeId: h.a.communes[1]!.id,
    addressLine: '12 route de Vannes, 56230 Berric',
    location: { lat: 47.63, lon: -2.52 },
    preferredChannel: 'sms',
    phones: [{ number: '06 39 98 12 34' }],
  });
  const place = await post('/places', {
    name: 'Marché de Questembert',
    kind: 'market',
    communeId: h.a.communes[0]!.id,
    location: { lat: 47.6608, lon: -2.4526 },
  });
  const volunteer = await post('/volunteers', {
    firstName: 'Paul',
    lastName: 'Bénévole',
    communeId: h.a.communes[0]!.id,
    location: { lat: 47.66, lon: -2.45 },
    phones: [{ number: '06 39 98 15 39' }],
  }).catch(() => undefined);
  const rideRequest = await post('/ride-requests', {
    residentId: resident,
    destination: { placeId: place },
    requestedTime: '2026-12-07T08:30:00.000Z',
    timeAnchor: 'arrival',
    purpose: 'market',
  });
  realIds.set('residents', resident);
  realIds.set('places', place);
  realIds.set('ride-requests', rideRequest);
  if (volunteer) realIds.set('volunteers', volunteer);
}, 60_000);
afterAll(async () => {
  await h?.close();
});

/* ------------------------------------------------------------------------------------------------ */
/* Arbitraries derived from a route's JSON schema                                                   */
/* ------------------------------------------------------------------------------------------------ */

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  additionalProperties?: boolean | JsonSchema;
};

const uuid = fc.uuid({ version: 4 });
const isoInstant = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

/** Free-text fields get control characters, lone surrogates, RTL marks… instead of plain text. */
let exoticStrings = false;

function stringOf(s: JsonSchema): fc.Arbitrary<string> {
  switch (s.format) {
    case 'uuid':
      return uuid;
    case 'date-time':
      return isoInstant;
    case 'date':
      return isoInstant.map((i) => i.slice(0, 10));
    case 'email':
      return fc.emailAddress();
    case 'time':
      return fc.constantFrom('09:00', '14:30:00', '23:59');
  }
  if (s.pattern) return fc.stringMatching(new RegExp(s.pattern)).filter((v) => fits(v, s));
  const minLength = s.minLength ?? 0;
  if (exoticStrings) {
    return fc
      .oneof(nastyString, fc.string({ minLength, maxLength: minLength + 40 }))
      .map((v) => v.slice(0, s.maxLength ?? v.length).padEnd(minLength, '\u0000'));
  }
  return fc.string({ minLength, maxLength: Math.min(s.maxLength ?? 40, minLength + 40) });
}
const fits = (v: string, s: JsonSchema) => v.length >= (s.minLength ?? 0) && v.length <= (s.maxLength ?? 1e9);

/** A value the schema accepts (best effort: the server, not this generator, is under test). */
function valid(s: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!s || depth > 6) return fc.constant(null);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const union = s.anyOf ?? s.oneOf;
  if (union) return fc.oneof(...union.map((option) => valid(option, depth + 1)));
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'string':
      return stringOf(s);
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 1000 });
    case 'number':
      return fc.double({ min: s.minimum ?? -1000, max: s.maximum ?? 1000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(valid(s.items, depth + 1), {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? 3, (s.minItems ?? 0) + 3),
      });
    case 'object': {
      const properties = s.properties ?? {};
      const required = new Set(s.required ?? []);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, value] of Object.entries(properties)) record[key] = valid(value, depth + 1);
      const optional = Object.keys(properties).filter((k) => !required.has(k));
      return fc.record(record, { requiredKeys: [...required].filter((k) => k in properties) }).map((v) => {
        // keep optional keys present about half the time (fc.record already drops some)
        for (const key of optional) if (v[key] === undefined) delete v[key];
        return v;
      });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Strings that have broken parsers before: huge, control characters, lone surrogates, RTL, SQL. */
const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.constantFrom(
    'x'.repeat(20_000),
    '\u0000',
    '\uD800',
    '\u202Eevil',
    "'; drop table residents; --",
    '%00',
    '../../etc/passwd',
    '𝕏'.repeat(300),
    '0'.repeat(400),
    '1e309',
    '-0',
    'NaN',
    '2026-02-30T25:61:00Z',
    '{"$ne":null}',
  ),
);
const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: 'small' },
  nastyString,
  fc.constantFrom(null, true, false, 0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.5, [], {}, [null], [[[]]]),
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(nastyString, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
);

/**
 * A value of a JSON type the schema does not allow. A body is not coerced (query strings are): `null`
 * is not `false`, `'5'` is not a number and a lone value is not an array.
 */
function wrongType(s: JsonSchema): fc.Arbitrary<unknown> {
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  const alternatives = [...(s.anyOf ?? []), ...(s.oneOf ?? [])];
  const allowsNull =
    (Array.isArray(s.type) && s.type.includes('null')) || alternatives.some((a) => a.type === 'null');
  const orNull = (...values: unknown[]) => fc.constantFrom(...values, ...(allowsNull ? [] : [null]));
  if (s.enum || s.const !== undefined) return orNull('not-one-of-them', { x: 1 });
  if (type === 'object') return orNull('text', 42, true, [1, 2]);
  if (type === 'array') return orNull({ x: 1 }, [{ x: 1 }, { y: 2 }], 'one');
  if (type === 'string' && s.format) return orNull('not-a-value', { x: 1 }, '', 42);
  if (type === 'string') return orNull({ x: 1 }, [{ x: 1 }, 'two'], 42, true);
  if (type === 'number' || type === 'integer') return orNull('5', true, { x: 1 });
  if (type === 'boolean') return orNull('true', 1, { x: 1 });
  return orNull({ x: 1 }, [{ x: 1 }, 'two']);
}

interface Defective {
  body: unknown;
  /** The field the defect is on, which the error must name. */
  field?: string;
}

/** A body valid in every respect but one. */
function oneDefect(body: JsonSchema): fc.Arbitrary<Defective> {
  const properties = body.properties ?? {};
  const keys = Object.keys(properties);
  const required = (body.required ?? []).filter((k) => k in properties);
  const options: fc.Arbitrary<Defective>[] = [
    fc
      .tuple(
        valid(body),
        fc.stringMatching(/^[a-z][a-zA-Z]{2,12}$/).filter((k) => !(k in properties)),
        junkValue,
      )
      .map(([value, extra, junk]) => ({ body: { ...(value as object), [extra]: junk }, field: extra })),
  ];
  if (required.length > 0) {
    options.push(
      fc.tuple(valid(body), fc.constantFrom(...required)).map(([value, key]) => {
        const copy = { ...(value as Record<string, unknown>) };
        delete copy[key];
        return { body: copy, field: key };
      }),
    );
  }
  if (keys.length > 0) {
    options.push(
      fc
        .constantFrom(...keys)
        .chain((key) =>
          fc
            .tuple(valid(body), wrongType(properties[key]!))
            .map(([value, wrong]) => ({ body: { ...(value as object), [key]: wrong }, field: key })),
        ),
    );
  }
  return fc.oneof(...options);
}

/* ------------------------------------------------------------------------------------------------ */
/* Requests                                                                                         */
/* ------------------------------------------------------------------------------------------------ */

interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | object | Buffer;
  /** The field an API client must find named in the error. */
  field?: string;
}

const rawBody = fc.oneof(
  fc.constantFrom('{', '{"a":', '[1,2', 'null', 'true', '"text"', '{"__proto__":{"admin":true}}', '\u0000'),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constant('{"x":"'.concat('y'.repeat(1_100_000), '"}')), // over the 1 MiB body limit
);
const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=latin1',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  '',
);

/** Percent-encodes every byte (lone surrogates included, as their UTF-8 replacement). */
const encodeSegment = (text: string) =>
  [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('') || '%20';

function pathFor(route: RouteOptions, idKind: 'random' | 'real' | 'junk', junkId: string, random: string) {
  const url = route.url as string;
  return url.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    if (name === 'month') return idKind === 'junk' ? encodeSegment(junkId) : '2026-13';
    if (idKind === 'junk') return encodeSegment(junkId);
    if (idKind === 'real') return realIds.get(url.split('/')[1]!) ?? random;
    return random;
  });
}

function requestsFor(route: RouteOptions): fc.Arbitrary<Sent> {
  const method = String(route.method);
  const body = (route.schema?.body ?? undefined) as JsonSchema | undefined;
  const hasParams = /:/.test(route.url as string);
  const headers = { ...bearer(token) };
  const idKind = fc.constantFrom<'random' | 'real' | 'junk'>('random', 'real', 'junk');
  const where = fc
    .tuple(
      idKind,
      nastyString.filter((s) => s.length < 200),
      uuid,
    )
    .map(([kind, junk, random]) => ({ kind, url: pathFor(route, kind, junk, random) }));
  // Junk may happen to be a valid body (`{}` where every field is optional, anything where the route
  // takes no body): it goes to missing records only. Existing records get bodies with a sure defect.
  const elsewhere = where.filter((w) => w.kind !== 'real');
  const options: fc.Arbitrary<Sent>[] = [
    // Junk of any JSON type as the body.
    fc.tuple(elsewhere, junkValue).map(([w, junk]) => ({
      method,
      url: w.url,
      headers: { ...headers, 'content-type': 'application/json' },
      payload: JSON.stringify(junk === undefined ? null : junk),
    })),
    // Not JSON at all, or JSON under the wrong content type.
    fc.tuple(body ? where : elsewhere, rawBody, contentType).map(([w, raw, type]) => ({
      method,
      url: w.url,
      headers: type ? { ...headers, 'content-type': type } : headers,
      payload: Buffer.from(raw),
    })),
  ];
  if (body?.type === 'object') {
    // A body valid but for one defect, to an existing record as much as to a missing one.
    options.push(
      fc.tuple(where, oneDefect(body)).map(([w, d]) => ({
        method,
        url: w.url,
        headers,
        payload: d.body as object,
        ...(d.field && w.kind !== 'junk' && { field: d.field }),
      })),
    );
    // A valid body, but only where the record does not exist: it must be refused too (404), unchanged.
    if (hasParams) {
      options.push(
        fc.tuple(elsewhere, valid(body)).map(([w, value]) => ({
          method,
          url: w.url,
          headers,
          payload: value as object,
        })),
      );
    }
  }
  return fc.oneof(...options);
}

/* ------------------------------------------------------------------------------------------------ */
/* State                                                                                            */
/* ------------------------------------------------------------------------------------------------ */

/** Row count and a content hash of every table, in one query. */
async function checksum(): Promise<Record<string, string>> {
  const tables = await h.t.sql<{ name: string }[]>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`;
  const parts = tables.map(
    ({ name }) =>
      `select '${name}' as name, count(*) || ':' || coalesce(sum(hashtext(t::text)::bigint), 0) as sum from "${name}" t`,
  );
  const rows = await h.t.sql.unsafe<{ name: string; sum: string }[]>(parts.join(' union all '));
  return Object.fromEntries(rows.map((r) => [r.name, r.sum]));
}

const problems: string[] = [];
function check(
  request: Sent,
  response: { statusCode: number; body: string; headers: Record<string, unknown> },
) {
  sent++;
  const where = `${request.method} ${request.url.slice(0, 80)}`;
  const fail = (why: string) => {
    if (problems.length < 20)
      problems.push(`${where} → ${response.statusCode} ${why}: ${response.body.slice(0, 300)}`);
  };
  if (response.statusCode >= 500) return fail('server error');
  if (response.statusCode < 400) return fail('accepted an invalid request');
  let error: { code?: unknown; message?: unknown; fields?: { field: string; message: string }[] };
  try {
    error = JSON.parse(response.body).error;
  } catch {
    return fail('error body is not JSON');
  }
  if (typeof error?.code !== 'string' || typeof error.message !== 'string' || error.message.trim() === '')
    return fail('error without a code and a message');
  if (/internal|undefined|\[object|NaN/i.test(error.message)) return fail('unclear message');
  if (request.field && response.statusCode === 400) {
    const named = `${error.message} ${(error.fields ?? []).map((f) => f.field).join(' ')}`;
    if (!named.includes(request.field)) fail(`the error does not name '${request.field}'`);
  }
}

const writeRoutes = () =>
  h.routes.filter(
    (route) =>
      route.config?.access?.kind === 'staff' &&
      ['POST', 'PUT', 'PATCH', 'DELETE'].includes(String(route.method)) &&
      // Logging out with any body is a valid request that ends the session this suite runs on.
      route.url !== '/auth/logout',
  );

/* ------------------------------------------------------------------------------------------------ */
/* Webhooks                                                                                         */
/* ------------------------------------------------------------------------------------------------ */

const sid = (prefix: string) => `${prefix}${randomBytes(16).toString('hex')}`;
const junkFields = fc.dictionary(
  fc.stringMatching(/^[A-Z][A-Za-z]{1,15}$/),
  nastyString.filter((s) => !s.includes('\u0000')),
  { maxKeys: 6 },
);
/** What makes the form invalid: each of these alone must be refused. */
const defect = fc.constantFrom(
  'no-sid',
  'bad-sid',
  'bad-account',
  'other-account',
  'no-from',
  'unknown-to',
  'no-to',
);

function webhookForm(
  path: string,
  base: Record<string, string>,
  which: string,
  junk: Record<string, string>,
) {
  const form: Record<string, string> = { ...junk, ...base };
  const sidKey = path === VOICE_WEBHOOK_PATH ? 'CallSid' : 'MessageSid';
  if (which === 'no-sid') delete form[sidKey];
  if (which === 'bad-sid') form[sidKey] = `${form[sidKey]!.slice(0, 2)}${junk.Body ?? 'zz'}`;
  if (which === 'bad-account') form.AccountSid = 'AC-not-an-account';
  if (which === 'other-account') form.AccountSid = sid('AC');
  if (which === 'no-from') delete form[path === VOICE_WEBHOOK_PATH ? 'From' : 'From'];
  if (which === 'unknown-to') form.To = '+33299999999';
  if (which === 'no-to') delete form.To;
  return form;
}

const webhookRequests = fc
  .tuple(
    fc.constantFrom(SMS_WEBHOOK_PATH, VOICE_WEBHOOK_PATH, STATUS_CALLBACK_PATH),
    defect,
    junkFields,
    fc.constantFrom('+33639981234', '0639981234', 'abc', '', '+1', '+33612345678'),
  )
  .map(([path, which, junk, from]) => {
    const base: Record<string, string> =
      path === SMS_WEBHOOK_PATH
        ? {
            MessageSid: sid('SM'),
            AccountSid: ACCOUNT_SID,
            From: from,
            To: SERVICE_NUMBER,
            Body: 'navette lundi',
          }
        : path === VOICE_WEBHOOK_PATH
          ? { CallSid: sid('CA'), AccountSid: ACCOUNT_SID, From: from, To: SERVICE_NUMBER }
          : { MessageSid: sid('SM'), AccountSid: ACCOUNT_SID, MessageStatus: 'delivered' };
    // A status callback about a message we never sent is answered, harmlessly, without a defect.
    const form = webhookForm(path, base, which, junk);
    return { path, which, form };
  });

/* ------------------------------------------------------------------------------------------------ */

describe('bad input', () => {
  it('derives the write routes from the route table', () => {
    expect(writeRoutes().length).toBeGreaterThan(25);
  });

  it('refuses every malformed body to every write route and to the webhooks: no 5xx, a clear error, no change', async () => {
    const before = await checksum();
    const routes = writeRoutes();
    const runsPerRoute = Math.ceil((TOTAL - WEBHOOK_RUNS) / routes.length);
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(requestsFor(route), async (request) => {
          const response = await h.app.inject({
            method: request.method as 'POST',
            url: request.url,
            headers: request.headers,
            ...(request.payload !== undefined && { payload: request.payload }),
          });
          check(request, response);
        }),
        { numRuns: runsPerRoute, seed: Number(process.env.BAD_INPUT_SEED ?? 20261202) },
      );
    }
    await fc.assert(
      fc.asyncProperty(webhookRequests, async ({ path, form }) => {
        const url = `${path}`;
        const signature = signTwilioRequest(AUTH_TOKEN, `${PUBLIC_BASE_URL}${url}`, form);
        const payload = new URLSearchParams(form).toString();
        const request = { method: 'POST', url, headers: {}, payload };
        const response = await h.app.inject({
          method: 'POST',
          url,
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
          payload,
        });
        // A status callback for an unknown message is acknowledged and ignored: polite, not an error.
        if (path === STATUS_CALLBACK_PATH && response.statusCode === 204) {
          sent++;
          return;
        }
        check(request, response);
      }),
      { numRuns: WEBHOOK_RUNS, seed: Number(process.env.BAD_INPUT_SEED ?? 20261202) },
    );
    const after = await checksum();
    const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
    expect(problems).toEqual([]);
    expect(changed).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(TOTAL);
  }, 300_000);

  it('takes a JSON body as sent (null is not false, "2" is not 2) and still reads numbers in a query string', async () => {
    const booking = { shuttleRoundId: crypto.randomUUID(), residentId: realIds.get('residents') };
    for (const [field, value] of [
      ['late', null],
      ['passengers', '2'],
      ['wheelchair', 'true'],
    ] as const) {
      const response = await h.app.inject({
        method: 'POST',
        url: '/seat-bookings',
        headers: bearer(token),
        payload: { ...booking, [field]: value },
      });
      expect(response.statusCode, `${field}: ${JSON.stringify(value)}`).toBe(400);
      expect(response.json().error.fields.map((f: { field: string }) => f.field)).toContain(`/${field}`);
    }
    const page = await h.app.inject({
      method: 'GET',
      url: '/residents?pageSize=1&page=1',
      headers: bearer(token),
    });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ page: 1, pageSize: 1 });
  });

  it('answers schema-valid bodies with exotic text on every write route without a 5xx', async () => {
    exoticStrings = true;
    const before = problems.length;
    try {
      for (const route of writeRoutes()) {
        const body = route.schema?.body as JsonSchema | undefined;
        const where = fc
          .tuple(fc.constantFrom<'random' | 'real'>('random', 'real'), uuid)
          .map(([kind, random]) => pathFor(route, kind, '', random));
        await fc.assert(
          fc.asyncProperty(where, body ? valid(body) : fc.constant(undefined), async (url, value) => {
            const request: Sent = { method: String(route.method), url, headers: bearer(token) };
            const response = await h.app.inject({
              method: request.method as 'POST',
              url,
              headers: request.headers,
              ...(value !== undefined && { payload: value as object }),
            });
            // Valid requests may succeed; they must never fail on our side.
            if (response.statusCode < 400 && response.statusCode >= 200) return;
            check(request, response);
          }),
          { numRuns: Number(process.env.BAD_INPUT_EXOTIC_RUNS ?? 15), seed: 20261202 },
        );
      }
    } finally {
      exoticStrings = false;
    }
    expect(problems.slice(before)).toEqual([]);
  }, 120_000);

  it('answers valid webhooks carrying junk text or keys politely, in French', async () => {
    const texts = fc.oneof(nastyString, fc.string({ unit: 'grapheme', maxLength: 160 }));
    const callers = fc.constantFrom('+33639981234', '+33612345678', '+33261910000');
    const french = /[àâçéèêîôûù]|\b(?:vous|votre|pour|nous|pas|appel|tapez|répondez)\b/i;
    const known = await h.t.sql<{ id: string }[]>`select id from messages`;
    await fc.assert(
      fc.asyncProperty(fc.boolean(), texts, callers, junkFields, async (voice, text, from, junk) => {
        const form = voice
          ? {
              ...junk,
              CallSid: sid('CA'),
              AccountSid: ACCOUNT_SID,
              From: from,
              To: SERVICE_NUMBER,
              Digits: text,
            }
          : {
              ...junk,
              MessageSid: sid('SM'),
              AccountSid: ACCOUNT_SID,
              From: from,
              To: SERVICE_NUMBER,
              Body: text,
            };
        const url = voice ? VOICE_WEBHOOK_PATH : SMS_WEBHOOK_PATH;
        const response = await h.app.inject({
          method: 'POST',
          url,
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'x-twilio-signature': signTwilioRequest(AUTH_TOKEN, `${PUBLIC_BASE_URL}${url}`, form),
          },
          payload: new URLSearchParams(form).toString(),
        });
        expect(response.statusCode, response.body).toBe(200);
        expect(response.headers['content-type']).toMatch(/^text\/xml/);
        if (voice) {
          const said = [...response.body.matchAll(/<Say[^>]*>([\s\S]*?)<\/Say>/g)].map((m) =>
            m[1]!.replace(/<[^>]+>/g, ''),
          );
          expect(said.length).toBeGreaterThan(0);
          expect(said.join(' ')).toMatch(french);
        }
      }),
      { numRuns: Number(process.env.BAD_INPUT_POLITE_RUNS ?? 100), seed: 20261202 },
    );
    // Every SMS answer queued for these texts is French, and never empty.
    const replies = await h.t.sql<{ body: string }[]>`
      select body from messages
      where direction = 'outbound' and not (id = any(${known.map((m) => m.id)}::uuid[]))`;
    expect(replies.length).toBeGreaterThan(0);
    for (const { body } of replies) expect(body).toMatch(french);
  }, 120_000);
});
