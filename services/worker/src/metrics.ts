import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Db, schema } from '@solimob/db';
import type { Queues } from '@solimob/queue';
import { count, isNull } from 'drizzle-orm';
import { Counter, collectDefaultMetrics, Gauge, Registry } from 'prom-client';

/** Job states reported per queue. */
const STATES = ['waiting', 'active', 'delayed', 'failed', 'prioritized'] as const;

export interface WorkerMetrics {
  registry: Registry;
  /** A job ended: completed, failed (will retry) or gave up (no attempt left, or a permanent error). */
  job(queue: string, job: string, outcome: 'completed' | 'failed' | 'gave_up'): void;
  /** What one send-message job did with its message. */
  delivery(outcome: string): void;
}

/**
 * Prometheus metrics of a worker process: queue depth per queue and state and the outbox backlog
 * (both read at scrape time, so any worker reports the shared state), jobs by outcome, and message
 * deliveries by outcome (sent, reconciled, held, refused, suppressed, already-done).
 */
export function createWorkerMetrics(deps: { queues: Queues; db: Db }): WorkerMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service: 'worker' });
  collectDefaultMetrics({ register: registry, prefix: 'solimob_worker_' });
  new Gauge({
    name: 'solimob_queue_jobs',
    help: 'Jobs in each BullMQ queue by state (read from Redis at scrape time)',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      await Promise.all(
        Object.entries(deps.queues.byName).map(async ([name, queue]) => {
          try {
            const counts = await queue.getJobCounts(...STATES);
            for (const state of STATES) this.set({ queue: name, state }, counts[state] ?? 0);
          } catch {
            // Redis unreachable: the series disappear for this scrape, which alerting can see.
            for (const state of STATES) this.remove({ queue: name, state });
          }
        }),
      );
    },
  });
  new Gauge({
    name: 'solimob_outbox_unpublished',
    help: 'Outbox rows written but not yet handed to Redis (grows while Redis is down)',
    registers: [registry],
    async collect() {
      try {
        const [row] = await deps.db
          .select({ n: count() })
          .from(schema.outbox)
          .where(isNull(schema.outbox.publishedAt));
        this.set(row?.n ?? 0);
      } catch {
        this.reset();
      }
    },
  });
  const jobs = new Counter({
    name: 'solimob_jobs_total',
    help: 'Jobs processed by this worker, by queue, job name and outcome',
    labelNames: ['queue', 'job', 'outcome'],
    registers: [registry],
  });
  const deliveries = new Counter({
    name: 'solimob_message_deliveries_total',
    help: 'Outbound messages handled by this worker, by outcome',
    labelNames: ['outcome'],
    registers: [registry],
  });
  return {
    registry,
    job: (queue, job, outcome) => jobs.inc({ queue, job, outcome }),
    delivery: (outcome) => deliveries.inc({ outcome }),
  };
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** GET /metrics on `port`, for a scraper presenting `token` as a bearer token. */
export async function serveMetrics(
  metrics: WorkerMetrics,
  options: { port: number; token: string; host?: string },
): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    const presented = /^Bearer +(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!presented || !timingSafeEqual(digest(presented), digest(options.token))) {
      response.writeHead(401, { 'www-authenticate': 'Bearer' }).end();
      return;
    }
    metrics.registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
