import type { JobName, QueueName } from '@solimob/queue';
import { Worker, type WorkerOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { describeError } from './logger';
import type { WorkerMetrics } from './metrics';
import { createQueueHandler } from './processors/base';
import type { Processor, ProcessorDeps, ProcessorTable } from './processors/types';

export interface CreateWorkersOptions {
  /** A `worker` connection (maxRetriesPerRequest: null); BullMQ duplicates it for blocking reads. */
  connection: Redis;
  prefix: string;
  concurrency: number;
  deps: ProcessorDeps;
  /** Counts jobs by outcome for Prometheus. */
  metrics?: Pick<WorkerMetrics, 'job'>;
  /** Extra BullMQ worker settings, e.g. short lock durations in crash tests. */
  workerOptions?: Partial<Omit<WorkerOptions, 'connection' | 'prefix' | 'concurrency'>>;
}

/** One BullMQ Worker per queue that has at least one processor in the table. */
export function createWorkers(table: ProcessorTable, options: CreateWorkersOptions): Worker[] {
  const workers: Worker[] = [];
  for (const [queue, entries] of Object.entries(table) as [QueueName, Record<string, unknown>][]) {
    const jobs = Object.entries(entries ?? {}).filter(([, processor]) => typeof processor === 'function');
    if (jobs.length === 0) continue;
    const handler = createQueueHandler(
      queue,
      Object.fromEntries(jobs) as Partial<Record<JobName, Processor<never>>>,
      options.deps,
    );
    const worker = new Worker(queue, handler, {
      ...options.workerOptions,
      connection: options.connection,
      prefix: options.prefix,
      // A simulation takes minutes of CPU and database: one at a time per worker process.
      concurrency: queue === 'simulations' ? 1 : options.concurrency,
    });
    const log = options.deps.logger.child({ queue });
    worker.on('error', (error) => log.error({ err: describeError(error) }, 'worker error'));
    worker.on('completed', (job) => options.metrics?.job(queue, job.name, 'completed'));
    worker.on('failed', (job, error) => {
      if (!job) return;
      const exhausted = job.attemptsMade >= (job.opts.attempts ?? 1) || error.name === 'UnrecoverableError';
      options.metrics?.job(queue, job.name, exhausted ? 'gave_up' : 'failed');
      if (exhausted) log.error({ jobId: job.id, job: job.name, attempts: job.attemptsMade }, 'job gave up');
    });
    workers.push(worker);
  }
  return workers;
}
