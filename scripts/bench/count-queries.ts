/**
 * Counts the SQL statements one seat booking and one ride request send, through the domain verbs the
 * API calls, on a prepared bench database (scripts/bench-api runs it after the load). Deterministic,
 * unlike timings on a shared machine: every statement is a round trip to Postgres.
 */
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { CASING } from '../../packages/db/src/client';
import * as schema from '../../packages/db/src/schema';
import { bookSeat, createRideRequest, systemClock } from '../../packages/domain/src/index';

export async function countStatements(url: string): Promise<{ booking: string[]; ride: string[] }> {
  const statements: string[] = [];
  // One connection, opened by the first query below: its type lookup is not counted as the booking's.
  const sql = postgres(url, {
    max: 1,
    onnotice: () => {},
    debug: (_connection, query) => statements.push(query.replace(/\s+/g, ' ').trim().slice(0, 90)),
  });
  try {
    const db = drizzle(sql, { schema, casing: CASING });
    const [staff] = await sql`
      select id, territory_id, role from staff_users where email = 'coordination@demo.solimob.fr'`;
    const actor = {
      kind: 'staff' as const,
      staffUserId: staff!.id as string,
      territoryId: staff!.territory_id as string,
      role: staff!.role,
    };
    const [pair] = await sql`
      select r.id as "residentId", sr.id as "roundId" from shuttle_rounds sr
      join shuttle_line_communes slc on slc.shuttle_line_id = sr.shuttle_line_id
      join residents r on r.commune_id = slc.commune_id and r.status = 'active'
      where sr.status = 'open' and sr.cutoff_at > now() and r.consent_source = 'bench'
        and not exists (select 1 from seat_bookings b where b.shuttle_round_id = sr.id and b.resident_id = r.id)
      limit 1`;
    const [place] = await sql`select id from places where active order by name limit 1`;
    const ctx = { db: db as never, clock: systemClock, actor };
    statements.length = 0;
    await bookSeat(ctx, { residentId: pair!.residentId, shuttleRoundId: pair!.roundId });
    const booking = statements.splice(0);
    const day = new Date(Date.now() + 45 * 86_400_000);
    if (day.getUTCDay() === 0) day.setUTCDate(day.getUTCDate() + 1);
    await createRideRequest(ctx, {
      residentId: pair!.residentId,
      destination: { placeId: place!.id },
      requestedTime: `${day.toISOString().slice(0, 10)}T10:00:00.000Z`,
      timeAnchor: 'arrival',
      returnWaitMinutes: 60,
      purpose: 'health',
    });
    return { booking, ride: statements.splice(0) };
  } finally {
    await sql.end();
  }
}
