-- A waitlisted booking's position (1 = next to get a seat): 1 + the bookings still waiting ahead of it.
-- VOLATILE and PL/pgSQL on purpose: in READ COMMITTED each statement inside a volatile function takes a
-- fresh snapshot. The seat claim (claimSeat) calls it after it got the round's lock, in the statement
-- that waited for that lock, whose own snapshot predates the bookings committed while it waited; the
-- function sees them (ranks are handed out under the same lock, so every one of them is ahead).
CREATE FUNCTION "seat_waitlist_position"("round_id" uuid, "rank" integer) RETURNS integer
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  RETURN 1 + (SELECT count(*) FROM "seat_bookings"
               WHERE "shuttle_round_id" = "round_id" AND "status" = 'waitlisted' AND "waitlist_rank" < "rank");
END
$$;
