-- Offers and trips written before missions existed (demo data) get one mission per ride request, so the
-- next migration can make offers.mission_id mandatory. Requests without offers or trips are left alone:
-- matching creates their mission.
CREATE TEMPORARY TABLE mission_backfill ON COMMIT DROP AS
SELECT
  r.id AS ride_request_id,
  gen_random_uuid() AS mission_id,
  r.territory_id,
  r.status AS request_status,
  r.status_reason,
  r.requested_time,
  coalesce(
    (SELECT o.volunteer_driver_id FROM offers o WHERE o.ride_request_id = r.id AND o.status = 'accepted' LIMIT 1),
    (SELECT t.volunteer_driver_id FROM trips t WHERE t.ride_request_id = r.id AND t.volunteer_driver_id IS NOT NULL LIMIT 1)
  ) AS volunteer_driver_id,
  (SELECT o.code FROM offers o WHERE o.ride_request_id = r.id AND o.status = 'accepted' LIMIT 1) AS accepted_code,
  (SELECT min(t.planned_pickup_at) FROM trips t WHERE t.ride_request_id = r.id) AS first_pickup,
  (SELECT max(t.planned_dropoff_at) FROM trips t WHERE t.ride_request_id = r.id) AS last_dropoff,
  (SELECT max(t.actual_dropoff_at) FROM trips t WHERE t.ride_request_id = r.id) AS actual_end,
  (SELECT sum(t.distance_meters) FROM trips t WHERE t.ride_request_id = r.id) AS driven_meters,
  (SELECT coalesce(max(o.wave), 0) FROM offers o WHERE o.ride_request_id = r.id) AS wave,
  row_number() OVER (PARTITION BY r.territory_id ORDER BY r.id) AS n
FROM ride_requests r
WHERE EXISTS (SELECT 1 FROM offers o WHERE o.ride_request_id = r.id)
   OR EXISTS (SELECT 1 FROM trips t WHERE t.ride_request_id = r.id);
--> statement-breakpoint
INSERT INTO missions (
  id, territory_id, status, volunteer_driver_id, code, wave, match_deadline, planned_start_at,
  planned_end_at, planned_distance_meters, status_reason, completed_at, driven_distance_meters,
  mileage_rate_eur_per_km, created_at, updated_at
)
SELECT
  b.mission_id,
  b.territory_id,
  (CASE
    WHEN b.request_status IN ('matched', 'completed') AND b.volunteer_driver_id IS NULL THEN 'open'
    WHEN b.request_status = 'matched' THEN 'assigned'
    WHEN b.request_status = 'completed' THEN 'completed'
    WHEN b.request_status = 'cancelled' THEN 'cancelled'
    WHEN b.request_status = 'unmet' THEN 'unmet'
    ELSE 'open'
  END)::mission_status,
  CASE WHEN b.request_status IN ('matched', 'completed', 'cancelled') THEN b.volunteer_driver_id END,
  CASE
    WHEN b.request_status IN ('matched', 'completed') AND b.volunteer_driver_id IS NOT NULL
      THEN coalesce(b.accepted_code, lpad((1000 + (b.n % 9000))::text, 4, '0'))
  END,
  b.wave,
  coalesce(b.first_pickup, b.requested_time) - interval '24 hours',
  coalesce(b.first_pickup, b.requested_time),
  greatest(coalesce(b.last_dropoff, b.first_pickup, b.requested_time), coalesce(b.first_pickup, b.requested_time)),
  0,
  CASE WHEN b.request_status IN ('cancelled', 'unmet') THEN coalesce(b.status_reason, 'unknown') END,
  CASE WHEN b.request_status = 'completed' AND b.volunteer_driver_id IS NOT NULL
    THEN coalesce(b.actual_end, b.last_dropoff, b.requested_time) END,
  CASE WHEN b.request_status = 'completed' THEN b.driven_meters END,
  CASE WHEN b.request_status = 'completed'
    THEN (SELECT t.mileage_rate_eur_per_km FROM territories t WHERE t.id = b.territory_id) END,
  now(),
  now()
FROM mission_backfill b;
--> statement-breakpoint
INSERT INTO mission_requests (mission_id, ride_request_id)
SELECT mission_id, ride_request_id FROM mission_backfill;
--> statement-breakpoint
UPDATE offers o SET mission_id = b.mission_id FROM mission_backfill b WHERE o.ride_request_id = b.ride_request_id;
--> statement-breakpoint
UPDATE trips t SET mission_id = b.mission_id FROM mission_backfill b WHERE t.ride_request_id = b.ride_request_id;
--> statement-breakpoint
DROP TABLE mission_backfill;
