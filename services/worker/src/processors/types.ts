import type { Db } from '@solimob/db';
import type { Clock, LinkIssuer, MessageSender, SendPolicy, SolverOptions } from '@solimob/domain';
import type { JobName, JobPayload, jobDefinitions, QueueName } from '@solimob/queue';
import type { RoutingProvider } from '@solimob/routing';
import type { Logger } from '../logger';
import type { WorkerMetrics } from '../metrics';

/** What processors may use. Built once per process by the worker shell. */
export interface ProcessorDeps {
  db: Db;
  clock: Clock;
  sender: MessageSender;
  logger: Logger;
  /** Road times and distances: GraphHopper when configured, the built-in estimate otherwise; cached. */
  routing: RoutingProvider;
  /** Signs the expiring links put in SMS (a volunteer's page, a driver's route sheet). */
  links: LinkIssuer;
  /** Quiet hours and the per-number rate, applied before every send. */
  sendPolicy: SendPolicy;
  /** Counts message deliveries by outcome for Prometheus (absent in most tests). */
  metrics?: Pick<WorkerMetrics, 'delivery'>;
  /**
   * Optimiser budget for shuttle planning; default the domain's (iterations and a time limit). The
   * simulator sets an iteration budget only, so a plan does not depend on the machine's speed.
   */
  solver?: SolverOptions;
  /**
   * The worker's DATABASE_URL, for simulations: the server they create their throwaway databases on,
   * and the live database their baseline is copied from (read only).
   */
  simulationServerUrl?: string;
}

export interface JobInfo {
  id: string;
  name: JobName;
  queue: QueueName;
  /** 1 for the first try. */
  attempt: number;
}

/** Processes one validated payload. Throws on failure (never returns an error): the queue retries. */
export type Processor<N extends JobName> = (
  payload: JobPayload<N>,
  deps: ProcessorDeps,
  job: JobInfo,
) => Promise<void>;

export type JobNamesOf<Q extends QueueName> = {
  [N in JobName]: (typeof jobDefinitions)[N]['queue'] extends Q ? N : never;
}[JobName];

/** queue → job name → processor. A queue absent here gets no BullMQ worker: its jobs wait in Redis. */
export type ProcessorTable = { [Q in QueueName]?: { [N in JobNamesOf<Q>]?: Processor<N> } };
