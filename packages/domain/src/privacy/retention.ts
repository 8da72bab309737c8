import { type Db, schema } from '@solimob/db';
import { and, isNotNull, lt, or, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { recordAudit } from '../audit';
import type { Clock } from '../context';
import { withTransaction } from '../context';
import { loadTerritory } from '../territories/load';
import {
  deleteConversations,
  pseudonymiseMessages,
  pseudonymiseRideRequests,
  pseudonymiseSeatBookings,
  pseudonymiseTasks,
} from './pseudonymise';

/** Published outbox rows are kept this long (to follow a job up), then deleted. */
export const PUBLISHED_OUTBOX_KEPT_DAYS = 7;

export interface RetentionResult {
  sessionsDeleted: number;
  outboxDeleted: number;
  territories: {
    territoryId: string;
    cutoff: Date;
    rideRequests: number;
    seatBookings: number;
    messages: number;
    tasks: number;
    conversations: number;
  }[];
}

/**
 * The daily retention job. Expired and revoked staff sessions and published outbox rows are deleted.
 * Then, per territory, what is older than its `privacy.retentionMonths` setting is pseudonymised: the
 * addresses of final ride requests (and so of their trips), message bodies and numbers, voicemail
 * recordings and call-back numbers of tasks, and conversations. Aggregate statistics are unchanged
 * (see pseudonymise.ts). Idempotent: a second run the same day finds nothing to do.
 */
export async function applyRetention(deps: { db: Db; clock: Clock }): Promise<RetentionResult> {
  const now = deps.clock.now();
  const sessions = await deps.db
    .delete(schema.staffSessions)
    .where(or(lt(schema.staffSessions.expiresAt, now), isNotNull(schema.staffSessions.revokedAt)))
    .returning({ id: schema.staffSessions.id });
  const outbox = await deps.db
    .delete(schema.outbox)
    .where(
      and(
        isNotNull(schema.outbox.publishedAt),
        lt(schema.outbox.publishedAt, new Date(now.getTime() - PUBLISHED_OUTBOX_KEPT_DAYS * 86_400_000)),
      ),
    )
    .returning({ id: schema.outbox.id });

  const territories = await deps.db.select({ id: schema.territories.id }).from(schema.territories);
  const result: RetentionResult = {
    sessionsDeleted: sessions.length,
    outboxDeleted: outbox.length,
    territories: [],
  };
  for (const { id: territoryId } of territories) {
    const ctx = { db: deps.db, clock: deps.clock, actor: { kind: 'system' as const, territoryId } };
    const done = await withTransaction(ctx, async (tx) => {
      const territory = await loadTerritory(tx.db, territoryId);
      const cutoff = DateTime.fromJSDate(now, { zone: territory.timezone })
        .minus({ months: territory.settings.privacy.retentionMonths })
        .toJSDate();
      const at = cutoff.toISOString();
      const counts = {
        territoryId,
        cutoff,
        rideRequests: await pseudonymiseRideRequests(
          tx.db,
          sql`r.territory_id = ${territoryId} and r.requested_time < ${at}::timestamptz
              and coalesce(r.return_time, r.requested_time) < ${at}::timestamptz`,
          now,
        ),
        seatBookings: await pseudonymiseSeatBookings(
          tx.db,
          sql`b.territory_id = ${territoryId} and b.shuttle_round_id in (
                select id from shuttle_rounds where territory_id = ${territoryId}
                   and service_date < ${DateTime.fromJSDate(cutoff, { zone: territory.timezone }).toISODate()}::date)`,
        ),
        messages: await pseudonymiseMessages(
          tx.db,
          sql`m.territory_id = ${territoryId} and m.created_at < ${at}::timestamptz`,
          now,
        ),
        tasks: await pseudonymiseTasks(
          tx.db,
          sql`t.territory_id = ${territoryId} and t.status <> 'open' and t.created_at < ${at}::timestamptz`,
        ),
        conversations: await deleteConversations(
          tx.db,
          sql`c.territory_id = ${territoryId} and c.updated_at < ${at}::timestamptz`,
        ),
      };
      if (
        counts.rideRequests + counts.seatBookings + counts.messages + counts.tasks + counts.conversations >
        0
      ) {
        await recordAudit(tx, {
          action: 'privacy.retention',
          entityType: 'territory',
          entityId: territoryId,
          details: { ...counts, cutoff: at },
        });
      }
      return counts;
    });
    result.territories.push(done);
  }
  return result;
}
