CREATE TYPE "public"."consent_channel" AS ENUM('paper_form', 'phone', 'in_person', 'sms', 'voice', 'partner', 'unspecified');--> statement-breakpoint
CREATE TYPE "public"."data_request_kind" AS ENUM('export', 'erasure');--> statement-breakpoint
CREATE TABLE "data_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"resident_id" uuid NOT NULL,
	"kind" "data_request_kind" NOT NULL,
	"format" text,
	"requested_by_kind" "actor_kind" NOT NULL,
	"requested_by_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resident_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"resident_id" uuid NOT NULL,
	"given" boolean NOT NULL,
	"channel" "consent_channel" NOT NULL,
	"source" text,
	"at" timestamp with time zone NOT NULL,
	"recorded_by_kind" "actor_kind" NOT NULL,
	"recorded_by_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_user_communes" (
	"staff_user_id" uuid NOT NULL,
	"commune_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_user_communes_staff_user_id_commune_id_pk" PRIMARY KEY("staff_user_id","commune_id")
);
--> statement-breakpoint
ALTER TABLE "messages" DROP CONSTRAINT "messages_e164_ck";--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "pseudonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "residents" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ride_requests" ADD COLUMN "pseudonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "data_requests" ADD CONSTRAINT "data_requests_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_requests" ADD CONSTRAINT "data_requests_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_consents" ADD CONSTRAINT "resident_consents_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_consents" ADD CONSTRAINT "resident_consents_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_user_communes" ADD CONSTRAINT "staff_user_communes_staff_user_id_staff_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_user_communes" ADD CONSTRAINT "staff_user_communes_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "data_requests_resident_idx" ON "data_requests" USING btree ("resident_id","at");--> statement-breakpoint
CREATE INDEX "resident_consents_resident_idx" ON "resident_consents" USING btree ("resident_id","at");--> statement-breakpoint
CREATE INDEX "staff_user_communes_commune_idx" ON "staff_user_communes" USING btree ("commune_id");--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_e164_ck" CHECK ("messages"."counterpart_phone" ~ '^\+[1-9][0-9]{6,14}$' or ("messages"."pseudonymised_at" is not null and "messages"."counterpart_phone" = ''));--> statement-breakpoint
-- The consents recorded so far become the first entry of each resident's history.
INSERT INTO "resident_consents" ("territory_id", "resident_id", "given", "channel", "source", "at", "recorded_by_kind", "recorded_at")
SELECT "territory_id", "id", true, 'unspecified', "consent_source", "consent_at", 'system', now()
  FROM "residents" WHERE "consent_at" IS NOT NULL;
