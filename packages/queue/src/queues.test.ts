import { randomBytes, randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { InvalidJobPayloadError, outboxJobId } from './contracts';
import { AddJobTimeoutError, createQueues, type Queues } from './queues';
import { closeRedisConnection, createRedisConnection } from './redis';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const uniquePrefix = () => `test-queue-${randomBytes(6).toString('hex')}`;

async function deleteKeys(redis: Redis, prefix: string) {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
}

let producer: Redis;
let admin: Redis;
let queues: Queues | undefined;
beforeAll(() => {
  producer = createRedisConnection(redisUrl, 'producer');
  admin = createRedisConnection(redisUrl, 'producer');
});
afterEach(async () => {
  if (!queues) return;
  await queues.close();
  await deleteKeys(admin, queues.prefix);
  queues = undefined;
});
afterAll(async () => {
  await closeRedisConnection(producer);
  await closeRedisConnection(admin);
});

describe('createQueues', () => {
  it('adds a job once per job id, so a re-published outbox row is deduplicated', async () => {
    queues = createQueues(producer, { prefix: uniquePrefix() });
    const payload = { messageId: randomUUID() };
    const first = await queues.addJob('send-message', payload, { jobId: outboxJobId(7) });
    const second = await queues.addJob('send-message', payload, { jobId: outboxJobId(7) });
    expect(second.id).toBe(first.id);
    expect(await queues.byName.messages.getJobCounts('waiting')).toEqual({ waiting: 1 });
  });

  it('routes each job to its queue with the default retry and retention options', async () => {
    queues = createQueues(producer, { prefix: uniquePrefix() });
    const job = await queues.addJob('match-ride-request', { rideRequestId: randomUUID() });
    expect(job.queueName).toBe('matching');
    expect(job.opts.attempts).toBe(5);
    expect(job.opts.backoff).toEqual({ type: 'exponential', delay: 10_000 });
    expect(job.opts.removeOnComplete).toEqual({ age: 72 * 3_600, count: 50_000 });
    expect(await queues.byName.messages.count()).toBe(0);
  });

  it('applies per-queue overrides over the defaults', async () => {
    queues = createQueues(producer, {
      prefix: uniquePrefix(),
      jobOptions: { messages: { attempts: 2, backoff: { type: 'exponential', delay: 10 } } },
    });
    const job = await queues.addJob('send-message', { messageId: randomUUID() });
    expect(job.opts.attempts).toBe(2);
    expect(job.opts.removeOnFail).toEqual({ age: 14 * 24 * 3_600, count: 50_000 });
  });

  it('refuses an invalid payload before it reaches Redis', async () => {
    queues = createQueues(producer, { prefix: uniquePrefix() });
    await expect(
      queues.addJob('send-message', { messageId: 'x', phone: '+33612345678' } as never),
    ).rejects.toThrow(InvalidJobPayloadError);
    expect(await queues.byName.messages.count()).toBe(0);
  });

  it('gives up after the add timeout when Redis cannot be reached', async () => {
    // Port 1 is reserved and closed: the connection is refused, as when Redis is down.
    const unreachable = createRedisConnection('redis://127.0.0.1:1', 'producer', {
      overrides: { retryStrategy: () => 50 },
    });
    const offline = createQueues(unreachable, { prefix: uniquePrefix(), addTimeoutMs: 200 });
    try {
      await expect(offline.addJob('send-message', { messageId: randomUUID() })).rejects.toThrow(
        AddJobTimeoutError,
      );
    } finally {
      unreachable.disconnect();
      await offline.close().catch(() => {});
    }
  });
});

describe('createRedisConnection', () => {
  it('configures workers to wait and producers to fail fast', () => {
    const worker = createRedisConnection(redisUrl, 'worker', { overrides: { lazyConnect: true } });
    const producerOnly = createRedisConnection(redisUrl, 'producer', { overrides: { lazyConnect: true } });
    expect(worker.options.maxRetriesPerRequest).toBeNull();
    expect(producerOnly.options.enableOfflineQueue).toBe(false);
    worker.disconnect();
    producerOnly.disconnect();
  });
});
