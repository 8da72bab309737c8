import { createDb, type DbHandle } from '@solimob/db';
import { type Clock, type MessageSender, requeueStalledMessages, systemClock } from '@solimob/domain';
import {
  type CreateQueuesOptions,
  closeRedisConnection,
  createQueues,
  createRedisConnection,
  type Queues,
} from '@solimob/queue';
import type { Worker } from 'bullmq';
import type { RedisOptions } from 'ioredis';
import type { WorkerConfig } from './config';
import { describeError, type Logger } from './logger';
import { createOutboxRelay, type OutboxRelay, type OutboxRelayOptions } from './outbox-relay';
import { processors as defaultProcessors } from './processors';
import type { ProcessorTable } from './processors/types';
import { type CreateWorkersOptions, createWorkers } from './workers';

export interface WorkerAppOptions {
  config: Pick<
    WorkerConfig,
    'DATABASE_URL' | 'REDIS_URL' | 'QUEUE_PREFIX' | 'WORKER_CONCURRENCY' | 'OUTBOX_POLL_MS'
  >;
  sender: MessageSender;
  logger: Logger;
  clock?: Clock;
  processors?: ProcessorTable;
  /** Test knobs: shorter backoffs, lock durations and timeouts. */
  tuning?: {
    relay?: Partial<Pick<OutboxRelayOptions, 'batchSize' | 'retryBaseMs' | 'retryMaxMs'>>;
    queues?: Pick<CreateQueuesOptions, 'jobOptions' | 'addTimeoutMs'>;
    workers?: CreateWorkersOptions['workerOptions'];
    redis?: RedisOptions;
    /** Run the relay loop (default true). Tests drive `relay.runOnce()` themselves. */
    runRelay?: boolean;
  };
}

export interface WorkerApp {
  db: DbHandle;
  queues: Queues;
  workers: Worker[];
  relay: OutboxRelay;
  /** Stops publishing, lets active jobs finish, then closes every connection. */
  stop(): Promise<void>;
}

const STALLED_MESSAGES = {
  sweepEveryMs: 5 * 60_000,
  // Longer than a job's whole retry schedule (8 attempts, exponential from 5 s: about 10 minutes).
  stalledAfterMs: 30 * 60_000,
  maxAttempts: 20,
};

/** Builds and starts the worker: outbox relay plus one BullMQ worker per queue with processors. */
export async function startWorkerApp(options: WorkerAppOptions): Promise<WorkerApp> {
  const { config, logger, tuning = {} } = options;
  const onRedisError = (role: string) => {
    let last = '';
    return (error: Error) => {
      // A Redis outage produces one error per reconnect attempt: log each distinct message once.
      if (error.message === last) return;
      last = error.message;
      logger.warn({ role, err: describeError(error) }, 'redis connection error');
    };
  };

  const db = createDb(config.DATABASE_URL, { applicationName: 'solimob-worker' });
  const workerRedis = createRedisConnection(config.REDIS_URL, 'worker', {
    onError: onRedisError('worker'),
    ...(tuning.redis ? { overrides: tuning.redis } : {}),
  });
  const producerRedis = createRedisConnection(config.REDIS_URL, 'producer', {
    onError: onRedisError('producer'),
    ...(tuning.redis ? { overrides: tuning.redis } : {}),
  });
  const queues = createQueues(producerRedis, {
    prefix: config.QUEUE_PREFIX,
    ...tuning.queues,
    onError: () => {},
  });
  const workers = createWorkers(options.processors ?? defaultProcessors, {
    connection: workerRedis,
    prefix: config.QUEUE_PREFIX,
    concurrency: config.WORKER_CONCURRENCY,
    deps: { db: db.db, clock: options.clock ?? systemClock, sender: options.sender, logger },
    ...(tuning.workers ? { workerOptions: tuning.workers } : {}),
  });
  const relay = createOutboxRelay({
    db: db.db,
    queues,
    logger: logger.child({ component: 'outbox-relay' }),
    pollMs: config.OUTBOX_POLL_MS,
    listenWith: db.sql,
    ...tuning.relay,
  });
  if (tuning.runRelay !== false) await relay.start();

  // Safety net for messages whose jobs ran out of retries: see requeueStalledMessages.
  const clock = options.clock ?? systemClock;
  let sweeping: Promise<unknown> = Promise.resolve();
  const sweeper = setInterval(() => {
    sweeping = requeueStalledMessages({ db: db.db, clock }, STALLED_MESSAGES)
      .then((r) => {
        if (r.requeued || r.gaveUp) logger.warn(r, 'stalled messages swept');
      })
      .catch((error) => logger.error({ err: describeError(error) }, 'stalled-message sweep failed'));
  }, STALLED_MESSAGES.sweepEveryMs);
  sweeper.unref();

  let stopping: Promise<void> | undefined;
  return {
    db,
    queues,
    workers,
    relay,
    stop() {
      stopping ??= (async () => {
        clearInterval(sweeper);
        await sweeping;
        await relay.stop();
        await Promise.all(workers.map((worker) => worker.close()));
        await queues.close();
        await Promise.all([closeRedisConnection(workerRedis), closeRedisConnection(producerRedis)]);
        await db.close();
      })();
      return stopping;
    },
  };
}
