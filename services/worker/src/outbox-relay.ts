import { randomUUID } from 'node:crypto';
import { type Db, schema } from '@solimob/db';
import { type Clock, OUTBOX_NOTIFY_CHANNEL, systemClock } from '@solimob/domain';
import { isJobName, jobDefinitions, outboxJobId, type Queues } from '@solimob/queue';
import { and, asc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import type postgres from 'postgres';
import { describeError, type Logger } from './logger';

// enqueueJob NOTIFYs this channel in the writing transaction, so the relay wakes at commit.
export { OUTBOX_NOTIFY_CHANNEL };

export interface OutboxRelayOptions {
  db: Db;
  queues: Queues;
  logger: Logger;
  /** Pause between polls when there is nothing to do. */
  pollMs: number;
  batchSize?: number;
  /** First retry delay of a row whose publication failed; doubles per failed attempt. */
  retryBaseMs?: number;
  /** Cap of the per-row retry delay and of the loop's backoff while publishing fails. */
  retryMaxMs?: number;
  /**
   * Opens a postgres.js client to LISTEN on OUTBOX_NOTIFY_CHANNEL with (the relay owns and ends it);
   * polling alone is enough without it.
   */
  listenWith?: () => postgres.Sql;
  /**
   * How often the relay checks that its LISTEN still hears (it NOTIFYs itself). postgres.js LISTENs
   * again after a reconnect, but when Postgres is still down at that moment (a restart) the LISTEN
   * is stuck for good. The check notices, drops that client and LISTENs on a new one. Default 30 s.
   */
  listenCheckMs?: number;
  /**
   * The service clock, the one verbs use to set `availableAt` on delayed work (an offer wave's expiry):
   * a row is due when this clock reaches it, so a simulated clock drives delayed jobs too.
   */
  clock?: Clock;
}

export interface RelayRunResult {
  selected: number;
  published: number;
  failed: number;
}

export interface OutboxRelay {
  /** Publishes one batch of due rows. Exposed for tests and for one-shot use. */
  runOnce(): Promise<RelayRunResult>;
  start(): Promise<void>;
  /** Ends the loop after the batch in progress. */
  stop(): Promise<void>;
  /** Runs the next batch now instead of after the poll delay. */
  wake(): void;
  /**
   * Redis is reachable again: rows that failed to publish are due now (not after their backoff, up to
   * retryMaxMs) and the loop runs at once. The worker calls it on its Redis connection's `ready`.
   */
  retryNow(): void;
}

const o = schema.outbox;

/**
 * Publishes committed outbox rows to BullMQ. Guarantees:
 * - Nothing lost: a row is marked published only in the transaction that saw its job accepted by
 *   Redis; a failed add leaves it unpublished with attempts + 1 and the error, retried later.
 * - Nothing duplicated: the job id is derived from the row id, so publishing a row again (crash after
 *   the add, before the commit) returns the existing BullMQ job instead of creating a second one.
 * - Several relays may run: rows are claimed with FOR UPDATE SKIP LOCKED.
 */
export function createOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const { db, queues, logger, pollMs } = options;
  const batchSize = options.batchSize ?? 100;
  const retryBaseMs = options.retryBaseMs ?? 1_000;
  const retryMaxMs = options.retryMaxMs ?? 60_000;
  const clock = options.clock ?? systemClock;

  let running = false;
  let loop: Promise<void> | undefined;
  let wakeUp: (() => void) | undefined;
  let woken = false;
  let retryPending = false;
  let unlisten: (() => Promise<void>) | undefined;
  let listenTimer: NodeJS.Timeout | undefined;
  /** The payload of the self-NOTIFY in flight and what to call when it is heard. */
  let probe: { token: string; heard: () => void } | undefined;
  const listenCheckMs = options.listenCheckMs ?? 30_000;

  async function publish(row: typeof o.$inferSelect): Promise<void> {
    const name = row.jobName;
    if (!isJobName(name) || jobDefinitions[name].queue !== row.queue) {
      throw new Error(`unknown job '${name}' for queue '${row.queue}'`);
    }
    await queues.addJob(name, row.payload as never, { jobId: outboxJobId(row.id) });
  }

  async function runOnce(): Promise<RelayRunResult> {
    return db.transaction(async (tx) => {
      const rows = await tx
        .select()
        .from(o)
        .where(and(isNull(o.publishedAt), lte(o.availableAt, clock.now())))
        .orderBy(asc(o.id))
        .limit(batchSize)
        .for('update', { skipLocked: true });
      if (rows.length === 0) return { selected: 0, published: 0, failed: 0 };

      // Row locks are held while Redis answers; each add is bounded by the queues' add timeout.
      const outcomes = await Promise.allSettled(rows.map(publish));
      const publishedIds: number[] = [];
      const failures: { id: number; attempts: number; error: unknown }[] = [];
      outcomes.forEach((outcome, index) => {
        const row = rows[index]!;
        if (outcome.status === 'fulfilled') publishedIds.push(row.id);
        else failures.push({ id: row.id, attempts: row.attempts, error: outcome.reason });
      });

      if (publishedIds.length > 0) {
        await tx.update(o).set({ publishedAt: sql`now()` }).where(inArray(o.id, publishedIds));
      }
      for (const failure of failures) {
        const delayMs = Math.min(retryBaseMs * 2 ** failure.attempts, retryMaxMs);
        const { name, message } = describeError(failure.error);
        await tx
          .update(o)
          .set({
            attempts: sql`${o.attempts} + 1`,
            lastError: `${name}: ${message}`.slice(0, 1_000),
            availableAt: new Date(clock.now().getTime() + delayMs),
          })
          .where(eq(o.id, failure.id));
      }
      if (failures.length > 0) {
        // Counts and the first error only: a Redis outage fails every row with the same error.
        logger.warn(
          { failed: failures.length, firstError: describeError(failures[0]!.error) },
          'outbox rows not published, will retry',
        );
      }
      return { selected: rows.length, published: publishedIds.length, failed: failures.length };
    });
  }

  function wake() {
    if (wakeUp) wakeUp();
    else woken = true;
  }

  function sleep(ms: number): Promise<void> {
    if (woken || !running) {
      woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakeUp = undefined;
        woken = false;
        resolve();
      }
      wakeUp = done;
    });
  }

  /** Rows set back by failed publications become due now; delayed work (never attempted) keeps its time. */
  async function resetFailedRows(): Promise<void> {
    await db
      .update(o)
      .set({ availableAt: clock.now() })
      .where(and(isNull(o.publishedAt), gt(o.attempts, 0), gt(o.availableAt, clock.now())));
  }

  async function runLoop(): Promise<void> {
    let consecutiveFailures = 0;
    while (running) {
      let delay = pollMs;
      try {
        if (retryPending) {
          retryPending = false;
          consecutiveFailures = 0;
          await resetFailedRows();
        }
        const result = await runOnce();
        if (result.selected > 0) logger.info(result, 'outbox relay batch');
        if (result.failed > 0) {
          consecutiveFailures += 1;
          delay = Math.min(pollMs * 2 ** consecutiveFailures, retryMaxMs);
        } else {
          consecutiveFailures = 0;
          // A full batch means more rows are probably waiting.
          if (result.selected === batchSize) delay = 0;
        }
      } catch (error) {
        consecutiveFailures += 1;
        delay = Math.min(pollMs * 2 ** consecutiveFailures, retryMaxMs);
        logger.warn({ err: describeError(error), retryInMs: delay }, 'outbox relay batch failed');
      }
      if (delay > 0) await sleep(delay);
    }
  }

  function onNotify(payload: string) {
    if (probe && payload === probe.token) probe.heard();
    else wake();
  }

  let client: postgres.Sql | undefined;
  const within = <T>(promise: Promise<T>, ms: number, what: string) =>
    Promise.race([
      promise,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} timed out`)), ms).unref()),
    ]);

  /** LISTENs on a new client; a (re)connection also wakes the loop for the rows committed meanwhile. */
  async function listen(connect: () => postgres.Sql): Promise<void> {
    const previous = client;
    client = undefined;
    unlisten = undefined;
    previous?.end({ timeout: 0 }).catch(() => {});
    const fresh = connect();
    client = fresh;
    const meta = await within(fresh.listen(OUTBOX_NOTIFY_CHANNEL, onNotify, wake), 10_000, 'LISTEN');
    unlisten = () => meta.unlisten();
  }

  /** NOTIFYs itself and LISTENs again, on a new client, when the notification does not come back. */
  async function checkListen(connect: () => postgres.Sql): Promise<void> {
    if (client && unlisten) {
      const token = `relay-probe-${randomUUID()}`;
      const heard = new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), Math.max(1_000, Math.min(5_000, listenCheckMs)));
        probe = {
          token,
          heard: () => {
            clearTimeout(timer);
            resolve(true);
          },
        };
      });
      try {
        await within(client`select pg_notify(${OUTBOX_NOTIFY_CHANNEL}, ${token})`, 10_000, 'NOTIFY');
      } catch {
        probe = undefined;
        return; // Postgres unreachable: nothing to LISTEN to yet, the next check tries again.
      }
      const ok = await heard;
      probe = undefined;
      if (ok) return;
      logger.warn('outbox LISTEN no longer hears notifications: listening again');
    }
    try {
      await listen(connect);
      logger.info('outbox LISTEN restored');
    } catch (error) {
      unlisten = undefined;
      logger.warn({ err: describeError(error) }, 'outbox LISTEN unavailable, polling until the next check');
    }
  }

  return {
    runOnce,
    async start() {
      if (running) return;
      running = true;
      const connect = options.listenWith;
      if (connect) {
        try {
          await listen(connect);
        } catch (error) {
          logger.warn({ err: describeError(error) }, 'outbox LISTEN unavailable, polling only for now');
        }
        let checking = false;
        listenTimer = setInterval(() => {
          if (checking || !running) return;
          checking = true;
          checkListen(connect).finally(() => {
            checking = false;
          });
        }, listenCheckMs);
        listenTimer.unref();
      }
      loop = runLoop();
    },
    async stop() {
      running = false;
      clearInterval(listenTimer);
      listenTimer = undefined;
      wakeUp?.();
      await loop;
      loop = undefined;
      await unlisten?.().catch(() => {});
      unlisten = undefined;
      await client?.end({ timeout: 1 }).catch(() => {});
      client = undefined;
    },
    wake,
    retryNow() {
      retryPending = true;
      wake();
    },
  };
}
