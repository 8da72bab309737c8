import type { JobName, JobPayload, Queues } from '@solimob/queue';
import type { Logger } from './logger';

/**
 * Recurring work, as BullMQ job schedulers (kept in Redis, so one job per tick whatever the number of
 * worker processes, and nothing lost when a worker restarts). Patterns are in UTC: a job that must
 * happen at a territory's local hour runs often and checks, for each territory, what is due in its own
 * time zone, idempotently.
 */
export interface Schedule<N extends JobName = JobName> {
  /** Stable id: re-registering the same id at every start updates it instead of adding one. */
  id: string;
  /** Cron pattern (seconds optional), UTC. */
  pattern: string;
  job: N;
  payload: JobPayload<N>;
}

export const schedules: Schedule[] = [
  { id: 'sweep-stalled-messages', pattern: '*/5 * * * *', job: 'sweep-stalled-messages', payload: {} },
  // A round closes within 2 minutes of its cut-off; planning follows through the outbox.
  { id: 'close-shuttle-rounds', pattern: '*/2 * * * *', job: 'close-shuttle-rounds', payload: {} },
  // Each territory's reminder hour is checked in its own zone, so every 5 minutes in UTC.
  { id: 'send-shuttle-reminders', pattern: '1-59/5 * * * *', job: 'send-shuttle-reminders', payload: {} },
  // Idempotent: hourly is enough to keep the coming weeks generated, and catches a missed run.
  { id: 'generate-shuttle-rounds', pattern: '17 * * * *', job: 'generate-shuttle-rounds', payload: {} },
  // Each territory's reminder hours are checked in its own zone; every 10 minutes, each sent once.
  { id: 'send-ride-reminders', pattern: '*/10 * * * *', job: 'send-ride-reminders', payload: {} },
  // Personal data past each territory's retention period, expired sessions, old outbox rows: nightly.
  { id: 'apply-retention', pattern: '43 2 * * *', job: 'apply-retention', payload: {} },
  // The reports' settled months: a change to one of them shows in the reports within 10 minutes.
  {
    id: 'refresh-report-summaries',
    pattern: '3-59/10 * * * *',
    job: 'refresh-report-summaries',
    payload: {},
  },
];

/** Registers every schedule (idempotent) and removes the schedulers a previous version left behind. */
export async function registerSchedules(queues: Queues, table: Schedule[], logger: Logger): Promise<void> {
  const wanted = new Set(table.map((s) => s.id));
  for (const queue of Object.values(queues.byName)) {
    for (const existing of await queue.getJobSchedulers()) {
      if (existing.key && !wanted.has(existing.key)) {
        await queue.removeJobScheduler(existing.key);
        logger.info({ scheduler: existing.key, queue: queue.name }, 'removed an obsolete job scheduler');
      }
    }
  }
  for (const schedule of table) {
    await queues
      .queueFor(schedule.job)
      .upsertJobScheduler(
        schedule.id,
        { pattern: schedule.pattern, tz: 'UTC' },
        { name: schedule.job, data: schedule.payload },
      );
  }
}
