import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schema } from '@solimob/db';
import { createTestDatabase, type TestDatabase } from '@solimob/db/testing';
import { queueMessage, type ServiceContext } from '@solimob/domain';
import { readOutbox } from '@solimob/messaging';
import { closeRedisConnection, createRedisConnection, outboxJobId } from '@solimob/queue';
import { eq } from 'drizzle-orm';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkerApp } from '../src/app';
import { createLogger } from '../src/logger';
import { createTerritoryContext } from './support/db';
import { createFileProvider, readAccepted } from './support/file-provider';
import { deleteKeys, redisUrl, uniquePrefix } from './support/redis';
import { spawnTs } from './support/spawn';
import { waitFor } from './support/wait';

const fixture = fileURLToPath(new URL('./fixtures/worker-process.ts', import.meta.url));
const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');

let t: TestDatabase;
let ctx: ServiceContext;
let admin: Redis;
let dir: string;
const prefixes: string[] = [];
let keySeq = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  ctx = await createTerritoryContext(t);
  admin = createRedisConnection(redisUrl(), 'producer');
  dir = mkdtempSync(join(tmpdir(), 'solimob-worker-process-'));
});
afterAll(async () => {
  for (const prefix of prefixes) await deleteKeys(admin, prefix);
  await closeRedisConnection(admin);
  await t?.drop();
  rmSync(dir, { recursive: true, force: true });
});

function setup() {
  keySeq += 1;
  const prefix = uniquePrefix();
  prefixes.push(prefix);
  const providerFile = join(dir, `provider-${keySeq}.jsonl`);
  const env = {
    DATABASE_URL: t.url,
    REDIS_URL: redisUrl(),
    PUBLIC_BASE_URL: 'http://localhost:3000',
    SIGNED_LINK_SECRET: 'test-secret-of-at-least-32-characters',
    QUEUE_PREFIX: prefix,
    WORKER_CONCURRENCY: '1',
    OUTBOX_POLL_MS: '50',
    LOG_LEVEL: 'info',
    MESSAGE_OUTBOX_DIR: join(dir, 'outbox'),
    FAKE_PROVIDER_FILE: providerFile,
    // These tests run at any hour: quiet hours have their own test (send-policy).
    QUIET_HOURS: '',
  };
  return { prefix, providerFile, env };
}

async function queue() {
  const { id } = await queueMessage(ctx, {
    channel: 'sms',
    to: '+33612345678',
    body: 'Rappel : navette du marché lundi à 9 h.',
    idempotencyKey: `p-${++keySeq}`,
  });
  return id;
}
const messageRow = async (id: string) =>
  (await t.db.select().from(schema.messages).where(eq(schema.messages.id, id)))[0]!;

describe('worker process', () => {
  it('sends once when the worker is killed after the provider accepted the message', async () => {
    const { prefix, providerFile, env } = setup();
    const id = await queue();
    const crashing = spawnTs(fixture, { ...env, FAKE_PROVIDER_MODE: 'die-after-accept' });
    const { signal } = await crashing.exited;
    expect(signal, crashing.output()).toBe('SIGKILL');
    expect(readAccepted(providerFile)).toHaveLength(1);
    expect((await messageRow(id)).status).toBe('sending');

    // A second worker takes over the stalled job once the dead worker's lock expires.
    const app = await startWorkerApp({
      config: {
        DATABASE_URL: t.url,
        REDIS_URL: redisUrl(),
        QUEUE_PREFIX: prefix,
        WORKER_CONCURRENCY: 1,
        OUTBOX_POLL_MS: 50,
      },
      sender: createFileProvider(providerFile),
      logger,
      tuning: { workers: { lockDuration: 1_000, stalledInterval: 500 } },
    });
    try {
      await waitFor(async () => (await messageRow(id)).status === 'sent', 'the stalled job to be retried');
      const [outboxRow] = await t.db
        .select()
        .from(schema.outbox)
        .where(eq(schema.outbox.territoryId, ctx.actor.territoryId));
      const jobId = outboxJobId(outboxRow!.id);
      await waitFor(
        async () => (await app.queues.byName.messages.getJobState(jobId)) === 'completed',
        'job completion',
      );
      const accepted = readAccepted(providerFile);
      expect(accepted).toHaveLength(1);
      expect((await messageRow(id)).providerId).toBe(accepted[0]!.providerId);
    } finally {
      await app.stop();
    }
  }, 90_000);

  it('on SIGTERM finishes the active job, then exits 0', async () => {
    const { providerFile, env } = setup();
    const worker = spawnTs(fixture, { ...env, FAKE_PROVIDER_MODE: 'slow', FAKE_PROVIDER_DELAY_MS: '1500' });
    try {
      await waitFor(() => worker.output().includes('worker started'), 'the worker to start');
      const id = await queue();
      await waitFor(async () => (await messageRow(id)).status === 'sending', 'the job to be in progress');

      worker.child.kill('SIGTERM');
      const { code } = await worker.exited;
      expect(code, worker.output()).toBe(0);
      expect(worker.output()).toContain('worker stopped');
      expect((await messageRow(id)).status).toBe('sent');
      expect(readAccepted(providerFile)).toHaveLength(1);
    } finally {
      worker.child.kill('SIGKILL');
    }
  }, 90_000);

  it('main.ts sends through the local outbox when Twilio is not configured, and stops on SIGTERM', async () => {
    const { env } = setup();
    const noTwilio = {
      TWILIO_ACCOUNT_SID: '',
      TWILIO_AUTH_TOKEN: '',
      TWILIO_FROM: '',
      TWILIO_API_BASE_URL: '',
    };
    const worker = spawnTs(main, { ...env, ...noTwilio });
    try {
      await waitFor(() => worker.output().includes('worker started'), 'the worker to start', 60_000);
      expect(worker.output()).toContain('local outbox');
      const id = await queue();
      await waitFor(async () => ['sent', 'delivered'].includes((await messageRow(id)).status), 'the message');
      const written = (await readOutbox(env.MESSAGE_OUTBOX_DIR)).filter((entry) => entry.messageId === id);
      expect(written).toHaveLength(1);

      worker.child.kill('SIGTERM');
      const { code } = await worker.exited;
      expect(code, worker.output()).toBe(0);
    } finally {
      worker.child.kill('SIGKILL');
    }
  }, 90_000);

  it('main.ts refuses to start with a half Twilio configuration, naming the missing keys', async () => {
    const { env } = setup();
    const worker = spawnTs(main, {
      ...env,
      TWILIO_ACCOUNT_SID: 'AC123',
      TWILIO_AUTH_TOKEN: '',
      TWILIO_FROM: '',
    });
    const { code } = await worker.exited;
    expect(code).toBe(1);
    expect(worker.output()).toContain('TWILIO_AUTH_TOKEN: missing');
    expect(worker.output()).toContain('TWILIO_FROM: missing');
  }, 90_000);
});
