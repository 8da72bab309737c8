CREATE TYPE "public"."actor_kind" AS ENUM('staff', 'resident', 'volunteer', 'system');--> statement-breakpoint
CREATE TYPE "public"."booking_channel" AS ENUM('sms', 'voice', 'staff', 'web', 'api');--> statement-breakpoint
CREATE TYPE "public"."contact_channel" AS ENUM('sms', 'voice', 'staff');--> statement-breakpoint
CREATE TYPE "public"."message_channel" AS ENUM('sms', 'voice');--> statement-breakpoint
CREATE TYPE "public"."message_direction" AS ENUM('inbound', 'outbound');--> statement-breakpoint
CREATE TYPE "public"."message_status" AS ENUM('pending', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'received');--> statement-breakpoint
CREATE TYPE "public"."mobility_need" AS ENUM('wheelchair', 'walking_aid', 'needs_escort', 'visually_impaired', 'hearing_impaired');--> statement-breakpoint
CREATE TYPE "public"."offer_status" AS ENUM('pending', 'accepted', 'refused', 'expired', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."person_status" AS ENUM('active', 'paused', 'archived');--> statement-breakpoint
CREATE TYPE "public"."phone_kind" AS ENUM('mobile', 'landline', 'other');--> statement-breakpoint
CREATE TYPE "public"."place_kind" AS ENUM('market', 'health_centre', 'doctor', 'pharmacy', 'france_services', 'station', 'town_hall', 'shop', 'social_venue', 'other');--> statement-breakpoint
CREATE TYPE "public"."ride_request_status" AS ENUM('received', 'matching', 'offered', 'matched', 'completed', 'cancelled', 'unmet');--> statement-breakpoint
CREATE TYPE "public"."seat_booking_status" AS ENUM('confirmed', 'waitlisted', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."shuttle_mode" AS ENUM('stops', 'door_to_door');--> statement-breakpoint
CREATE TYPE "public"."shuttle_round_status" AS ENUM('open', 'closed', 'planned', 'completed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."staff_role" AS ENUM('admin', 'coordinator', 'partner', 'read_only');--> statement-breakpoint
CREATE TYPE "public"."time_anchor" AS ENUM('pickup', 'arrival');--> statement-breakpoint
CREATE TYPE "public"."trip_leg" AS ENUM('outbound', 'return');--> statement-breakpoint
CREATE TYPE "public"."trip_outcome" AS ENUM('planned', 'completed', 'no_show', 'late_cancellation', 'unmet');--> statement-breakpoint
CREATE TYPE "public"."trip_purpose" AS ENUM('health', 'shopping', 'market', 'administrative', 'social', 'employment', 'other');--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"territory_id" uuid NOT NULL,
	"actor_kind" "actor_kind" NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"direction" "message_direction" NOT NULL,
	"channel" "message_channel" NOT NULL,
	"counterpart_phone" text NOT NULL,
	"body" text NOT NULL,
	"status" "message_status" NOT NULL,
	"provider" text,
	"provider_id" text,
	"error_code" text,
	"idempotency_key" text,
	"linked_entity_type" text,
	"linked_entity_id" uuid,
	"attempts" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "messages_e164_ck" CHECK ("messages"."counterpart_phone" ~ '^\+[1-9][0-9]{6,14}$'),
	CONSTRAINT "messages_direction_status_ck" CHECK (("messages"."direction" = 'inbound') = ("messages"."status" = 'received'))
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"territory_id" uuid,
	"queue" text NOT NULL,
	"job_name" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"available_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	CONSTRAINT "outbox_attempts_ck" CHECK ("outbox"."attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "resident_phones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"resident_id" uuid NOT NULL,
	"e164" text NOT NULL,
	"kind" "phone_kind" NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resident_phones_e164_ck" CHECK ("resident_phones"."e164" ~ '^\+[1-9][0-9]{6,14}$')
);
--> statement-breakpoint
CREATE TABLE "residents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"commune_id" uuid NOT NULL,
	"address_line" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"mobility_needs" "mobility_need"[] DEFAULT '{}'::mobility_need[] NOT NULL,
	"preferred_channel" "contact_channel" DEFAULT 'sms' NOT NULL,
	"consent_at" timestamp with time zone,
	"consent_source" text,
	"status" "person_status" DEFAULT 'active' NOT NULL,
	"access_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "residents_access_note_len_ck" CHECK (char_length("residents"."access_note") <= 200)
);
--> statement-breakpoint
CREATE TABLE "volunteer_absences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"volunteer_driver_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	CONSTRAINT "volunteer_absences_order_ck" CHECK ("volunteer_absences"."starts_on" <= "volunteer_absences"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "volunteer_availabilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"volunteer_driver_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"start_time" time NOT NULL,
	"end_time" time NOT NULL,
	CONSTRAINT "volunteer_availabilities_weekday_ck" CHECK ("volunteer_availabilities"."weekday" between 1 and 7),
	CONSTRAINT "volunteer_availabilities_order_ck" CHECK ("volunteer_availabilities"."start_time" < "volunteer_availabilities"."end_time")
);
--> statement-breakpoint
CREATE TABLE "volunteer_drivers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"commune_id" uuid NOT NULL,
	"home_lat" double precision NOT NULL,
	"home_lon" double precision NOT NULL,
	"seats" smallint DEFAULT 3 NOT NULL,
	"wheelchair_capable" boolean DEFAULT false NOT NULL,
	"max_distance_km" integer,
	"monthly_trip_cap" integer,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_drivers_seats_ck" CHECK ("volunteer_drivers"."seats" between 1 and 8),
	CONSTRAINT "volunteer_drivers_max_distance_ck" CHECK ("volunteer_drivers"."max_distance_km" is null or "volunteer_drivers"."max_distance_km" > 0),
	CONSTRAINT "volunteer_drivers_cap_ck" CHECK ("volunteer_drivers"."monthly_trip_cap" is null or "volunteer_drivers"."monthly_trip_cap" >= 0)
);
--> statement-breakpoint
CREATE TABLE "volunteer_phones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"volunteer_driver_id" uuid NOT NULL,
	"e164" text NOT NULL,
	"kind" "phone_kind" NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_phones_e164_ck" CHECK ("volunteer_phones"."e164" ~ '^\+[1-9][0-9]{6,14}$')
);
--> statement-breakpoint
CREATE TABLE "volunteer_served_communes" (
	"volunteer_driver_id" uuid NOT NULL,
	"commune_id" uuid NOT NULL,
	CONSTRAINT "volunteer_served_communes_volunteer_driver_id_commune_id_pk" PRIMARY KEY("volunteer_driver_id","commune_id")
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"ride_request_id" uuid NOT NULL,
	"volunteer_driver_id" uuid NOT NULL,
	"wave" smallint NOT NULL,
	"code" text NOT NULL,
	"status" "offer_status" DEFAULT 'pending' NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"responded_at" timestamp with time zone,
	CONSTRAINT "offers_wave_ck" CHECK ("offers"."wave" >= 1),
	CONSTRAINT "offers_expiry_ck" CHECK ("offers"."expires_at" > "offers"."sent_at")
);
--> statement-breakpoint
CREATE TABLE "ride_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"resident_id" uuid NOT NULL,
	"origin_place_id" uuid,
	"origin_label" text NOT NULL,
	"origin_lat" double precision NOT NULL,
	"origin_lon" double precision NOT NULL,
	"destination_place_id" uuid,
	"destination_label" text NOT NULL,
	"destination_lat" double precision NOT NULL,
	"destination_lon" double precision NOT NULL,
	"time_anchor" time_anchor NOT NULL,
	"requested_time" timestamp with time zone NOT NULL,
	"tolerance_minutes" smallint DEFAULT 15 NOT NULL,
	"return_time" timestamp with time zone,
	"passengers" smallint DEFAULT 1 NOT NULL,
	"needs" "mobility_need"[] DEFAULT '{}'::mobility_need[] NOT NULL,
	"purpose" "trip_purpose" NOT NULL,
	"channel" "booking_channel" NOT NULL,
	"status" "ride_request_status" DEFAULT 'received' NOT NULL,
	"status_reason" text,
	"created_by_staff_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ride_requests_passengers_ck" CHECK ("ride_requests"."passengers" between 1 and 8),
	CONSTRAINT "ride_requests_tolerance_ck" CHECK ("ride_requests"."tolerance_minutes" between 0 and 240),
	CONSTRAINT "ride_requests_return_after_ck" CHECK ("ride_requests"."return_time" is null or "ride_requests"."return_time" > "ride_requests"."requested_time"),
	CONSTRAINT "ride_requests_reason_ck" CHECK ("ride_requests"."status" not in ('cancelled', 'unmet') or "ride_requests"."status_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "trips" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"ride_request_id" uuid NOT NULL,
	"leg" "trip_leg" NOT NULL,
	"volunteer_driver_id" uuid,
	"planned_pickup_at" timestamp with time zone,
	"planned_dropoff_at" timestamp with time zone,
	"actual_pickup_at" timestamp with time zone,
	"actual_dropoff_at" timestamp with time zone,
	"outcome" "trip_outcome" DEFAULT 'planned' NOT NULL,
	"unmet_reason" text,
	"distance_meters" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trips_unmet_reason_ck" CHECK ("trips"."outcome" <> 'unmet' or "trips"."unmet_reason" is not null),
	CONSTRAINT "trips_distance_ck" CHECK ("trips"."distance_meters" is null or "trips"."distance_meters" >= 0),
	CONSTRAINT "trips_planned_order_ck" CHECK ("trips"."planned_dropoff_at" is null or "trips"."planned_pickup_at" is null or "trips"."planned_dropoff_at" >= "trips"."planned_pickup_at")
);
--> statement-breakpoint
CREATE TABLE "seat_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"shuttle_round_id" uuid NOT NULL,
	"resident_id" uuid NOT NULL,
	"status" "seat_booking_status" NOT NULL,
	"pickup_stop_id" uuid,
	"pickup_lat" double precision NOT NULL,
	"pickup_lon" double precision NOT NULL,
	"planned_pickup_at" timestamp with time zone,
	"passengers" smallint DEFAULT 1 NOT NULL,
	"wheelchair" boolean DEFAULT false NOT NULL,
	"channel" "booking_channel" NOT NULL,
	"waitlist_rank" smallint,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "seat_bookings_passengers_ck" CHECK ("seat_bookings"."passengers" between 1 and 8),
	CONSTRAINT "seat_bookings_cancelled_ck" CHECK (("seat_bookings"."status" = 'cancelled') = ("seat_bookings"."cancelled_at" is not null)),
	CONSTRAINT "seat_bookings_waitlist_ck" CHECK (("seat_bookings"."status" = 'waitlisted') = ("seat_bookings"."waitlist_rank" is not null))
);
--> statement-breakpoint
CREATE TABLE "shuttle_line_communes" (
	"shuttle_line_id" uuid NOT NULL,
	"commune_id" uuid NOT NULL,
	CONSTRAINT "shuttle_line_communes_shuttle_line_id_commune_id_pk" PRIMARY KEY("shuttle_line_id","commune_id")
);
--> statement-breakpoint
CREATE TABLE "shuttle_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"name" text NOT NULL,
	"market_place_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"arrival_time" time NOT NULL,
	"departure_time" time NOT NULL,
	"mode" "shuttle_mode" NOT NULL,
	"vehicle_seats" smallint NOT NULL,
	"wheelchair_places" smallint DEFAULT 0 NOT NULL,
	"booking_cutoff_hours" smallint DEFAULT 24 NOT NULL,
	"max_ride_minutes" smallint DEFAULT 45 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shuttle_lines_weekday_ck" CHECK ("shuttle_lines"."weekday" between 1 and 7),
	CONSTRAINT "shuttle_lines_times_ck" CHECK ("shuttle_lines"."arrival_time" < "shuttle_lines"."departure_time"),
	CONSTRAINT "shuttle_lines_seats_ck" CHECK ("shuttle_lines"."vehicle_seats" between 1 and 60),
	CONSTRAINT "shuttle_lines_wheelchair_ck" CHECK ("shuttle_lines"."wheelchair_places" >= 0),
	CONSTRAINT "shuttle_lines_cutoff_ck" CHECK ("shuttle_lines"."booking_cutoff_hours" between 0 and 168),
	CONSTRAINT "shuttle_lines_ride_ck" CHECK ("shuttle_lines"."max_ride_minutes" between 5 and 180)
);
--> statement-breakpoint
CREATE TABLE "shuttle_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"shuttle_line_id" uuid NOT NULL,
	"service_date" date NOT NULL,
	"status" "shuttle_round_status" DEFAULT 'open' NOT NULL,
	"planned_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shuttle_stops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shuttle_line_id" uuid NOT NULL,
	"commune_id" uuid NOT NULL,
	"name" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"sequence" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "staff_sessions_expiry_ck" CHECK ("staff_sessions"."expires_at" > "staff_sessions"."created_at")
);
--> statement-breakpoint
CREATE TABLE "staff_users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "staff_role" NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_users_email_lower_ck" CHECK ("staff_users"."email" = lower("staff_users"."email")),
	CONSTRAINT "staff_users_hash_ck" CHECK ("staff_users"."password_hash" like '$argon2id$%')
);
--> statement-breakpoint
CREATE TABLE "communes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"name" text NOT NULL,
	"insee_code" text NOT NULL,
	"postal_code" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"zone" text NOT NULL,
	"population" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "communes_insee_ck" CHECK ("communes"."insee_code" ~ '^[0-9][0-9AB][0-9]{3}$'),
	CONSTRAINT "communes_lat_ck" CHECK ("communes"."lat" between -90 and 90),
	CONSTRAINT "communes_lon_ck" CHECK ("communes"."lon" between -180 and 180)
);
--> statement-breakpoint
CREATE TABLE "places" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"commune_id" uuid,
	"name" text NOT NULL,
	"kind" "place_kind" NOT NULL,
	"address" text,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "places_lat_ck" CHECK ("places"."lat" between -90 and 90),
	CONSTRAINT "places_lon_ck" CHECK ("places"."lon" between -180 and 180)
);
--> statement-breakpoint
CREATE TABLE "territories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"timezone" text DEFAULT 'Europe/Paris' NOT NULL,
	"mileage_rate_cents_per_km" integer NOT NULL,
	"contact_phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "territories_mileage_rate_ck" CHECK ("territories"."mileage_rate_cents_per_km" >= 0)
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_phones" ADD CONSTRAINT "resident_phones_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_phones" ADD CONSTRAINT "resident_phones_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residents" ADD CONSTRAINT "residents_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residents" ADD CONSTRAINT "residents_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_absences" ADD CONSTRAINT "volunteer_absences_volunteer_driver_id_volunteer_drivers_id_fk" FOREIGN KEY ("volunteer_driver_id") REFERENCES "public"."volunteer_drivers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_availabilities" ADD CONSTRAINT "volunteer_availabilities_volunteer_driver_id_volunteer_drivers_id_fk" FOREIGN KEY ("volunteer_driver_id") REFERENCES "public"."volunteer_drivers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_drivers" ADD CONSTRAINT "volunteer_drivers_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_drivers" ADD CONSTRAINT "volunteer_drivers_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_phones" ADD CONSTRAINT "volunteer_phones_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_phones" ADD CONSTRAINT "volunteer_phones_volunteer_driver_id_volunteer_drivers_id_fk" FOREIGN KEY ("volunteer_driver_id") REFERENCES "public"."volunteer_drivers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_served_communes" ADD CONSTRAINT "volunteer_served_communes_volunteer_driver_id_volunteer_drivers_id_fk" FOREIGN KEY ("volunteer_driver_id") REFERENCES "public"."volunteer_drivers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_served_communes" ADD CONSTRAINT "volunteer_served_communes_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_ride_request_id_ride_requests_id_fk" FOREIGN KEY ("ride_request_id") REFERENCES "public"."ride_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_volunteer_driver_id_volunteer_drivers_id_fk" FOREIGN KEY ("volunteer_driver_id") REFERENCES "public"."volunteer_drivers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ride_requests" ADD CONSTRAINT "ride_requests_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ride_requests" ADD CONSTRAINT "ride_requests_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ride_requests" ADD CONSTRAINT "ride_requests_origin_place_id_places_id_fk" FOREIGN KEY ("origin_place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ride_requests" ADD CONSTRAINT "ride_requests_destination_place_id_places_id_fk" FOREIGN KEY ("destination_place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ride_requests" ADD CONSTRAINT "ride_requests_created_by_staff_id_staff_users_id_fk" FOREIGN KEY ("created_by_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trips" ADD CONSTRAINT "trips_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trips" ADD CONSTRAINT "trips_ride_request_id_ride_requests_id_fk" FOREIGN KEY ("ride_request_id") REFERENCES "public"."ride_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trips" ADD CONSTRAINT "trips_volunteer_driver_id_volunteer_drivers_id_fk" FOREIGN KEY ("volunteer_driver_id") REFERENCES "public"."volunteer_drivers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_bookings" ADD CONSTRAINT "seat_bookings_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_bookings" ADD CONSTRAINT "seat_bookings_shuttle_round_id_shuttle_rounds_id_fk" FOREIGN KEY ("shuttle_round_id") REFERENCES "public"."shuttle_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_bookings" ADD CONSTRAINT "seat_bookings_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_bookings" ADD CONSTRAINT "seat_bookings_pickup_stop_id_shuttle_stops_id_fk" FOREIGN KEY ("pickup_stop_id") REFERENCES "public"."shuttle_stops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shuttle_line_communes" ADD CONSTRAINT "shuttle_line_communes_shuttle_line_id_shuttle_lines_id_fk" FOREIGN KEY ("shuttle_line_id") REFERENCES "public"."shuttle_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shuttle_line_communes" ADD CONSTRAINT "shuttle_line_communes_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shuttle_lines" ADD CONSTRAINT "shuttle_lines_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shuttle_lines" ADD CONSTRAINT "shuttle_lines_market_place_id_places_id_fk" FOREIGN KEY ("market_place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shuttle_rounds" ADD CONSTRAINT "shuttle_rounds_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shuttle_rounds" ADD CONSTRAINT "shuttle_rounds_shuttle_line_id_shuttle_lines_id_fk" FOREIGN KEY ("shuttle_line_id") REFERENCES "public"."shuttle_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shuttle_stops" ADD CONSTRAINT "shuttle_stops_shuttle_line_id_shuttle_lines_id_fk" FOREIGN KEY ("shuttle_line_id") REFERENCES "public"."shuttle_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shuttle_stops" ADD CONSTRAINT "shuttle_stops_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_sessions" ADD CONSTRAINT "staff_sessions_staff_user_id_staff_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_users" ADD CONSTRAINT "staff_users_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_territory_at_idx" ON "audit_log" USING btree ("territory_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_idempotency_uq" ON "messages" USING btree ("territory_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_provider_id_uq" ON "messages" USING btree ("provider","provider_id");--> statement-breakpoint
CREATE INDEX "messages_counterpart_idx" ON "messages" USING btree ("territory_id","counterpart_phone","created_at");--> statement-breakpoint
CREATE INDEX "messages_linked_idx" ON "messages" USING btree ("linked_entity_type","linked_entity_id");--> statement-breakpoint
CREATE INDEX "outbox_unpublished_idx" ON "outbox" USING btree ("available_at","id") WHERE "outbox"."published_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "resident_phones_resident_e164_uq" ON "resident_phones" USING btree ("resident_id","e164");--> statement-breakpoint
CREATE INDEX "resident_phones_lookup_idx" ON "resident_phones" USING btree ("territory_id","e164");--> statement-breakpoint
CREATE INDEX "residents_territory_name_idx" ON "residents" USING btree ("territory_id","last_name","first_name");--> statement-breakpoint
CREATE INDEX "residents_commune_idx" ON "residents" USING btree ("commune_id");--> statement-breakpoint
CREATE INDEX "volunteer_absences_volunteer_idx" ON "volunteer_absences" USING btree ("volunteer_driver_id","starts_on");--> statement-breakpoint
CREATE INDEX "volunteer_availabilities_volunteer_idx" ON "volunteer_availabilities" USING btree ("volunteer_driver_id","weekday");--> statement-breakpoint
CREATE INDEX "volunteer_drivers_territory_active_idx" ON "volunteer_drivers" USING btree ("territory_id","active");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_phones_volunteer_e164_uq" ON "volunteer_phones" USING btree ("volunteer_driver_id","e164");--> statement-breakpoint
CREATE INDEX "volunteer_phones_lookup_idx" ON "volunteer_phones" USING btree ("territory_id","e164");--> statement-breakpoint
CREATE UNIQUE INDEX "offers_request_driver_uq" ON "offers" USING btree ("ride_request_id","volunteer_driver_id");--> statement-breakpoint
CREATE UNIQUE INDEX "offers_pending_code_uq" ON "offers" USING btree ("territory_id","code") WHERE "offers"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "offers_driver_status_idx" ON "offers" USING btree ("volunteer_driver_id","status");--> statement-breakpoint
CREATE INDEX "offers_pending_expiry_idx" ON "offers" USING btree ("expires_at") WHERE "offers"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "ride_requests_territory_status_time_idx" ON "ride_requests" USING btree ("territory_id","status","requested_time");--> statement-breakpoint
CREATE INDEX "ride_requests_resident_idx" ON "ride_requests" USING btree ("resident_id","requested_time");--> statement-breakpoint
CREATE UNIQUE INDEX "trips_request_leg_uq" ON "trips" USING btree ("ride_request_id","leg");--> statement-breakpoint
CREATE INDEX "trips_driver_pickup_idx" ON "trips" USING btree ("volunteer_driver_id","planned_pickup_at");--> statement-breakpoint
CREATE INDEX "trips_territory_pickup_idx" ON "trips" USING btree ("territory_id","planned_pickup_at");--> statement-breakpoint
CREATE UNIQUE INDEX "seat_bookings_round_resident_active_uq" ON "seat_bookings" USING btree ("shuttle_round_id","resident_id") WHERE "seat_bookings"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "seat_bookings_round_status_idx" ON "seat_bookings" USING btree ("shuttle_round_id","status");--> statement-breakpoint
CREATE INDEX "seat_bookings_resident_idx" ON "seat_bookings" USING btree ("resident_id");--> statement-breakpoint
CREATE UNIQUE INDEX "shuttle_lines_territory_name_uq" ON "shuttle_lines" USING btree ("territory_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "shuttle_rounds_line_date_uq" ON "shuttle_rounds" USING btree ("shuttle_line_id","service_date");--> statement-breakpoint
CREATE INDEX "shuttle_rounds_territory_date_idx" ON "shuttle_rounds" USING btree ("territory_id","service_date");--> statement-breakpoint
CREATE UNIQUE INDEX "shuttle_stops_line_sequence_uq" ON "shuttle_stops" USING btree ("shuttle_line_id","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "shuttle_stops_line_name_uq" ON "shuttle_stops" USING btree ("shuttle_line_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_sessions_token_uq" ON "staff_sessions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "staff_sessions_user_idx" ON "staff_sessions" USING btree ("staff_user_id");--> statement-breakpoint
CREATE INDEX "staff_sessions_expiry_idx" ON "staff_sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_users_email_uq" ON "staff_users" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "communes_territory_insee_uq" ON "communes" USING btree ("territory_id","insee_code");--> statement-breakpoint
CREATE UNIQUE INDEX "communes_territory_name_uq" ON "communes" USING btree ("territory_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "places_territory_name_uq" ON "places" USING btree ("territory_id","name");--> statement-breakpoint
CREATE INDEX "places_territory_kind_idx" ON "places" USING btree ("territory_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "territories_slug_uq" ON "territories" USING btree ("slug");