-- Custom migration (hand-written): runs before 0004, which adds NOT NULL columns to shuttle_rounds and
-- drops the vehicle columns of shuttle_lines. Existing rounds and seat bookings (demo data on every
-- development database) are set aside here and put back by 0005 with the new columns filled in.
CREATE TABLE "shuttle_migration_lines" AS
  SELECT "id", "vehicle_seats", "wheelchair_places" FROM "shuttle_lines";--> statement-breakpoint
CREATE TABLE "shuttle_migration_rounds" AS SELECT * FROM "shuttle_rounds";--> statement-breakpoint
CREATE TABLE "shuttle_migration_bookings" AS SELECT * FROM "seat_bookings";--> statement-breakpoint
DELETE FROM "seat_bookings";--> statement-breakpoint
DELETE FROM "shuttle_rounds";
