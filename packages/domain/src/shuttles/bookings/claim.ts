import {
  type DbOrTx,
  executePrepared,
  type RawRow,
  rowOf,
  type SeatBooking,
  type ShuttleRound,
  schema,
  type Tx,
} from '@solimob/db';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { BookingChannel } from '../../context';

export interface SeatClaim {
  /** The new booking's id, chosen by the caller so that its messages can name it in advance. */
  bookingId: string;
  territoryId: string;
  round: Pick<ShuttleRound, 'id'>;
  residentId: string;
  /** Round statuses in which the claim is accepted (checked under the round's lock). */
  statuses: readonly ShuttleRound['status'][];
  pickup: { stopId: string | null; lat: number; lon: number };
  passengers: number;
  wheelchair: boolean;
  channel: BookingChannel;
  subscriptionId?: string | null;
  createdByStaffId?: string | null;
  now: Date;
}

/**
 * Writes that depend on the claim's outcome, folded into its statement as CTEs (`name as (…)`): over
 * the CTE `booked` (the inserted booking row: no row when nothing was booked), e.g. the audit entry,
 * or over `placed` (the same row with its `waitlist_position`), e.g. the message telling the rank.
 */
export type ClaimWrites = SQL[];

export type ClaimResult =
  | { kind: 'booked'; booking: SeatBooking; waitlistPosition: number | null }
  /** The resident already has an active booking on this round (the partial unique index said so). */
  | { kind: 'duplicate' }
  /** The round left the accepted statuses (closed, cancelled) before the claim got its lock. */
  | { kind: 'closed' };

/**
 * Books a seat or a waitlist place in ONE statement, with the caller's writes: it locks the round's
 * row, decides from the locked counters whether the booking fits, inserts the booking (confirmed, or
 * with the next waitlist rank), moves the counters only when the insert happened, and writes `writes`.
 * Concurrent claims queue on the row lock, so they are decided in the order they got it, each on the
 * counters the previous one left; the CHECK constraints on the counters are the last line of defence.
 * A second active booking of the same resident meets the partial unique index: `on conflict … do
 * nothing` skips it (waiting for a concurrent insert of the same key to commit or roll back first) and
 * nothing else is written. Atomic on its own, it holds the round's lock only while Postgres runs it.
 *
 * A waitlisted newcomer is last in the queue: their position is the round's `waitlisted` counter + 1,
 * read from the locked row (the version the previous claim left, not this statement's snapshot), so
 * the queue is not counted (it is, with seat_waitlist_position, when a booking is shown later).
 */
export async function claimSeat(
  db: DbOrTx,
  claim: SeatClaim,
  writes: ClaimWrites = [],
): Promise<ClaimResult> {
  const [row] = (await executePrepared(db, claimStatement(claim, writes))) as (RawRow & { open: boolean })[];
  if (!row || row.id === null) return row?.open ? { kind: 'duplicate' } : { kind: 'closed' };
  const booking = rowOf(schema.seatBookings, row);
  const position = row.waitlist_position as number | null;
  return { kind: 'booked', booking, waitlistPosition: booking.status === 'waitlisted' ? position : null };
}

function claimStatement(claim: SeatClaim, writes: SQL[]) {
  const seats = claim.passengers - (claim.wheelchair ? 1 : 0);
  const wheelchairs = claim.wheelchair ? 1 : 0;
  const statuses = claim.statuses.join(',');
  // Raw SQL parameters: postgres-js binds a Date only through drizzle's column mapping, so pass text.
  const now = claim.now.toISOString();
  const more = writes.length === 0 ? sql`` : sql`, ${sql.join(writes, sql`, `)}`;
  return sql`
    with locked as (
      select id, waitlist_seq, waitlisted,
             seats_taken + ${seats}::int <= seat_capacity
               and wheelchairs_taken + ${wheelchairs}::int <= wheelchair_capacity as fits
        from shuttle_rounds
       where id = ${claim.round.id}
         and territory_id = ${claim.territoryId}
         and status::text = any (string_to_array(${statuses}, ','))
         for update
    ), booked as (
      insert into seat_bookings (id, territory_id, shuttle_round_id, resident_id, status, pickup_stop_id,
                                 pickup_lat, pickup_lon, passengers, wheelchair, channel, waitlist_rank,
                                 shuttle_subscription_id, created_by_staff_id, created_at, updated_at)
      select ${claim.bookingId}::uuid, ${claim.territoryId}::uuid, locked.id, ${claim.residentId}::uuid,
             (case when fits then 'confirmed' else 'waitlisted' end)::seat_booking_status,
             ${claim.pickup.stopId}::uuid, ${claim.pickup.lat}::double precision,
             ${claim.pickup.lon}::double precision, ${claim.passengers}::smallint,
             ${claim.wheelchair}::boolean, ${claim.channel}::booking_channel,
             case when fits then null else waitlist_seq + 1 end,
             ${claim.subscriptionId ?? null}::uuid, ${claim.createdByStaffId ?? null}::uuid,
             ${now}::timestamptz, ${now}::timestamptz
        from locked
          on conflict (shuttle_round_id, resident_id) where status <> 'cancelled' do nothing
   returning *
    ), counted as (
      update shuttle_rounds r
         set seats_taken = r.seats_taken + case when booked.status = 'confirmed' then ${seats}::int else 0 end,
             wheelchairs_taken = r.wheelchairs_taken
               + case when booked.status = 'confirmed' then ${wheelchairs}::int else 0 end,
             waitlist_seq = r.waitlist_seq + case when booked.status = 'confirmed' then 0 else 1 end,
             waitlisted = r.waitlisted + case when booked.status = 'confirmed' then 0 else 1 end,
             updated_at = ${now}::timestamptz
        from booked
       where r.id = booked.shuttle_round_id
   returning r.id
    ), placed as (
      select booked.*, case when booked.status = 'waitlisted' then locked.waitlisted + 1 end as waitlist_position
        from booked, locked
    )${more}
    select exists (select 1 from locked) as open, placed.*
      from (select 1) as one left join placed on true`;
}

/**
 * Gives back what an active booking held: a confirmed booking's places, a waitlisted booking's place
 * in the queue (the round's `waitlisted` counter). The caller holds the round's lock (see lockRound);
 * the relative update cannot lose a concurrent change either way.
 */
export async function releasePlace(
  tx: Tx,
  roundId: string,
  booking: Pick<SeatBooking, 'status' | 'passengers' | 'wheelchair'>,
  now: Date,
): Promise<void> {
  const r = schema.shuttleRounds;
  if (booking.status === 'waitlisted') {
    await tx
      .update(r)
      .set({ waitlisted: sql`${r.waitlisted} - 1`, updatedAt: now })
      .where(eq(r.id, roundId));
    return;
  }
  const seats = booking.passengers - (booking.wheelchair ? 1 : 0);
  const wheelchairs = booking.wheelchair ? 1 : 0;
  await tx
    .update(r)
    .set({
      seatsTaken: sql`${r.seatsTaken} - ${seats}`,
      wheelchairsTaken: sql`${r.wheelchairsTaken} - ${wheelchairs}`,
      updatedAt: now,
    })
    .where(eq(r.id, roundId));
}

/**
 * Confirms the first waiting booking (lowest rank) that fits in the free places, in one statement that
 * moves the counters with it; returns it, or nothing when nobody waiting fits. A couple who do not fit
 * in one freed seat keep their rank, and the next person who fits goes first. The caller holds the
 * round's lock, so the waitlist it reads cannot change under it.
 */
export async function promoteNext(tx: Tx, roundId: string, at: Date): Promise<SeatBooking | undefined> {
  const now = at.toISOString();
  const promoted = await tx.execute<{ id: string }>(sql`
    with round as (
      select id, seats_taken, wheelchairs_taken, seat_capacity, wheelchair_capacity
        from shuttle_rounds where id = ${roundId} for update
    ), next as (
      select b.id, b.passengers - b.wheelchair::int as seats, b.wheelchair::int as wheelchairs
        from seat_bookings b, round
       where b.shuttle_round_id = ${roundId}
         and b.status = 'waitlisted'
         and round.seats_taken + b.passengers - b.wheelchair::int <= round.seat_capacity
         and round.wheelchairs_taken + b.wheelchair::int <= round.wheelchair_capacity
       order by b.waitlist_rank
       limit 1
    ), counted as (
      update shuttle_rounds r
         set seats_taken = r.seats_taken + next.seats,
             wheelchairs_taken = r.wheelchairs_taken + next.wheelchairs,
             waitlisted = r.waitlisted - 1,
             updated_at = ${now}::timestamptz
        from next
       where r.id = ${roundId}
   returning next.id
    )
    update seat_bookings b
       set status = 'confirmed', waitlist_rank = null, updated_at = ${now}::timestamptz
      from counted
     where b.id = counted.id
 returning b.id`);
  const id = promoted[0]?.id;
  if (!id) return undefined;
  const [booking] = await tx
    .select()
    .from(schema.seatBookings)
    .where(and(eq(schema.seatBookings.id, id), eq(schema.seatBookings.status, 'confirmed')));
  return booking;
}
