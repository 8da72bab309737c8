// Temporary: counts the SQL statements of one bookSeat and one createRideRequest.

import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from '../../packages/db/src/schema';
import { bookSeat, createRideRequest, systemClock } from '../../packages/domain/src/index';

const url = process.argv[2]!;
const queries: string[] = [];
const sql = postgres(url, {
  max: 2,
  onnotice: () => {},
  debug: (_c, q) => queries.push(q.replace(/\s+/g, ' ').slice(0, 160)),
});
const db = drizzle(sql, { schema, casing: 'snake_case' });
const [staff] =
  await sql`select id, territory_id, role from staff_users where email = 'coordination@demo.solimob.fr'`;
const actor = {
  kind: 'staff' as const,
  staffUserId: staff!.id,
  territoryId: staff!.territory_id,
  role: staff!.role,
};
const [pair] = await sql`
    select r.id as "residentId", sr.id as "roundId" from shuttle_rounds sr
    join shuttle_line_communes slc on slc.shuttle_line_id = sr.shuttle_line_id
    join residents r on r.commune_id = slc.commune_id and r.status = 'active'
    where sr.status = 'open' and sr.cutoff_at > now() and r.consent_source = 'bench'
      and not exists (select 1 from seat_bookings b where b.shuttle_round_id = sr.id and b.resident_id = r.id)
    limit 1`;
const [place] = await sql`select id from places where active limit 1`;
queries.length = 0;
await bookSeat(
  { db: db as never, clock: systemClock, actor },
  { residentId: pair!.residentId, shuttleRoundId: pair!.roundId },
);
console.log(`bookSeat: ${queries.length} statements`);
for (const q of queries) console.log('  ', q);
queries.length = 0;
const day = new Date(Date.now() + 9 * 86_400_000);
if (day.getUTCDay() === 0) day.setUTCDate(day.getUTCDate() + 1);
await createRideRequest(
  { db: db as never, clock: systemClock, actor },
  {
    residentId: pair!.residentId,
    destination: { placeId: place!.id },
    requestedTime: `${day.toISOString().slice(0, 10)}T10:00:00.000Z`,
    timeAnchor: 'arrival',
    returnWaitMinutes: 60,
    purpose: 'health',
  },
);
console.log(`createRideRequest: ${queries.length} statements`);
for (const q of queries) console.log('  ', q);
await sql.end();
