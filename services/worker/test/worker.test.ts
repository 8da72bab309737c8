import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schema } from '@solimob/db';
import { createTestDatabase, type TestDatabase } from '@solimob/db/testing';
import { type MessageSender, queueMessage, type ServiceContext } from '@solimob/domain';
import { closeRedisConnection, createRedisConnection, outboxJobId } from '@solimob/queue';
import type { Job } from 'bullmq';
import { eq } from 'drizzle-orm';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startWorkerApp, type WorkerApp } from '../src/app';
import { createLogger } from '../src/logger';
import { serveMetrics } from '../src/metrics';
import { type ProcessorTable, processors } from '../src/processors';
import type { Schedule } from '../src/schedules';
import { createTerritoryContext } from './support/db';
import { createFileProvider, type FileProviderOptions, readAccepted } from './support/file-provider';
import { deleteKeys, redisUrl, uniquePrefix } from './support/redis';
import { waitFor } from './support/wait';

const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');

let t: TestDatabase;
let ctx: ServiceContext;
let admin: Redis;
let dir: string;
const running: { app: WorkerApp; prefix: string }[] = [];
let keySeq = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  ctx = await createTerritoryContext(t);
  admin = createRedisConnection(redisUrl(), 'producer');
  dir = mkdtempSync(join(tmpdir(), 'solimob-worker-'));
});
afterEach(async () => {
  for (const { app, prefix } of running.splice(0)) {
    await app.stop();
    await deleteKeys(admin, prefix);
  }
  await t.db.delete(schema.outbox);
});
afterAll(async () => {
  await closeRedisConnection(admin);
  await t?.drop();
  rmSync(dir, { recursive: true, force: true });
});

async function start(
  sender: MessageSender,
  options: { runRelay?: boolean; prefix?: string; schedules?: Schedule[]; processors?: ProcessorTable } = {},
) {
  const prefix = options.prefix ?? uniquePrefix();
  const app = await startWorkerApp({
    config: {
      DATABASE_URL: t.url,
      REDIS_URL: redisUrl(),
      QUEUE_PREFIX: prefix,
      WORKER_CONCURRENCY: 2,
      OUTBOX_POLL_MS: 20,
    },
    sender,
    logger,
    schedules: options.schedules ?? [],
    // These tests send bursts to one number: the per-number rate has its own test (send-policy).
    sendPolicy: { quietHours: null, perNumber: { limit: 10_000, windowMs: 60_000 } },
    ...(options.processors ? { processors: options.processors } : {}),
    tuning: {
      runRelay: options.runRelay ?? true,
      relay: { retryBaseMs: 10, retryMaxMs: 100 },
      queues: { jobOptions: { messages: { attempts: 3, backoff: { type: 'fixed', delay: 50 } } } },
    },
  });
  running.push({ app, prefix });
  return app;
}

function provider(options: FileProviderOptions = {}) {
  const file = join(dir, `provider-${++keySeq}.jsonl`);
  return { sender: createFileProvider(file, options), accepted: () => readAccepted(file) };
}

async function queue(body = 'Votre trajet de lundi est confirmé.') {
  keySeq += 1;
  const { id } = await queueMessage(ctx, {
    channel: 'sms',
    to: '+33612345678',
    body,
    idempotencyKey: `w-${keySeq}`,
  });
  return id;
}

const messageRow = async (id: string) =>
  (await t.db.select().from(schema.messages).where(eq(schema.messages.id, id)))[0]!;
const outboxRowFor = async (messageId: string) =>
  (await t.db.select().from(schema.outbox)).find((row) => row.payload.messageId === messageId)!;

async function settledJob(app: WorkerApp, jobId: string): Promise<Job> {
  const queue = app.queues.byName.messages;
  await waitFor(async () => {
    const state = await queue.getJobState(jobId);
    return state === 'completed' || state === 'failed';
  }, `job ${jobId} to settle`);
  // Read the job after it settled: a snapshot taken while it ran would show stale attempts.
  return (await queue.getJob(jobId))!;
}

describe('worker', () => {
  it('serves metrics: queue depth, jobs by outcome, deliveries by outcome, behind the token', async () => {
    const { sender } = provider({ script: ['transient'] });
    const app = await start(sender, { runRelay: false });
    const id = await queue();
    const row = await outboxRowFor(id);
    const server = await serveMetrics(app.metrics, {
      port: 0,
      token: 'worker-metrics-token',
      host: '127.0.0.1',
    });
    try {
      const scrape = (token?: string) =>
        fetch(`http://127.0.0.1:${server.port}/metrics`, {
          headers: token ? { authorization: `Bearer ${token}` } : {},
        });
      expect((await scrape()).status).toBe(401);
      expect((await scrape('wrong-token')).status).toBe(401);
      // The relay is off: the row waits in the outbox.
      expect(await (await scrape('worker-metrics-token')).text()).toMatch(
        /^solimob_outbox_unpublished\{service="worker"\} 1$/m,
      );

      await app.relay.runOnce();
      await settledJob(app, outboxJobId(row.id));
      const text = await (await scrape('worker-metrics-token')).text();
      expect(text).toMatch(/^solimob_queue_jobs\{queue="messages",state="waiting",service="worker"\} 0$/m);
      expect(text).toMatch(/^solimob_outbox_unpublished\{service="worker"\} 0$/m);
      expect(text).toMatch(
        /^solimob_jobs_total\{queue="messages",job="send-message",outcome="failed",service="worker"\} 1$/m,
      );
      expect(text).toMatch(
        /^solimob_jobs_total\{queue="messages",job="send-message",outcome="completed",service="worker"\} 1$/m,
      );
      expect(text).toMatch(/^solimob_message_deliveries_total\{outcome="sent",service="worker"\} 1$/m);
      expect(text).not.toContain('+33612345678');
    } finally {
      await server.close();
    }
  });

  it('sends a queued message once: outbox → relay → BullMQ → processor → provider', async () => {
    const { sender, accepted } = provider();
    const app = await start(sender);
    const id = await queue();

    const row = await outboxRowFor(id);
    const job = await settledJob(app, outboxJobId(row.id));
    expect(await job.getState()).toBe('completed');
    expect(accepted().map((a) => [a.messageId, a.to, a.body])).toEqual([
      [id, '+33612345678', 'Votre trajet de lundi est confirmé.'],
    ]);
    expect(await messageRow(id)).toMatchObject({ status: 'sent', provider: 'file-fake', attempts: 1 });

    // The row is published again, as after a relay crash before its commit: no second send.
    await t.db.update(schema.outbox).set({ publishedAt: null }).where(eq(schema.outbox.id, row.id));
    app.relay.wake();
    await waitFor(async () => (await outboxRowFor(id)).publishedAt, 'the row to be re-published');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(accepted()).toHaveLength(1);
    expect(await app.queues.byName.messages.getCompletedCount()).toBe(1);
  });

  it('sends nothing while the relay does not run: the outbox row is what gets the message out', async () => {
    const { sender, accepted } = provider();
    const app = await start(sender, { runRelay: false });
    const id = await queue();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(accepted()).toEqual([]);
    expect((await messageRow(id)).status).toBe('pending');

    await app.relay.runOnce();
    await waitFor(async () => (await messageRow(id)).status === 'sent', 'the message to be sent');
    expect(accepted()).toHaveLength(1);
  });

  it('retries a transient provider failure and still sends once', async () => {
    const { sender, accepted } = provider({ script: ['transient', 'transient'] });
    const app = await start(sender);
    const id = await queue();
    const job = await settledJob(app, outboxJobId((await outboxRowFor(id)).id));
    expect(await job.getState()).toBe('completed');
    expect(job.attemptsMade).toBe(3);
    expect(accepted()).toHaveLength(1);
    expect(await messageRow(id)).toMatchObject({ status: 'sent', attempts: 3 });
  });

  it('fails a permanently refused message without retrying, and keeps the number out of Redis', async () => {
    const { sender, accepted } = provider({ script: ['permanent'] });
    const app = await start(sender);
    const id = await queue();
    const job = await settledJob(app, outboxJobId((await outboxRowFor(id)).id));
    expect(await job.getState()).toBe('failed');
    expect(job.attemptsMade).toBe(1);
    expect(job.failedReason).toContain('PermanentSendError');
    expect(job.failedReason).not.toContain('612345678');
    expect(accepted()).toEqual([]);
    expect(await messageRow(id)).toMatchObject({ status: 'failed', errorCode: '21211' });
  });

  it('fails a job with an invalid payload as unrecoverable, without calling a processor', async () => {
    const { sender, accepted } = provider();
    const app = await start(sender);
    // Bypasses addJob's validation, as a job written by an older or foreign producer would.
    const bad = await app.queues.byName.messages.add(
      'send-message',
      { messageId: 'not-a-uuid' },
      { jobId: 'bad-1' },
    );
    const unknown = await app.queues.byName.messages.add('unknown-job', {}, { jobId: 'bad-2' });

    for (const added of [bad, unknown]) {
      const job = await settledJob(app, added.id!);
      expect(await job.getState()).toBe('failed');
      expect(job.attemptsMade).toBe(1);
    }
    expect((await settledJob(app, 'bad-1')).failedReason).toContain('/messageId');
    expect((await settledJob(app, 'bad-2')).failedReason).toContain("no processor for job 'unknown-job'");
    expect(accepted()).toEqual([]);
  });

  it('only consumes queues that have a processor: other jobs wait in Redis', async () => {
    const { sender } = provider();
    const app = await start(sender, { processors: { messages: processors.messages } });
    expect(app.workers.map((worker) => worker.name)).toEqual(['messages']);
    const job = await app.queues.addJob('match-ride-request', { rideRequestId: crypto.randomUUID() });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await job.getState()).toBe('waiting');
  });

  it('with two worker processes running relays, sends every message exactly once', async () => {
    const { sender, accepted } = provider();
    const prefix = uniquePrefix();
    const apps = [await start(sender, { prefix }), await start(sender, { prefix })];
    const ids: string[] = [];
    for (let i = 0; i < 20; i += 1) ids.push(await queue(`Message ${i}`));

    await waitFor(async () => {
      const rows = await t.db.select().from(schema.messages);
      return ids.every((id) => rows.find((row) => row.id === id)?.status === 'sent');
    }, 'every message to be sent');
    expect(
      accepted()
        .map((a) => a.messageId)
        .sort(),
    ).toEqual([...ids].sort());
    const completed = await apps[0]!.queues.byName.messages.getCompletedCount();
    expect(completed).toBe(ids.length);
  });

  it('runs recurring work from BullMQ job schedulers, registered once however often the worker starts', async () => {
    const prefix = uniquePrefix();
    const everySecond: Schedule[] = [
      { id: 'test-sweep', pattern: '* * * * * *', job: 'sweep-stalled-messages', payload: {} },
    ];
    const { sender } = provider();
    const first = await start(sender, { prefix, schedules: everySecond });
    const second = await start(sender, { prefix, schedules: everySecond });
    const queue = first.queues.byName.messages;
    await waitFor(
      async () => (await queue.getJobSchedulers()).length === 1,
      'the scheduler to be registered',
    );
    await waitFor(async () => (await queue.getCompletedCount()) >= 2, 'two scheduled sweeps to run');
    expect((await queue.getJobSchedulers()).map((s) => s.key)).toEqual(['test-sweep']);
    expect(await queue.getFailedCount()).toBe(0);

    // A later version without that schedule removes it at start.
    await second.stop();
    await start(sender, { prefix, schedules: [] });
    await waitFor(async () => (await queue.getJobSchedulers()).length === 0, 'the obsolete scheduler to go');
  });
});
