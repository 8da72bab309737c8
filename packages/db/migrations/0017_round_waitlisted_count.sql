-- The length of each round's waitlist, kept beside the other locked counters (seats_taken…): a seat claim
-- tells the newcomer's position from the round's locked row instead of counting the queue (which grew
-- with it). Filled from the bookings, then held by the CHECK below. See ADR 0007.
ALTER TABLE "shuttle_rounds" ADD COLUMN "waitlisted" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE "shuttle_rounds" r
   SET "waitlisted" = c."n"
  FROM (SELECT "shuttle_round_id", count(*) AS "n" FROM "seat_bookings"
         WHERE "status" = 'waitlisted' GROUP BY "shuttle_round_id") c
 WHERE c."shuttle_round_id" = r."id";--> statement-breakpoint
ALTER TABLE "shuttle_rounds" ADD CONSTRAINT "shuttle_rounds_waitlisted_ck" CHECK ("shuttle_rounds"."waitlisted" between 0 and "shuttle_rounds"."waitlist_seq");
