-- Custom migration (hand-written): what drizzle cannot express.
--
-- 1. A round's capacity is the sum of its vehicles. A trigger keeps shuttle_rounds.seat_capacity and
--    wheelchair_capacity equal to it whenever a round vehicle is added, changed or removed; the CHECK
--    constraints on shuttle_rounds (seats_taken <= seat_capacity, …) then refuse removing a vehicle
--    whose places are taken. See docs/adr/0007-seat-capacity-and-waitlist.md.
CREATE FUNCTION "shuttle_round_capacity_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  affected uuid[];
BEGIN
  IF TG_OP = 'DELETE' THEN
    affected := ARRAY[OLD.shuttle_round_id];
  ELSIF TG_OP = 'UPDATE' THEN
    affected := ARRAY[OLD.shuttle_round_id, NEW.shuttle_round_id];
  ELSE
    affected := ARRAY[NEW.shuttle_round_id];
  END IF;
  UPDATE shuttle_rounds r
     SET seat_capacity = coalesce((SELECT sum(v.seats) FROM shuttle_round_vehicles v WHERE v.shuttle_round_id = r.id), 0),
         wheelchair_capacity = coalesce((SELECT sum(v.wheelchair_places) FROM shuttle_round_vehicles v WHERE v.shuttle_round_id = r.id), 0)
   WHERE r.id = ANY (affected);
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "shuttle_round_vehicles_capacity_trg"
  AFTER INSERT OR UPDATE OR DELETE ON "shuttle_round_vehicles"
  FOR EACH ROW EXECUTE FUNCTION "shuttle_round_capacity_sync"();--> statement-breakpoint
-- 2. Put back what 0003 set aside: each line gets one vehicle from its old seat columns, each round
--    the line's times, a cut-off, a copy of the vehicle and counters recomputed from its bookings.
INSERT INTO "shuttle_line_vehicles" ("shuttle_line_id", "name", "seats", "wheelchair_places")
  SELECT "id", 'Minibus', "vehicle_seats", "wheelchair_places" FROM "shuttle_migration_lines";--> statement-breakpoint
INSERT INTO "shuttle_rounds" ("id", "territory_id", "shuttle_line_id", "nominal_date", "service_date",
    "arrival_time", "departure_time", "cutoff_at", "status", "planned_at", "created_at", "updated_at")
  SELECT r."id", r."territory_id", r."shuttle_line_id", r."service_date", r."service_date",
         l."arrival_time", l."departure_time",
         ((r."service_date" + l."arrival_time") AT TIME ZONE t."timezone") - make_interval(hours => l."booking_cutoff_hours"),
         r."status", r."planned_at", r."created_at", r."updated_at"
    FROM "shuttle_migration_rounds" r
    JOIN "shuttle_lines" l ON l."id" = r."shuttle_line_id"
    JOIN "territories" t ON t."id" = r."territory_id";--> statement-breakpoint
INSERT INTO "shuttle_round_vehicles" ("shuttle_round_id", "name", "seats", "wheelchair_places")
  SELECT r."id", v."name", v."seats", v."wheelchair_places"
    FROM "shuttle_rounds" r JOIN "shuttle_line_vehicles" v ON v."shuttle_line_id" = r."shuttle_line_id";--> statement-breakpoint
INSERT INTO "seat_bookings" ("id", "territory_id", "shuttle_round_id", "resident_id", "status", "pickup_stop_id",
    "pickup_lat", "pickup_lon", "planned_pickup_at", "passengers", "wheelchair", "channel", "waitlist_rank",
    "cancelled_at", "created_at", "updated_at")
  SELECT "id", "territory_id", "shuttle_round_id", "resident_id", "status", "pickup_stop_id", "pickup_lat",
         "pickup_lon", "planned_pickup_at", "passengers", "wheelchair", "channel", "waitlist_rank",
         "cancelled_at", "created_at", "updated_at"
    FROM "shuttle_migration_bookings";--> statement-breakpoint
UPDATE "shuttle_rounds" r
   SET "seats_taken" = coalesce(c.seats, 0), "wheelchairs_taken" = coalesce(c.wheelchairs, 0),
       "waitlist_seq" = coalesce(c.last_rank, 0)
  FROM (SELECT "shuttle_round_id",
               sum(CASE WHEN "status" = 'confirmed' THEN "passengers" - "wheelchair"::int END) AS seats,
               sum(CASE WHEN "status" = 'confirmed' THEN "wheelchair"::int END) AS wheelchairs,
               max("waitlist_rank") AS last_rank
          FROM "seat_bookings" GROUP BY "shuttle_round_id") c
 WHERE c."shuttle_round_id" = r."id";--> statement-breakpoint
DROP TABLE "shuttle_migration_bookings";--> statement-breakpoint
DROP TABLE "shuttle_migration_rounds";--> statement-breakpoint
DROP TABLE "shuttle_migration_lines";
