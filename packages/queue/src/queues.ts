import { type DefaultJobOptions, type Job, type JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import {
  type JobName,
  type JobPayload,
  jobDefinitions,
  parseJobPayload,
  type QueueName,
  queueNames,
} from './contracts';

const HOUR = 3_600;

/**
 * Completed jobs are kept for days, not deleted at once: the outbox relay may publish a row again
 * after a crash between "added to Redis" and "marked published", and BullMQ only deduplicates a job id
 * while the job still exists. `count` bounds memory; BullMQ keeps jobs that satisfy both bounds, so
 * the count is sized far above a day's volume for a rural territory (hundreds of messages a day).
 */
const keepCompleted = { age: 72 * HOUR, count: 50_000 };
const keepFailed = { age: 14 * 24 * HOUR, count: 50_000 };

export const defaultJobOptions: Record<QueueName, DefaultJobOptions> = {
  // 8 attempts with 5 s exponential backoff span about 10 minutes: long enough to ride out a
  // provider hiccup, short enough that a confirmation SMS is still useful when it arrives.
  messages: {
    attempts: 8,
    backoff: { type: 'exponential', delay: 5_000 },
    removeOnComplete: keepCompleted,
    removeOnFail: keepFailed,
  },
  matching: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 10_000 },
    removeOnComplete: keepCompleted,
    removeOnFail: keepFailed,
  },
  planning: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 30_000 },
    removeOnComplete: keepCompleted,
    removeOnFail: keepFailed,
  },
  // A simulation is long and starts afresh: one attempt; a failure is recorded on its row.
  simulations: {
    attempts: 1,
    removeOnComplete: keepCompleted,
    removeOnFail: keepFailed,
  },
};

export interface CreateQueuesOptions {
  /** BullMQ key prefix; use a unique one per test. ioredis `keyPrefix` is refused by BullMQ. */
  prefix: string;
  /** Per-queue overrides merged over `defaultJobOptions` (tests shorten backoff delays). */
  jobOptions?: Partial<Record<QueueName, DefaultJobOptions>>;
  /**
   * Upper bound for one `addJob`. A producer connection fails fast once it has connected, but BullMQ
   * waits for the first connection before sending anything, so a Redis that was never reachable
   * would otherwise hang the caller. Default 5 s.
   */
  addTimeoutMs?: number;
  /** Connection errors seen by the queues (BullMQ prints them to stderr when nobody listens). */
  onError?: (error: Error) => void;
}

export class AddJobTimeoutError extends Error {
  constructor(
    readonly jobName: string,
    readonly timeoutMs: number,
  ) {
    super(`Adding job '${jobName}' did not complete within ${timeoutMs} ms (is Redis reachable?)`);
    this.name = 'AddJobTimeoutError';
  }
}

async function withTimeout<T>(work: Promise<T>, timeoutMs: number, onTimeout: () => Error): Promise<T> {
  // The abandoned promise may still settle later (Redis comes back): swallow that outcome here. A late
  // success is harmless because callers use deterministic job ids and add the same job again.
  work.catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export type AddJobOptions = Pick<JobsOptions, 'jobId' | 'delay' | 'priority'>;

export interface Queues {
  readonly prefix: string;
  readonly byName: Readonly<Record<QueueName, Queue>>;
  queueFor(name: JobName): Queue;
  /** Typed producer: validates the payload against the job's schema before it reaches Redis. */
  addJob<N extends JobName>(name: N, payload: JobPayload<N>, options?: AddJobOptions): Promise<Job>;
  close(): Promise<void>;
}

/**
 * One BullMQ Queue per queue name, sharing `connection`. Pass a `producer` connection so `addJob`
 * fails fast while Redis is down. Closing the queues leaves the connection to its owner.
 */
export function createQueues(connection: Redis, options: CreateQueuesOptions): Queues {
  const byName = Object.fromEntries(
    queueNames.map((name) => [
      name,
      new Queue(name, {
        connection,
        prefix: options.prefix,
        defaultJobOptions: { ...defaultJobOptions[name], ...options.jobOptions?.[name] },
      }),
    ]),
  ) as Record<QueueName, Queue>;
  for (const queue of Object.values(byName)) queue.on('error', options.onError ?? (() => {}));

  const queueFor = (name: JobName) => byName[jobDefinitions[name].queue];
  const addTimeoutMs = options.addTimeoutMs ?? 5_000;

  return {
    prefix: options.prefix,
    byName,
    queueFor,
    async addJob(name, payload, addOptions = {}) {
      const data = parseJobPayload(name, payload);
      if (addOptions.jobId?.includes(':')) throw new Error(`job id '${addOptions.jobId}' contains a colon`);
      return withTimeout(
        queueFor(name).add(name, data, addOptions),
        addTimeoutMs,
        () => new AddJobTimeoutError(name, addTimeoutMs),
      );
    },
    async close() {
      await Promise.all(Object.values(byName).map((queue) => queue.close()));
    },
  };
}
