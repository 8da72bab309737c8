import { schema } from '@solimob/db';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { assertCan } from '../../authz';
import type { ServiceContext } from '../../context';
import { type Page, pageWindow, parseInput, Uuid } from '../../input';
import { residentIdsInScope } from '../../residents/scope';
import { findRound } from '../common';
import { ListSeatBookingsQuery } from './schemas';
import { type SeatBookingView, toSeatBookingView, waitlistPositionSql } from './view';

/** A round's bookings: confirmed first, then the waitlist in rank order, then cancellations. */
export async function listSeatBookings(
  ctx: ServiceContext,
  roundId: string,
  rawQuery: unknown = {},
): Promise<Page<SeatBookingView>> {
  assertCan(ctx.actor, 'shuttles:read');
  parseInput(Uuid, roundId);
  const query = parseInput(ListSeatBookingsQuery, rawQuery);
  const { page, pageSize, offset } = pageWindow(query);
  await findRound(ctx.db, ctx.actor.territoryId, roundId);
  const b = schema.seatBookings;
  const where = and(
    eq(b.shuttleRoundId, roundId),
    residentIdsInScope(ctx, b.residentId),
    query.status ? eq(b.status, query.status) : undefined,
  );
  const position = sql<number | null>`case when ${b.status} = 'waitlisted'
    then ${waitlistPositionSql(b.shuttleRoundId, b.waitlistRank)} end`;
  const [rows, [totalRow]] = await Promise.all([
    ctx.db
      .select({ booking: b, position })
      .from(b)
      .where(where)
      .orderBy(
        sql`case ${b.status} when 'confirmed' then 0 when 'waitlisted' then 1 else 2 end`,
        asc(b.waitlistRank),
        asc(b.createdAt),
        asc(b.id),
      )
      .limit(pageSize)
      .offset(offset),
    ctx.db.select({ total: count() }).from(b).where(where),
  ]);
  return {
    items: rows.map((row) => toSeatBookingView(row.booking, row.position)),
    page,
    pageSize,
    total: totalRow?.total ?? 0,
  };
}
