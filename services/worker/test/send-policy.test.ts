import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schema } from '@solimob/db';
import { createTestDatabase, type TestDatabase } from '@solimob/db/testing';
import { PER_NUMBER_RATE, queueMessage, type ServiceContext } from '@solimob/domain';
import { closeRedisConnection, createRedisConnection } from '@solimob/queue';
import { eq } from 'drizzle-orm';
import type { Redis } from 'ioredis';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkerApp, type WorkerApp } from '../src/app';
import { createLogger } from '../src/logger';
import { createTerritoryContext } from './support/db';
import { createFileProvider, readAccepted } from './support/file-provider';
import { deleteKeys, redisUrl, uniquePrefix } from './support/redis';
import { waitFor } from './support/wait';

let t: TestDatabase;
let ctx: ServiceContext;
let admin: Redis;
let app: WorkerApp;
let dir: string;
const prefix = uniquePrefix();

/** A quiet window around the real time now (the outbox relay compares with the database clock). */
const local = DateTime.now().setZone('Europe/Paris');
const window = {
  start: local.minus({ hours: 1 }).toFormat('HH:mm'),
  end: local.plus({ hours: 1 }).toFormat('HH:mm'),
};

beforeAll(async () => {
  t = await createTestDatabase();
  ctx = await createTerritoryContext(t);
  admin = createRedisConnection(redisUrl(), 'producer');
  dir = mkdtempSync(join(tmpdir(), 'solimob-policy-'));
  app = await startWorkerApp({
    config: {
      DATABASE_URL: t.url,
      REDIS_URL: redisUrl(),
      QUEUE_PREFIX: prefix,
      WORKER_CONCURRENCY: 2,
      OUTBOX_POLL_MS: 20,
    },
    sender: createFileProvider(join(dir, 'provider.jsonl')),
    logger: createLogger('silent'),
    schedules: [],
    sendPolicy: { quietHours: window, perNumber: PER_NUMBER_RATE },
    tuning: { relay: { retryBaseMs: 10, retryMaxMs: 100 } },
  });
});
afterAll(async () => {
  await app?.stop();
  await deleteKeys(admin, prefix);
  await closeRedisConnection(admin);
  await t?.drop();
  rmSync(dir, { recursive: true, force: true });
});

const load = async (id: string) =>
  (await t.db.select().from(schema.messages).where(eq(schema.messages.id, id)))[0]!;

describe('the worker during quiet hours', () => {
  it('holds a non-urgent message with a job waiting in the outbox, and sends an urgent one at once', async () => {
    const held = await queueMessage(ctx, {
      channel: 'sms',
      to: '+33639986001',
      body: 'Rappel : navette lundi.',
      idempotencyKey: 'quiet-1',
    });
    const urgent = await queueMessage(ctx, {
      channel: 'sms',
      to: '+33639986002',
      body: 'Votre chauffeur a du retard.',
      idempotencyKey: 'quiet-2',
      urgent: true,
    });
    await waitFor(
      async () => (await load(urgent.id)).status === 'delivered' || (await load(urgent.id)).status === 'sent',
      'the urgent message',
    );
    const heldRow = await waitFor(async () => {
      const row = await load(held.id);
      return row.heldUntil ? row : undefined;
    }, 'the message to be held');
    const end = local.plus({ hours: 1 }).set({ second: 0, millisecond: 0 }).toJSDate();
    expect(heldRow).toMatchObject({ status: 'pending', heldUntil: end });
    expect(readAccepted(join(dir, 'provider.jsonl')).map((m) => m.messageId)).toEqual([urgent.id]);
    const waiting = await t.db.select().from(schema.outbox).where(eq(schema.outbox.availableAt, end));
    expect(waiting.map((row) => row.payload)).toEqual([{ messageId: held.id }]);
    expect(waiting[0]!.publishedAt).toBeNull();
  });
});
