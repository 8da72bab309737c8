import Type, { type Static, type TSchema } from 'typebox';
import { Compile, type Validator } from 'typebox/compile';
import Value from 'typebox/value';

/**
 * Every background job: its queue, its name and its payload schema. Payloads carry ids only: job data
 * sits in Redis in clear, so names, phone numbers and addresses never go in here.
 */
const Uuid = Type.String({ format: 'uuid' });
/** Scheduled sweeps look up what is due themselves: their payload is empty. */
const Nothing = Type.Object({}, { additionalProperties: false });

export const jobDefinitions = {
  'send-message': {
    queue: 'messages',
    payload: Type.Object({ messageId: Uuid }, { additionalProperties: false }),
  },
  'match-ride-request': {
    queue: 'matching',
    payload: Type.Object({ rideRequestId: Uuid }, { additionalProperties: false }),
  },
  /** Delayed: a wave of offers had its wait; `wave` makes a late or duplicate job a no-op. */
  'expire-offer-wave': {
    queue: 'matching',
    payload: Type.Object(
      { missionId: Uuid, wave: Type.Integer({ minimum: 0, maximum: 1000 }) },
      { additionalProperties: false },
    ),
  },
  /** After "FAIT 4821": the distance driven, from the routing provider, for the mileage allowance. */
  'record-mission-distance': {
    queue: 'matching',
    payload: Type.Object({ missionId: Uuid }, { additionalProperties: false }),
  },
  'plan-shuttle-round': {
    queue: 'planning',
    payload: Type.Object({ shuttleRoundId: Uuid }, { additionalProperties: false }),
  },
  /** Scheduled: closes the shuttle rounds whose booking cut-off has passed and queues their planning. */
  'close-shuttle-rounds': { queue: 'planning', payload: Nothing },
  /** Scheduled: generates the market-shuttle rounds of the coming weeks (idempotent). */
  'generate-shuttle-rounds': { queue: 'planning', payload: Nothing },
  /** Scheduled: the day-before messages with each passenger's pick-up time, at each territory's hour. */
  'send-shuttle-reminders': { queue: 'planning', payload: Nothing },
  /** Scheduled: requeues messages whose jobs ran out of retries (see requeueStalledMessages). */
  'sweep-stalled-messages': { queue: 'messages', payload: Nothing },
  /** A what-if simulation asked by staff: minutes of work in a throwaway database (docs/simulator.md). */
  'run-simulation': {
    queue: 'simulations',
    payload: Type.Object({ simulationId: Uuid }, { additionalProperties: false }),
  },
  /** Scheduled: the day-before reminders to residents and drivers, per territory in its time zone. */
  'send-ride-reminders': { queue: 'messages', payload: Nothing },
  /**
   * Scheduled, daily: deletes expired sessions and published outbox rows, and pseudonymises what is
   * older than each territory's retention period (see applyRetention).
   */
  'apply-retention': { queue: 'planning', payload: Nothing },
  /** Scheduled: recomputes the monthly report summary of the settled months (see refreshReportSummaries). */
  'refresh-report-summaries': { queue: 'planning', payload: Nothing },
} as const satisfies Record<string, { queue: string; payload: TSchema }>;

export type JobName = keyof typeof jobDefinitions;
export type JobPayload<N extends JobName> = Static<(typeof jobDefinitions)[N]['payload']>;
export type QueueName = (typeof jobDefinitions)[JobName]['queue'];
export const queueNames = [...new Set(Object.values(jobDefinitions).map((d) => d.queue))] as QueueName[];

export const isJobName = (name: string): name is JobName => Object.hasOwn(jobDefinitions, name);

export class InvalidJobPayloadError extends Error {
  constructor(
    readonly jobName: string,
    readonly problems: string[],
  ) {
    super(`Invalid payload for job '${jobName}': ${problems.join('; ')}`);
    this.name = 'InvalidJobPayloadError';
  }
}

/**
 * Payload schemas compiled once, on first use: every booking queues a job, and interpreting the schema
 * at each call showed in the API's profile.
 */
const validators = new Map<JobName, Validator>();
function validatorOf(name: JobName): Validator {
  let validator = validators.get(name);
  if (!validator) {
    validator = Compile(jobDefinitions[name].payload) as unknown as Validator;
    validators.set(name, validator);
  }
  return validator;
}

/** Validates a payload against its job's schema; throws InvalidJobPayloadError listing every problem. */
export function parseJobPayload<N extends JobName>(name: N, payload: unknown): JobPayload<N> {
  const schema = jobDefinitions[name].payload;
  if (validatorOf(name).Check(payload)) return payload as JobPayload<N>;
  const problems = [...Value.Errors(schema, payload)].map((e) => `${e.instancePath || '/'} ${e.message}`);
  throw new InvalidJobPayloadError(name, problems);
}

/** BullMQ job id for an outbox row: deterministic, so publishing a row twice yields one job. No colon. */
export const outboxJobId = (outboxId: number | bigint) => `outbox-${outboxId}`;
