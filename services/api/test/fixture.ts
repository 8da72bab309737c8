import type { DbHandle } from '@solimob/db';
import { schema } from '@solimob/db';
import { createTestDatabase, type TestDatabase } from '@solimob/db/testing';
import type { Clock, PasswordHasher } from '@solimob/domain';
import type { RouteOptions } from 'fastify';
import { Redis } from 'ioredis';
import { createArgon2Hasher } from '../src/adapters/argon2';
import { type AppDeps, buildApp } from '../src/app';
import type { App } from '../src/routes/types';

export const PASSWORD = 'correct horse battery staple';

/** A clock tests move by hand: session expiry without waiting. */
export class TestClock implements Clock {
  constructor(public current = new Date('2026-11-30T08:00:00Z')) {}
  now() {
    return new Date(this.current);
  }
  advanceHours(hours: number) {
    this.current = new Date(this.current.getTime() + hours * 3_600_000);
  }
}

export const redisUrl = () => process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export function createRedis(url = redisUrl()) {
  const redis = new Redis(url, { enableOfflineQueue: false, lazyConnect: true, maxRetriesPerRequest: 1 });
  redis.on('error', () => {});
  return redis;
}

export interface Territory {
  id: string;
  communes: { id: string; name: string }[];
  staff: Record<
    'admin' | 'coordinator' | 'partner' | 'read_only' | 'inactive',
    { id: string; email: string }
  >;
}

async function seedTerritory(db: DbHandle['db'], slug: string, passwordHash: string): Promise<Territory> {
  const [territory] = await db
    .insert(schema.territories)
    .values({ slug, name: `Territory ${slug}`, mileageRateEurPerKm: 0.321, timezone: 'Europe/Paris' })
    .returning();
  const id = territory!.id;
  const communes = await db
    .insert(schema.communes)
    .values([
      {
        territoryId: id,
        name: `Questembert-${slug}`,
        inseeCode: slug === 'a' ? '56184' : '56001',
        postalCode: '56230',
        lat: 47.66,
        lon: -2.45,
        zone: 'Centre',
      },
      {
        territoryId: id,
        name: `Berric-${slug}`,
        inseeCode: slug === 'a' ? '56015' : '56002',
        postalCode: '56230',
        lat: 47.63,
        lon: -2.52,
        zone: 'Ouest',
      },
    ])
    .returning({ id: schema.communes.id, name: schema.communes.name });
  const roles = ['admin', 'coordinator', 'partner', 'read_only', 'inactive'] as const;
  const staff = {} as Territory['staff'];
  for (const role of roles) {
    const email = `${role}@${slug}.example.org`;
    const [user] = await db
      .insert(schema.staffUsers)
      .values({
        territoryId: id,
        email,
        displayName: `${role} ${slug}`,
        passwordHash,
        role: role === 'inactive' ? 'coordinator' : role,
        active: role !== 'inactive',
      })
      .returning({ id: schema.staffUsers.id });
    staff[role] = { id: user!.id, email };
  }
  // The partner works for every commune of its territory unless a test narrows it (residentScope).
  await db
    .insert(schema.staffUserCommunes)
    .values(communes.map((c) => ({ staffUserId: staff.partner.id, communeId: c.id })));
  return { id, communes: communes.sort((x, y) => x.name.localeCompare(y.name)), staff };
}

export interface Harness {
  t: TestDatabase;
  app: App;
  clock: TestClock;
  redis: Redis;
  a: Territory;
  b: Territory;
  routes: RouteOptions[];
  passwords: PasswordHasher;
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** A fresh database with two territories and one staff account per role in each, and an app on it. */
export async function createHarness(overrides: Partial<AppDeps> = {}): Promise<Harness> {
  const t = await createTestDatabase();
  const passwords = createArgon2Hasher();
  const passwordHash = await passwords.hash(PASSWORD);
  const a = await seedTerritory(t.db, 'a', passwordHash);
  const b = await seedTerritory(t.db, 'b', passwordHash);
  const clock = new TestClock();
  const redis = createRedis();
  const routes: RouteOptions[] = [];
  const app = await buildApp({
    config: {
      PUBLIC_BASE_URL: 'http://localhost:3000',
      SIGNED_LINK_SECRET: 'test-link-secret-of-at-least-32-characters',
      SESSION_TTL_HOURS: 12,
      LOG_LEVEL: 'silent',
    },
    db: t,
    redis,
    clock,
    logger: false,
    passwords,
    onRoute: (route) => routes.push(route),
    // Rate-limit counters live in Redis: a prefix of its own per harness, so runs and files never share.
    rateLimits: { prefix: `test-rate-${crypto.randomUUID()}` },
    ...overrides,
  });
  await app.ready();
  const tokens = new Map<string, string>();
  return {
    t,
    app,
    clock,
    redis,
    a,
    b,
    routes,
    passwords,
    async login(email, password = PASSWORD) {
      const cached = tokens.get(email);
      if (cached && password === PASSWORD) return cached;
      const response = await app.inject({ method: 'POST', url: '/auth/login', payload: { email, password } });
      if (response.statusCode !== 200)
        throw new Error(`login failed: ${response.statusCode} ${response.body}`);
      const token = response.json<{ token: string }>().token;
      tokens.set(email, token);
      return token;
    },
    async close() {
      await app.close();
      redis.disconnect();
      await t.drop();
    },
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export async function countRows(
  t: TestDatabase,
  table:
    | 'residents'
    | 'resident_phones'
    | 'outbox'
    | 'messages'
    | 'ride_requests'
    | 'volunteer_drivers'
    | 'places'
    | 'audit_log',
) {
  const [row] = await t.sql.unsafe(`select count(*)::int as n from ${table}`);
  return (row as unknown as { n: number }).n;
}
