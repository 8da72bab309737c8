CREATE TYPE "public"."seat_booking_outcome" AS ENUM('travelled', 'no_show', 'late_cancellation');--> statement-breakpoint
CREATE TYPE "public"."shuttle_plan_stop_kind" AS ENUM('pickup', 'dropoff');--> statement-breakpoint
CREATE TABLE "shuttle_line_vehicles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shuttle_line_id" uuid NOT NULL,
	"name" text NOT NULL,
	"seats" smallint NOT NULL,
	"wheelchair_places" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shuttle_line_vehicles_seats_ck" CHECK ("shuttle_line_vehicles"."seats" between 0 and 60),
	CONSTRAINT "shuttle_line_vehicles_wheelchair_ck" CHECK ("shuttle_line_vehicles"."wheelchair_places" between 0 and 10),
	CONSTRAINT "shuttle_line_vehicles_capacity_ck" CHECK ("shuttle_line_vehicles"."seats" + "shuttle_line_vehicles"."wheelchair_places" > 0)
);
--> statement-breakpoint
CREATE TABLE "shuttle_plan_routes" (
	"shuttle_round_id" uuid NOT NULL,
	"leg" "trip_leg" NOT NULL,
	"shuttle_round_vehicle_id" uuid NOT NULL,
	"depart_at" timestamp with time zone NOT NULL,
	"return_at" timestamp with time zone NOT NULL,
	"distance_meters" integer NOT NULL,
	"geometry" jsonb NOT NULL,
	CONSTRAINT "shuttle_plan_routes_shuttle_round_id_leg_shuttle_round_vehicle_id_pk" PRIMARY KEY("shuttle_round_id","leg","shuttle_round_vehicle_id")
);
--> statement-breakpoint
CREATE TABLE "shuttle_plan_stops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shuttle_round_id" uuid NOT NULL,
	"leg" "trip_leg" NOT NULL,
	"shuttle_round_vehicle_id" uuid NOT NULL,
	"sequence" smallint NOT NULL,
	"kind" "shuttle_plan_stop_kind" NOT NULL,
	"seat_booking_id" uuid NOT NULL,
	"planned_at" timestamp with time zone NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shuttle_round_vehicles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shuttle_round_id" uuid NOT NULL,
	"name" text NOT NULL,
	"seats" smallint NOT NULL,
	"wheelchair_places" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shuttle_round_vehicles_seats_ck" CHECK ("shuttle_round_vehicles"."seats" between 0 and 60),
	CONSTRAINT "shuttle_round_vehicles_wheelchair_ck" CHECK ("shuttle_round_vehicles"."wheelchair_places" between 0 and 10),
	CONSTRAINT "shuttle_round_vehicles_capacity_ck" CHECK ("shuttle_round_vehicles"."seats" + "shuttle_round_vehicles"."wheelchair_places" > 0)
);
--> statement-breakpoint
CREATE TABLE "shuttle_subscription_skips" (
	"shuttle_subscription_id" uuid NOT NULL,
	"nominal_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shuttle_subscription_skips_shuttle_subscription_id_nominal_date_pk" PRIMARY KEY("shuttle_subscription_id","nominal_date")
);
--> statement-breakpoint
CREATE TABLE "shuttle_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"shuttle_line_id" uuid NOT NULL,
	"resident_id" uuid NOT NULL,
	"pickup_stop_id" uuid,
	"at_door" boolean DEFAULT false NOT NULL,
	"passengers" smallint DEFAULT 1 NOT NULL,
	"wheelchair" boolean DEFAULT false NOT NULL,
	"channel" "booking_channel" NOT NULL,
	"starts_on" date NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"ended_at" timestamp with time zone,
	"created_by_staff_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shuttle_subscriptions_passengers_ck" CHECK ("shuttle_subscriptions"."passengers" between 1 and 8),
	CONSTRAINT "shuttle_subscriptions_active_ck" CHECK ("shuttle_subscriptions"."active" = ("shuttle_subscriptions"."ended_at" is null))
);
--> statement-breakpoint
ALTER TABLE "shuttle_lines" DROP CONSTRAINT "shuttle_lines_seats_ck";--> statement-breakpoint
ALTER TABLE "shuttle_lines" DROP CONSTRAINT "shuttle_lines_wheelchair_ck";--> statement-breakpoint
ALTER TABLE "seat_bookings" ADD COLUMN "announced_pickup_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "seat_bookings" ADD COLUMN "outcome" "seat_booking_outcome";--> statement-breakpoint
ALTER TABLE "seat_bookings" ADD COLUMN "shuttle_subscription_id" uuid;--> statement-breakpoint
ALTER TABLE "seat_bookings" ADD COLUMN "created_by_staff_id" uuid;--> statement-breakpoint
ALTER TABLE "shuttle_lines" ADD COLUMN "market_window_minutes" smallint DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "shuttle_rounds" ADD COLUMN "nominal_date" date NOT NULL;--> statement-breakpoint
ALTER TABLE "shuttle_rounds" ADD COLUMN "arrival_time" time NOT NULL;--> statement-breakpoint
ALTER TABLE "shuttle_rounds" ADD COLUMN "departure_time" time NOT NULL;--> statement-breakpoint
ALTER TABLE "shuttle_rounds" ADD COLUMN "cutoff_at" timestamp with time zone NOT NULL;--> statement-breakpoint
ALTER TABLE "shuttle_rounds" ADD COLUMN "status_reason" text;--> statement-breakpoint
ALTER TABLE "shuttle_rounds" ADD COLUMN "seat_capacity" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "shuttle_rounds" ADD COLUMN "wheelchair_capacity" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "shuttle_rounds" ADD COLUMN "seats_taken" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "shuttle_rounds" ADD COLUMN "wheelchairs_taken" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "shuttle_rounds" ADD COLUMN "waitlist_seq" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "shuttle_rounds" ADD COLUMN "plan_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "shuttle_rounds" ADD COLUMN "reminders_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "shuttle_line_vehicles" ADD CONSTRAINT "shuttle_line_vehicles_shuttle_line_id_shuttle_lines_id_fk" FOREIGN KEY ("shuttle_line_id") REFERENCES "public"."shuttle_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shuttle_plan_routes" ADD CONSTRAINT "shuttle_plan_routes_shuttle_round_id_shuttle_rounds_id_fk" FOREIGN KEY ("shuttle_round_id") REFERENCES "public"."shuttle_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shuttle_plan_routes" ADD CONSTRAINT "shuttle_plan_routes_shuttle_round_vehicle_id_shuttle_round_vehicles_id_fk" FOREIGN KEY ("shuttle_round_vehicle_id") REFERENCES "public"."shuttle_round_vehicles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shuttle_plan_stops" ADD CONSTRAINT "shuttle_plan_stops_shuttle_round_id_shuttle_rounds_id_fk" FOREIGN KEY ("shuttle_round_id") REFERENCES "public"."shuttle_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shuttle_plan_stops" ADD CONSTRAINT "shuttle_plan_stops_shuttle_round_vehicle_id_shuttle_round_vehicles_id_fk" FOREIGN KEY ("shuttle_round_vehicle_id") REFERENCES "public"."shuttle_round_vehicles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shuttle_plan_stops" ADD CONSTRAINT "shuttle_plan_stops_seat_booking_id_seat_bookings_id_fk" FOREIGN KEY ("seat_booking_id") REFERENCES "public"."seat_bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shuttle_round_vehicles" ADD CONSTRAINT "shuttle_round_vehicles_shuttle_round_id_shuttle_rounds_id_fk" FOREIGN KEY ("shuttle_round_id") REFERENCES "public"."shuttle_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shuttle_subscription_skips" ADD CONSTRAINT "shuttle_subscription_skips_shuttle_subscription_id_shuttle_subscriptions_id_fk" FOREIGN KEY ("shuttle_subscription_id") REFERENCES "public"."shuttle_subscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shuttle_subscriptions" ADD CONSTRAINT "shuttle_subscriptions_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shuttle_subscriptions" ADD CONSTRAINT "shuttle_subscriptions_shuttle_line_id_shuttle_lines_id_fk" FOREIGN KEY ("shuttle_line_id") REFERENCES "public"."shuttle_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shuttle_subscriptions" ADD CONSTRAINT "shuttle_subscriptions_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shuttle_subscriptions" ADD CONSTRAINT "shuttle_subscriptions_pickup_stop_id_shuttle_stops_id_fk" FOREIGN KEY ("pickup_stop_id") REFERENCES "public"."shuttle_stops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shuttle_subscriptions" ADD CONSTRAINT "shuttle_subscriptions_created_by_staff_id_staff_users_id_fk" FOREIGN KEY ("created_by_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "shuttle_line_vehicles_line_name_uq" ON "shuttle_line_vehicles" USING btree ("shuttle_line_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "shuttle_plan_stops_sequence_uq" ON "shuttle_plan_stops" USING btree ("shuttle_round_id","leg","shuttle_round_vehicle_id","sequence");--> statement-breakpoint
CREATE INDEX "shuttle_plan_stops_booking_idx" ON "shuttle_plan_stops" USING btree ("seat_booking_id");--> statement-breakpoint
CREATE UNIQUE INDEX "shuttle_round_vehicles_round_name_uq" ON "shuttle_round_vehicles" USING btree ("shuttle_round_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "shuttle_subscriptions_line_resident_active_uq" ON "shuttle_subscriptions" USING btree ("shuttle_line_id","resident_id") WHERE "shuttle_subscriptions"."active";--> statement-breakpoint
CREATE INDEX "shuttle_subscriptions_resident_idx" ON "shuttle_subscriptions" USING btree ("resident_id");--> statement-breakpoint
ALTER TABLE "seat_bookings" ADD CONSTRAINT "seat_bookings_shuttle_subscription_id_shuttle_subscriptions_id_fk" FOREIGN KEY ("shuttle_subscription_id") REFERENCES "public"."shuttle_subscriptions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_bookings" ADD CONSTRAINT "seat_bookings_created_by_staff_id_staff_users_id_fk" FOREIGN KEY ("created_by_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "seat_bookings_round_waitlist_uq" ON "seat_bookings" USING btree ("shuttle_round_id","waitlist_rank");--> statement-breakpoint
CREATE UNIQUE INDEX "shuttle_rounds_line_nominal_uq" ON "shuttle_rounds" USING btree ("shuttle_line_id","nominal_date");--> statement-breakpoint
CREATE INDEX "shuttle_rounds_cutoff_idx" ON "shuttle_rounds" USING btree ("cutoff_at") WHERE "shuttle_rounds"."status" = 'open';--> statement-breakpoint
ALTER TABLE "shuttle_lines" DROP COLUMN "vehicle_seats";--> statement-breakpoint
ALTER TABLE "shuttle_lines" DROP COLUMN "wheelchair_places";--> statement-breakpoint
ALTER TABLE "shuttle_lines" ADD CONSTRAINT "shuttle_lines_window_ck" CHECK ("shuttle_lines"."market_window_minutes" between 0 and 180);--> statement-breakpoint
ALTER TABLE "shuttle_rounds" ADD CONSTRAINT "shuttle_rounds_times_ck" CHECK ("shuttle_rounds"."arrival_time" < "shuttle_rounds"."departure_time");--> statement-breakpoint
ALTER TABLE "shuttle_rounds" ADD CONSTRAINT "shuttle_rounds_seats_ck" CHECK ("shuttle_rounds"."seats_taken" between 0 and "shuttle_rounds"."seat_capacity");--> statement-breakpoint
ALTER TABLE "shuttle_rounds" ADD CONSTRAINT "shuttle_rounds_wheelchairs_ck" CHECK ("shuttle_rounds"."wheelchairs_taken" between 0 and "shuttle_rounds"."wheelchair_capacity");--> statement-breakpoint
ALTER TABLE "shuttle_rounds" ADD CONSTRAINT "shuttle_rounds_waitlist_ck" CHECK ("shuttle_rounds"."waitlist_seq" between 0 and 32000);