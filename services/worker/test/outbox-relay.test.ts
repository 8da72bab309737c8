import { randomUUID } from 'node:crypto';
import { createDb, type DbHandle, schema } from '@solimob/db';
import { createTestDatabase, type TestDatabase } from '@solimob/db/testing';
import { enqueueJob, type ServiceContext } from '@solimob/domain';
import {
  closeRedisConnection,
  createQueues,
  createRedisConnection,
  outboxJobId,
  type Queues,
} from '@solimob/queue';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger';
import { createOutboxRelay, OUTBOX_NOTIFY_CHANNEL, type OutboxRelay } from '../src/outbox-relay';
import { createTerritoryContext } from './support/db';
import { deleteKeys, redisUrl, uniquePrefix } from './support/redis';
import { TcpProxy } from './support/tcp-proxy';
import { waitFor } from './support/wait';

const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
const o = schema.outbox;

let t: TestDatabase;
let ctx: ServiceContext;
let admin: Redis;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  ctx = await createTerritoryContext(t);
  admin = createRedisConnection(redisUrl(), 'producer');
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  // Each test starts from an empty outbox; rows of earlier tests would be published by later relays.
  await t.db.delete(o);
});
afterAll(async () => {
  await closeRedisConnection(admin);
  await t?.drop();
});

/** Queues on their own prefix and connection, removed after the test. */
function queuesOn(url: string, prefix = uniquePrefix(), addTimeoutMs = 2_000): Queues {
  const connection = createRedisConnection(url, 'producer', { overrides: { retryStrategy: () => 50 } });
  const queues = createQueues(connection, { prefix, addTimeoutMs });
  cleanups.push(async () => {
    await queues.close().catch(() => {});
    await closeRedisConnection(connection);
    await deleteKeys(admin, prefix);
  });
  return queues;
}

function relayFor(
  queues: Queues,
  overrides: Partial<Parameters<typeof createOutboxRelay>[0]> = {},
): OutboxRelay {
  const relay = createOutboxRelay({
    db: t.db,
    queues,
    logger,
    pollMs: 20,
    retryBaseMs: 0,
    retryMaxMs: 100,
    ...overrides,
  });
  cleanups.push(() => relay.stop());
  return relay;
}

const enqueueSend = (availableAt?: Date) =>
  enqueueJob(
    t.db,
    'send-message',
    { messageId: randomUUID() },
    { territoryId: ctx.actor.territoryId, ...(availableAt ? { availableAt } : {}) },
  );

const rowsById = async (ids: number[]) => t.db.select().from(o).where(inArray(o.id, ids)).orderBy(o.id);

async function jobIdsIn(queues: Queues): Promise<string[]> {
  const jobs = await queues.byName.messages.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed']);
  return jobs.map((job) => job.id ?? '').sort();
}

describe('outbox relay', () => {
  it('publishes a due row as a BullMQ job with the deterministic id and marks it published', async () => {
    const queues = queuesOn(redisUrl());
    const id = await enqueueSend();
    const [row] = await rowsById([id]);

    expect(await relayFor(queues).runOnce()).toEqual({ selected: 1, published: 1, failed: 0 });

    const job = await queues.byName.messages.getJob(outboxJobId(id));
    expect(job?.name).toBe('send-message');
    expect(job?.data).toEqual(row!.payload);
    const [after] = await rowsById([id]);
    expect(after!.publishedAt).toBeInstanceOf(Date);
    expect(after!.attempts).toBe(0);
  });

  it('does not create a second job when a row is published again after a crash before the commit', async () => {
    const queues = queuesOn(redisUrl());
    const relay = relayFor(queues);
    const id = await enqueueSend();
    await relay.runOnce();
    // What a crash between "added to Redis" and "transaction committed" leaves behind.
    await t.db.update(o).set({ publishedAt: null }).where(eq(o.id, id));

    expect(await relay.runOnce()).toEqual({ selected: 1, published: 1, failed: 0 });
    expect(await jobIdsIn(queues)).toEqual([outboxJobId(id)]);
    expect(await queues.byName.messages.count()).toBe(1);
  });

  it('publishes a delayed row only once it is due', async () => {
    const queues = queuesOn(redisUrl());
    const relay = relayFor(queues);
    const id = await enqueueSend(new Date(Date.now() + 3_600_000));

    expect(await relay.runOnce()).toEqual({ selected: 0, published: 0, failed: 0 });
    expect(await jobIdsIn(queues)).toEqual([]);

    await t.db.update(o).set({ availableAt: sql`now() - interval '1 second'` }).where(eq(o.id, id));
    await relay.runOnce();
    expect(await jobIdsIn(queues)).toEqual([outboxJobId(id)]);
  });

  it('follows the service clock for delayed work, so a simulated clock drives offer waves', async () => {
    const queues = queuesOn(redisUrl());
    let simulated = new Date(Date.now() + 60_000);
    const relay = relayFor(queues, { clock: { now: () => simulated } });
    const id = await enqueueSend(new Date(Date.now() + 2 * 3_600_000));
    expect((await relay.runOnce()).selected).toBe(0);
    simulated = new Date(Date.now() + 2 * 3_600_000 + 1_000);
    await relay.runOnce();
    expect(await jobIdsIn(queues)).toEqual([outboxJobId(id)]);
  });

  it('keeps rows when Redis cannot be reached, then publishes each exactly once when it can', async () => {
    const prefix = uniquePrefix();
    // Nothing listens on port 1: every add times out, as while Redis is down.
    const offline = relayFor(queuesOn('redis://127.0.0.1:1', prefix, 300), { retryBaseMs: 0 });
    const ids = [await enqueueSend(), await enqueueSend(), await enqueueSend()];

    expect(await offline.runOnce()).toEqual({ selected: 3, published: 0, failed: 3 });
    expect(await offline.runOnce()).toEqual({ selected: 3, published: 0, failed: 3 });
    for (const row of await rowsById(ids)) {
      expect(row.publishedAt).toBeNull();
      expect(row.attempts).toBe(2);
      expect(row.lastError).toContain('AddJobTimeoutError');
    }

    const online = queuesOn(redisUrl(), prefix);
    expect(await jobIdsIn(online)).toEqual([]);
    expect(await relayFor(online).runOnce()).toEqual({ selected: 3, published: 3, failed: 0 });
    expect(await jobIdsIn(online)).toEqual(ids.map(outboxJobId).sort());
    expect((await rowsById(ids)).every((row) => row.publishedAt !== null)).toBe(true);
  });

  it('rides out a Redis outage while running: rows wait, then go out once', async () => {
    const [host, port] = [new URL(redisUrl()).hostname, Number(new URL(redisUrl()).port || 6379)];
    const proxy = new TcpProxy(host, port);
    await proxy.up();
    cleanups.push(() => proxy.down());
    const queues = queuesOn(proxy.url, uniquePrefix(), 300);
    const relay = relayFor(queues, { retryBaseMs: 20, retryMaxMs: 200 });
    await relay.start();

    const before = await enqueueSend();
    await waitFor(async () => (await rowsById([before]))[0]!.publishedAt, 'the first row to be published');

    await proxy.down();
    const during = [await enqueueSend(), await enqueueSend()];
    relay.wake();
    await waitFor(
      async () => (await rowsById(during)).every((row) => row.attempts >= 1 && row.lastError),
      'failed attempts to be recorded',
    );
    expect((await rowsById(during)).every((row) => row.publishedAt === null)).toBe(true);

    await proxy.up();
    await waitFor(
      async () => (await rowsById(during)).every((row) => row.publishedAt !== null),
      'the rows to be published after the outage',
    );
    expect(await jobIdsIn(queues)).toEqual([before, ...during].map(outboxJobId).sort());
  });

  it('publishes at once when told Redis is back, instead of after its backoff', async () => {
    const proxy = new TcpProxy('127.0.0.1', Number(new URL(redisUrl()).port || 6379));
    await proxy.up();
    cleanups.push(() => proxy.down());
    const queues = queuesOn(proxy.url, uniquePrefix(), 300);
    // A minute of backoff after a failure: only retryNow can get the rows out within the test.
    const relay = relayFor(queues, { pollMs: 20, retryBaseMs: 60_000, retryMaxMs: 60_000 });
    await proxy.down();
    const ids = [await enqueueSend(), await enqueueSend()];
    expect((await relay.runOnce()).failed).toBe(2);
    const delayed = await rowsById(ids);
    expect(delayed.every((row) => row.availableAt.getTime() > Date.now() + 30_000)).toBe(true);

    await proxy.up();
    // What the worker does on its Redis connection's 'ready': here, once it has had time to reconnect.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await relay.start();
    relay.retryNow();
    await waitFor(
      async () => (await rowsById(ids)).every((row) => row.publishedAt),
      'the rows to be published',
      10_000,
    );
    expect(await jobIdsIn(queues)).toEqual(ids.map(outboxJobId).sort());
  });

  it('lets two relays run at once without publishing a row twice', async () => {
    const prefix = uniquePrefix();
    const ids: number[] = [];
    for (let i = 0; i < 60; i += 1) ids.push(await enqueueSend());
    // Separate pools and Redis connections: two relay processes.
    const otherDb: DbHandle = createDb(t.url, { max: 2 });
    cleanups.push(() => otherDb.close());
    const relays = [
      relayFor(queuesOn(redisUrl(), prefix), { batchSize: 7 }),
      createOutboxRelay({
        db: otherDb.db,
        queues: queuesOn(redisUrl(), prefix),
        logger,
        pollMs: 20,
        batchSize: 7,
      }),
    ];

    const drain = async (relay: OutboxRelay) => {
      let published = 0;
      for (;;) {
        const result = await relay.runOnce();
        published += result.published;
        if (result.selected === 0) return published;
      }
    };
    const counts = await Promise.all(relays.map(drain));

    expect(counts[0]! + counts[1]!).toBe(ids.length);
    const online = queuesOn(redisUrl(), prefix);
    expect(await jobIdsIn(online)).toEqual(ids.map(outboxJobId).sort());
  });

  it('sets aside a row it cannot publish without blocking the rows behind it', async () => {
    const queues = queuesOn(redisUrl());
    const [bad] = await t.db
      .insert(o)
      .values({ queue: 'messages', jobName: 'no-such-job', payload: { messageId: randomUUID() } })
      .returning();
    const good = await enqueueSend();

    expect(await relayFor(queues, { retryBaseMs: 60_000, retryMaxMs: 120_000 }).runOnce()).toEqual({
      selected: 2,
      published: 1,
      failed: 1,
    });
    const [badAfter, goodAfter] = await rowsById([bad!.id, good]);
    expect(badAfter).toMatchObject({ publishedAt: null, attempts: 1 });
    expect(badAfter!.lastError).toContain("unknown job 'no-such-job'");
    expect(badAfter!.availableAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
    expect(goodAfter!.publishedAt).not.toBeNull();
    expect(await jobIdsIn(queues)).toEqual([outboxJobId(good)]);
  });

  it('LISTENs again after Postgres went away for longer than postgres.js retries its LISTEN', async () => {
    const queues = queuesOn(redisUrl());
    const target = new URL(t.url);
    const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.up();
    cleanups.push(() => proxy.down());
    const viaProxy = new URL(t.url);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    const listener = () => createDb(viaProxy.toString(), { max: 1, connectTimeoutSeconds: 1 }).sql;
    // Polling too slow to matter: only a working LISTEN gets the row out in time.
    const relay = relayFor(queues, { pollMs: 60_000, listenWith: listener, listenCheckMs: 200 });
    await relay.start();
    await new Promise((resolve) => setTimeout(resolve, 200));

    // Postgres "restarts": the LISTEN connection is cut and new ones are refused for a while, so the
    // driver's one attempt to LISTEN again fails.
    await proxy.down();
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    await proxy.up();
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    const id = await t.db.transaction(async (tx) => {
      const rowId = await enqueueJob(tx, 'send-message', { messageId: randomUUID() }, { territoryId: null });
      await tx.execute(sql`select pg_notify(${OUTBOX_NOTIFY_CHANNEL}, '')`);
      return rowId;
    });
    await waitFor(
      async () => (await rowsById([id]))[0]!.publishedAt,
      'the notified row to be published',
      10_000,
    );
  });

  it('wakes up on NOTIFY instead of waiting for the next poll', async () => {
    const queues = queuesOn(redisUrl());
    // A poll interval longer than the test timeout: only the notification can get the row out in time.
    const relay = relayFor(queues, { pollMs: 60_000, listenWith: () => createDb(t.url, { max: 1 }).sql });
    await relay.start();
    await new Promise((resolve) => setTimeout(resolve, 200));

    const id = await t.db.transaction(async (tx) => {
      const rowId = await enqueueJob(tx, 'send-message', { messageId: randomUUID() }, { territoryId: null });
      await tx.execute(sql`select pg_notify(${OUTBOX_NOTIFY_CHANNEL}, '')`);
      return rowId;
    });
    await waitFor(
      async () => (await rowsById([id]))[0]!.publishedAt,
      'the notified row to be published',
      10_000,
    );
    expect(await jobIdsIn(queues)).toEqual([outboxJobId(id)]);
  });
});
