import { type DbOrTx, schema } from '@solimob/db';
import { and, asc, eq, gt, ne, notExists, sql } from 'drizzle-orm';

export interface BookableRound {
  id: string;
  /** YYYY-MM-DD */
  serviceDate: string;
}

/**
 * The market-shuttle round a resident asking "une place lundi" (or just "la navette") means: an open
 * round before its booking cut-off, on a line that serves the resident's commune, on the day named
 * if one was, else the soonest one they are not already on.
 */
export async function nextBookableRound(
  db: DbOrTx,
  input: { territoryId: string; residentId: string; now: Date; date: string | null },
): Promise<BookableRound | undefined> {
  const r = schema.shuttleRounds;
  const line = schema.shuttleLines;
  const served = schema.shuttleLineCommunes;
  const resident = schema.residents;
  const booking = schema.seatBookings;
  const alreadyOn = db
    .select({ one: sql`1` })
    .from(booking)
    .where(
      and(
        eq(booking.shuttleRoundId, r.id),
        eq(booking.residentId, input.residentId),
        ne(booking.status, 'cancelled'),
      ),
    );
  const [round] = await db
    .select({ id: r.id, serviceDate: r.serviceDate })
    .from(r)
    .innerJoin(line, and(eq(line.id, r.shuttleLineId), eq(line.active, true)))
    .innerJoin(served, eq(served.shuttleLineId, line.id))
    .innerJoin(resident, and(eq(resident.id, input.residentId), eq(resident.communeId, served.communeId)))
    .where(
      and(
        eq(r.territoryId, input.territoryId),
        eq(r.status, 'open'),
        gt(r.cutoffAt, input.now),
        // A day named is that day (bookSeat then says if they are already on it); else the next free one.
        input.date ? eq(r.serviceDate, input.date) : notExists(alreadyOn),
      ),
    )
    .orderBy(asc(r.serviceDate))
    .limit(1);
  return round;
}
