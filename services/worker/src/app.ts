import { createDb, type DbHandle } from '@solimob/db';
import {
  type Clock,
  createLinkIssuer,
  type LinkIssuer,
  type MessageSender,
  PER_NUMBER_RATE,
  parseQuietHours,
  type SendPolicy,
  systemClock,
} from '@solimob/domain';
import {
  type CreateQueuesOptions,
  closeRedisConnection,
  createQueues,
  createRedisConnection,
  type Queues,
} from '@solimob/queue';
import { createLruMatrixCellCache, createRoutingProvider, type RoutingProvider } from '@solimob/routing';
import type { Worker } from 'bullmq';
import type { RedisOptions } from 'ioredis';
import type { WorkerConfig } from './config';
import { describeError, type Logger } from './logger';
import { createWorkerMetrics, type WorkerMetrics } from './metrics';
import { createOutboxRelay, type OutboxRelay, type OutboxRelayOptions } from './outbox-relay';
import { processors as defaultProcessors } from './processors';
import type { ProcessorTable } from './processors/types';
import { schedules as defaultSchedules, registerSchedules, type Schedule } from './schedules';
import { type CreateWorkersOptions, createWorkers } from './workers';

export interface WorkerAppOptions {
  config: Pick<
    WorkerConfig,
    'DATABASE_URL' | 'REDIS_URL' | 'QUEUE_PREFIX' | 'WORKER_CONCURRENCY' | 'OUTBOX_POLL_MS'
  > &
    Partial<
      Pick<
        WorkerConfig,
        | 'DATABASE_POOL_SIZE'
        | 'PUBLIC_BASE_URL'
        | 'SIGNED_LINK_SECRET'
        | 'GRAPHHOPPER_URL'
        | 'GRAPHHOPPER_API_KEY'
        | 'GRAPHHOPPER_PROFILE'
        | 'QUIET_HOURS'
      >
    >;
  sender: MessageSender;
  logger: Logger;
  clock?: Clock;
  processors?: ProcessorTable;
  /** Recurring jobs to register (default: every schedule of the service); tests pass `[]`. */
  schedules?: Schedule[];
  /** Default: QUIET_HOURS (none when absent from the config) and PER_NUMBER_RATE. */
  sendPolicy?: SendPolicy;
  /** Default: from the GRAPHHOPPER_* settings, else the built-in estimate. */
  routing?: RoutingProvider;
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
  metrics: WorkerMetrics;
  /** Stops publishing, lets active jobs finish, then closes every connection. */
  stop(): Promise<void>;
}

/** One matrix cache per worker process: road times between the same points are asked again and again. */
const MATRIX_CACHE_CELLS = 200_000;

function routingFrom(config: WorkerAppOptions['config']): RoutingProvider {
  return createRoutingProvider({
    graphhopperUrl: config.GRAPHHOPPER_URL,
    graphhopperApiKey: config.GRAPHHOPPER_API_KEY,
    profile: config.GRAPHHOPPER_PROFILE,
    cache: createLruMatrixCellCache(MATRIX_CACHE_CELLS),
  });
}

/** Links need the secret and the public URL; a worker started without them fails where a link is built. */
function linksFrom(config: WorkerAppOptions['config']): LinkIssuer {
  const { SIGNED_LINK_SECRET: secret, PUBLIC_BASE_URL: publicBaseUrl } = config;
  if (secret && publicBaseUrl) return createLinkIssuer({ secret, publicBaseUrl });
  return {
    url: () => {
      throw new Error('SIGNED_LINK_SECRET and PUBLIC_BASE_URL are required to build links');
    },
  };
}

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

  const db = createDb(config.DATABASE_URL, {
    max: config.DATABASE_POOL_SIZE,
    applicationName: 'solimob-worker',
  });
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
  const metrics = createWorkerMetrics({ queues, db: db.db });
  const workers = createWorkers(options.processors ?? defaultProcessors, {
    metrics,
    connection: workerRedis,
    prefix: config.QUEUE_PREFIX,
    concurrency: config.WORKER_CONCURRENCY,
    deps: {
      db: db.db,
      clock: options.clock ?? systemClock,
      sender: options.sender,
      logger,
      routing: options.routing ?? routingFrom(config),
      links: linksFrom(config),
      simulationServerUrl: config.DATABASE_URL,
      sendPolicy: options.sendPolicy ?? {
        quietHours: config.QUIET_HOURS ? parseQuietHours(config.QUIET_HOURS) : null,
        perNumber: PER_NUMBER_RATE,
      },
      metrics,
    },
    ...(tuning.workers ? { workerOptions: tuning.workers } : {}),
  });
  const relay = createOutboxRelay({
    db: db.db,
    queues,
    logger: logger.child({ component: 'outbox-relay' }),
    pollMs: config.OUTBOX_POLL_MS,
    // A client of its own, which the relay replaces when its LISTEN stops hearing (Postgres restarts).
    listenWith: () => createDb(config.DATABASE_URL, { max: 1, applicationName: 'solimob-worker-listen' }).sql,
    clock: options.clock ?? systemClock,
    ...tuning.relay,
  });
  // After a Redis outage, publish what waited at once rather than after the relay's backoff.
  producerRedis.on('ready', () => relay.retryNow());
  if (tuning.runRelay !== false) await relay.start();
  // Not awaited: with Redis down at start, BullMQ waits for the connection, and the worker must still
  // start (the relay keeps the outbox rows until Redis is back). Registration completes when it is.
  const scheduling = registerSchedules(queues, options.schedules ?? defaultSchedules, logger).catch(
    (error: unknown) => logger.error({ err: describeError(error) }, 'could not register the job schedulers'),
  );

  let stopping: Promise<void> | undefined;
  return {
    db,
    queues,
    workers,
    relay,
    metrics,
    stop() {
      stopping ??= (async () => {
        await relay.stop();
        await Promise.race([scheduling, new Promise((resolve) => setTimeout(resolve, 1_000))]);
        await Promise.all(workers.map((worker) => worker.close()));
        await queues.close();
        await Promise.all([closeRedisConnection(workerRedis), closeRedisConnection(producerRedis)]);
        await db.close();
      })();
      return stopping;
    },
  };
}
