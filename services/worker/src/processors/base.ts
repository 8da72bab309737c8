import { PermanentSendError, ServiceError } from '@solimob/domain';
import {
  InvalidJobPayloadError,
  isJobName,
  type JobName,
  parseJobPayload,
  type QueueName,
} from '@solimob/queue';
import { type Job, UnrecoverableError } from 'bullmq';
import { describeError } from '../logger';
import type { JobInfo, Processor, ProcessorDeps } from './types';

/** Service errors that say the input is wrong, not that the moment is: retrying cannot help. */
const PERMANENT_SERVICE_CODES = new Set(['validation', 'not_found', 'forbidden', 'unauthenticated']);

export function isPermanentError(error: unknown): boolean {
  return (
    error instanceof UnrecoverableError ||
    error instanceof PermanentSendError ||
    error instanceof InvalidJobPayloadError ||
    (error instanceof ServiceError && PERMANENT_SERVICE_CODES.has(error.code))
  );
}

/** A retryable failure whose message is safe to store in Redis (phone numbers removed). */
export class RetryableJobError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'RetryableJobError';
  }
}

/**
 * The one BullMQ processor function of a queue: finds the job's processor, validates the payload,
 * logs start, end and duration (ids only), and turns permanent failures into UnrecoverableError so
 * BullMQ stops retrying them. Everything else is rethrown for a retry with backoff.
 */
export function createQueueHandler(
  queue: QueueName,
  table: Partial<Record<JobName, Processor<never>>>,
  deps: ProcessorDeps,
): (job: Job) => Promise<void> {
  return async (job) => {
    const info: JobInfo = {
      id: job.id ?? 'unknown',
      name: job.name as JobName,
      queue,
      attempt: job.attemptsMade + 1,
    };
    const log = deps.logger.child({ queue, jobId: info.id, job: job.name, attempt: info.attempt });
    const processor = isJobName(job.name) ? table[job.name] : undefined;
    if (!processor) {
      log.error('no processor for this job');
      throw new UnrecoverableError(`no processor for job '${job.name}' on queue '${queue}'`);
    }

    let payload: unknown;
    try {
      payload = parseJobPayload(info.name, job.data);
    } catch (error) {
      log.error({ err: describeError(error) }, 'invalid job payload');
      throw new UnrecoverableError(describeError(error).message);
    }

    const started = performance.now();
    log.info('job started');
    try {
      // The job's logger: every line a processor writes carries the queue, job id, name and attempt.
      await (processor as Processor<JobName>)(payload as never, { ...deps, logger: log }, info);
    } catch (error) {
      const durationMs = Math.round(performance.now() - started);
      const described = describeError(error);
      if (isPermanentError(error)) {
        log.error({ durationMs, err: described }, 'job failed permanently');
        throw new UnrecoverableError(`${described.name}: ${described.message}`);
      }
      log.warn({ durationMs, err: described }, 'job failed, will retry');
      throw new RetryableJobError(`${described.name}: ${described.message}`, { cause: error });
    }
    log.info({ durationMs: Math.round(performance.now() - started) }, 'job completed');
  };
}
