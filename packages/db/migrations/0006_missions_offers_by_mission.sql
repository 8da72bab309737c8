CREATE TYPE "public"."driver_preference_kind" AS ENUM('preferred', 'avoid');--> statement-breakpoint
CREATE TYPE "public"."mission_status" AS ENUM('open', 'assigned', 'completed', 'cancelled', 'unmet', 'superseded');--> statement-breakpoint
ALTER TYPE "public"."offer_status" ADD VALUE 'released';--> statement-breakpoint
ALTER TYPE "public"."trip_outcome" ADD VALUE 'cancelled';--> statement-breakpoint
CREATE TABLE "driver_preferences" (
	"territory_id" uuid NOT NULL,
	"resident_id" uuid NOT NULL,
	"volunteer_driver_id" uuid NOT NULL,
	"kind" "driver_preference_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "driver_preferences_resident_id_volunteer_driver_id_pk" PRIMARY KEY("resident_id","volunteer_driver_id")
);
--> statement-breakpoint
CREATE TABLE "mission_requests" (
	"mission_id" uuid NOT NULL,
	"ride_request_id" uuid NOT NULL,
	CONSTRAINT "mission_requests_mission_id_ride_request_id_pk" PRIMARY KEY("mission_id","ride_request_id")
);
--> statement-breakpoint
CREATE TABLE "missions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"status" "mission_status" DEFAULT 'open' NOT NULL,
	"volunteer_driver_id" uuid,
	"code" text,
	"wave" smallint DEFAULT 0 NOT NULL,
	"match_deadline" timestamp with time zone NOT NULL,
	"planned_start_at" timestamp with time zone NOT NULL,
	"planned_end_at" timestamp with time zone NOT NULL,
	"planned_distance_meters" integer NOT NULL,
	"status_reason" text,
	"superseded_by_id" uuid,
	"completed_at" timestamp with time zone,
	"driven_distance_meters" integer,
	"mileage_rate_eur_per_km" numeric(6, 3),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "missions_assigned_ck" CHECK ("missions"."status" not in ('assigned', 'completed') or ("missions"."volunteer_driver_id" is not null and "missions"."code" is not null)),
	CONSTRAINT "missions_reason_ck" CHECK ("missions"."status" not in ('cancelled', 'unmet') or "missions"."status_reason" is not null),
	CONSTRAINT "missions_wave_ck" CHECK ("missions"."wave" >= 0),
	CONSTRAINT "missions_planned_order_ck" CHECK ("missions"."planned_end_at" >= "missions"."planned_start_at"),
	CONSTRAINT "missions_distance_ck" CHECK ("missions"."planned_distance_meters" >= 0 and ("missions"."driven_distance_meters" is null or "missions"."driven_distance_meters" >= 0))
);
--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "mission_id" uuid;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "score" real;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "score_parts" jsonb;--> statement-breakpoint
ALTER TABLE "ride_requests" ADD COLUMN "return_wait_minutes" smallint;--> statement-breakpoint
ALTER TABLE "trips" ADD COLUMN "mission_id" uuid;--> statement-breakpoint
ALTER TABLE "driver_preferences" ADD CONSTRAINT "driver_preferences_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "driver_preferences" ADD CONSTRAINT "driver_preferences_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "driver_preferences" ADD CONSTRAINT "driver_preferences_volunteer_driver_id_volunteer_drivers_id_fk" FOREIGN KEY ("volunteer_driver_id") REFERENCES "public"."volunteer_drivers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_requests" ADD CONSTRAINT "mission_requests_mission_id_missions_id_fk" FOREIGN KEY ("mission_id") REFERENCES "public"."missions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_requests" ADD CONSTRAINT "mission_requests_ride_request_id_ride_requests_id_fk" FOREIGN KEY ("ride_request_id") REFERENCES "public"."ride_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missions" ADD CONSTRAINT "missions_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missions" ADD CONSTRAINT "missions_volunteer_driver_id_volunteer_drivers_id_fk" FOREIGN KEY ("volunteer_driver_id") REFERENCES "public"."volunteer_drivers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missions" ADD CONSTRAINT "missions_superseded_by_id_missions_id_fk" FOREIGN KEY ("superseded_by_id") REFERENCES "public"."missions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "driver_preferences_volunteer_idx" ON "driver_preferences" USING btree ("volunteer_driver_id");--> statement-breakpoint
CREATE INDEX "mission_requests_request_idx" ON "mission_requests" USING btree ("ride_request_id");--> statement-breakpoint
CREATE INDEX "missions_territory_status_start_idx" ON "missions" USING btree ("territory_id","status","planned_start_at");--> statement-breakpoint
CREATE INDEX "missions_driver_start_idx" ON "missions" USING btree ("volunteer_driver_id","planned_start_at");--> statement-breakpoint
CREATE UNIQUE INDEX "missions_assigned_code_uq" ON "missions" USING btree ("territory_id","code") WHERE "missions"."status" = 'assigned';--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_mission_id_missions_id_fk" FOREIGN KEY ("mission_id") REFERENCES "public"."missions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trips" ADD CONSTRAINT "trips_mission_id_missions_id_fk" FOREIGN KEY ("mission_id") REFERENCES "public"."missions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "offers_mission_driver_uq" ON "offers" USING btree ("mission_id","volunteer_driver_id");--> statement-breakpoint
CREATE INDEX "trips_mission_idx" ON "trips" USING btree ("mission_id");--> statement-breakpoint
ALTER TABLE "ride_requests" ADD CONSTRAINT "ride_requests_return_wait_ck" CHECK ("ride_requests"."return_wait_minutes" is null or ("ride_requests"."return_wait_minutes" between 0 and 480 and "ride_requests"."return_time" is null));