import type { DbOrTx } from '@solimob/db';
import { type SQL, sql } from 'drizzle-orm';

/*
 * Pseudonymisation shared by the retention job and an erasure on request. What names, locates or
 * quotes a person goes; what the statistics count stays: ids, statuses, times, passengers, communes,
 * distances. The reports (packages/domain/src/reports) read only what stays, so they give the same
 * figures before and after.
 */

/**
 * Ride requests matching `where` (a condition on `r`, the ride_requests row): their addresses (labels,
 * places and coordinates of both ends) become the resident's commune (its name and town-hall point).
 * Only final requests: one still to be driven needs its addresses.
 */
export async function pseudonymiseRideRequests(db: DbOrTx, where: SQL, now: Date): Promise<number> {
  const rows = await db.execute(sql`
    update ride_requests r
       set origin_label = c.name, origin_place_id = null, origin_lat = c.lat, origin_lon = c.lon,
           destination_label = c.name, destination_place_id = null, destination_lat = c.lat,
           destination_lon = c.lon, pseudonymised_at = ${now.toISOString()}::timestamptz
      from residents res join communes c on c.id = res.commune_id
     where res.id = r.resident_id and r.pseudonymised_at is null
       and r.status in ('completed', 'cancelled', 'unmet') and ${where}
    returning r.id`);
  return rows.length;
}

/**
 * Seat bookings matching `where` (a condition on `b`): a door pick-up's point (the home) becomes the
 * commune's. Passengers, statuses and rounds stay.
 */
export async function pseudonymiseSeatBookings(db: DbOrTx, where: SQL): Promise<number> {
  const rows = await db.execute(sql`
    update seat_bookings b set pickup_lat = c.lat, pickup_lon = c.lon
      from residents res join communes c on c.id = res.commune_id
     where res.id = b.resident_id and (b.pickup_lat, b.pickup_lon) is distinct from (c.lat, c.lon)
       and ${where}
    returning b.id`);
  return rows.length;
}

/**
 * Messages matching `where` (a condition on `m`): the body and the other party's number are blanked.
 * Messages still on their way (pending, sending) are left until they are done.
 */
export async function pseudonymiseMessages(db: DbOrTx, where: SQL, now: Date): Promise<number> {
  const rows = await db.execute(sql`
    update messages m set body = '', counterpart_phone = '', pseudonymised_at = ${now.toISOString()}::timestamptz
     where m.pseudonymised_at is null and m.status not in ('pending', 'sending') and ${where}
    returning m.id`);
  return rows.length;
}

/** Staff tasks matching `where` (on `t`): the voicemail recording's address and the number to call go. */
export async function pseudonymiseTasks(db: DbOrTx, where: SQL): Promise<number> {
  const rows = await db.execute(sql`
    update staff_tasks t set recording_url = null, phone = null
     where (t.recording_url is not null or t.phone is not null) and ${where}
    returning t.id`);
  return rows.length;
}

/** SMS and voice conversations matching `where` (on `c`): their state is only useful while they run. */
export async function deleteConversations(db: DbOrTx, where: SQL): Promise<number> {
  const rows = await db.execute(sql`delete from conversations c where ${where} returning c.id`);
  return rows.length;
}
