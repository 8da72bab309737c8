import { schema } from '@solimob/db';
import { and, asc, count, eq, gte, type SQL, sql } from 'drizzle-orm';
import Type from 'typebox';
import { assertCan } from '../../authz';
import type { ServiceContext } from '../../context';
import { type Page, PageQuery, pageWindow, parseInput, Uuid } from '../../input';
import { residentIdsInScope } from '../../residents/scope';
import { hhmm } from '../common';
import { seatBookingStatusValues } from './schemas';
import { type SeatBookingView, toSeatBookingView, waitlistPosition } from './view';

export const ListResidentSeatBookingsQuery = Type.Object(
  {
    ...PageQuery.properties,
    residentId: Uuid,
    from: Type.Optional(Type.String({ format: 'date', description: 'Rounds on or after this date' })),
    status: Type.Optional(Type.Enum(seatBookingStatusValues)),
  },
  { additionalProperties: false },
);

export interface ResidentSeatBookingView extends SeatBookingView {
  /** The round and line the seat is on, so a caller hears the date and times without another lookup. */
  round: {
    serviceDate: string;
    arrivalTime: string;
    departureTime: string;
    status: (typeof schema.shuttleRoundStatus.enumValues)[number];
    lineName: string;
  };
}

/** One resident's seats on market-shuttle rounds by service date (confirmed, waitlisted, then cancelled). */
export async function listResidentSeatBookings(
  ctx: ServiceContext,
  rawQuery: unknown,
): Promise<Page<ResidentSeatBookingView>> {
  assertCan(ctx.actor, 'shuttles:read');
  const query = parseInput(ListResidentSeatBookingsQuery, rawQuery);
  const { page, pageSize, offset } = pageWindow(query);
  const b = schema.seatBookings;
  const r = schema.shuttleRounds;
  const where: SQL | undefined = and(
    eq(b.territoryId, ctx.actor.territoryId),
    eq(b.residentId, query.residentId),
    residentIdsInScope(ctx, b.residentId),
    query.from ? gte(r.serviceDate, query.from) : undefined,
    query.status ? eq(b.status, query.status) : undefined,
  );
  const [rows, [totalRow]] = await Promise.all([
    ctx.db
      .select({ booking: b, round: r, lineName: schema.shuttleLines.name })
      .from(b)
      .innerJoin(r, eq(r.id, b.shuttleRoundId))
      .innerJoin(schema.shuttleLines, eq(schema.shuttleLines.id, r.shuttleLineId))
      .where(where)
      .orderBy(
        asc(r.serviceDate),
        sql`case ${b.status} when 'confirmed' then 0 when 'waitlisted' then 1 else 2 end`,
        asc(b.createdAt),
        asc(b.id),
      )
      .limit(pageSize)
      .offset(offset),
    ctx.db.select({ total: count() }).from(b).innerJoin(r, eq(r.id, b.shuttleRoundId)).where(where),
  ]);
  const items = await Promise.all(
    rows.map(async (row) => ({
      ...toSeatBookingView(row.booking, await waitlistPosition(ctx.db, row.booking)),
      round: {
        serviceDate: row.round.serviceDate,
        arrivalTime: hhmm(row.round.arrivalTime),
        departureTime: hhmm(row.round.departureTime),
        status: row.round.status,
        lineName: row.lineName,
      },
    })),
  );
  return { items, page, pageSize, total: totalRow?.total ?? 0 };
}
