CREATE TYPE "public"."conversation_party" AS ENUM('resident', 'volunteer', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."staff_task_kind" AS ENUM('callback', 'voicemail', 'unknown_caller', 'unmet_request', 'undelivered_message', 'other');--> statement-breakpoint
CREATE TYPE "public"."staff_task_status" AS ENUM('open', 'done', 'cancelled');--> statement-breakpoint
ALTER TYPE "public"."place_kind" ADD VALUE 'hospital' BEFORE 'other';--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"phone" text NOT NULL,
	"party" "conversation_party" NOT NULL,
	"resident_id" uuid,
	"volunteer_driver_id" uuid,
	"state" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"not_understood" smallint DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversations_phone_ck" CHECK ("conversations"."phone" ~ '^\+[1-9][0-9]{6,14}$')
);
--> statement-breakpoint
CREATE TABLE "phone_opt_outs" (
	"territory_id" uuid NOT NULL,
	"phone" text NOT NULL,
	"source" text NOT NULL,
	"opted_out_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "phone_opt_outs_territory_id_phone_pk" PRIMARY KEY("territory_id","phone"),
	CONSTRAINT "phone_opt_outs_phone_ck" CHECK ("phone_opt_outs"."phone" ~ '^\+[1-9][0-9]{6,14}$')
);
--> statement-breakpoint
CREATE TABLE "webhook_receipts" (
	"provider" text NOT NULL,
	"key" text NOT NULL,
	"territory_id" uuid,
	"content_type" text NOT NULL,
	"response_body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_receipts_provider_key_pk" PRIMARY KEY("provider","key")
);
--> statement-breakpoint
CREATE TABLE "staff_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"kind" "staff_task_kind" NOT NULL,
	"status" "staff_task_status" DEFAULT 'open' NOT NULL,
	"summary" text NOT NULL,
	"resident_id" uuid,
	"volunteer_driver_id" uuid,
	"phone" text,
	"linked_entity_type" text,
	"linked_entity_id" uuid,
	"recording_url" text,
	"recording_seconds" integer,
	"due_at" timestamp with time zone,
	"idempotency_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by_staff_id" uuid,
	"resolution_note" text,
	CONSTRAINT "staff_tasks_phone_ck" CHECK ("staff_tasks"."phone" is null or "staff_tasks"."phone" ~ '^\+[1-9][0-9]{6,14}$'),
	CONSTRAINT "staff_tasks_resolved_ck" CHECK (("staff_tasks"."status" = 'open') = ("staff_tasks"."resolved_at" is null)),
	CONSTRAINT "staff_tasks_summary_len_ck" CHECK (char_length("staff_tasks"."summary") between 1 and 300)
);
--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "resident_id" uuid;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "volunteer_driver_id" uuid;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "template" text;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "urgent" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN "outside_territory" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "territories" ADD COLUMN "service_number" text;--> statement-breakpoint
ALTER TABLE "territories" ADD COLUMN "settings" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_volunteer_driver_id_volunteer_drivers_id_fk" FOREIGN KEY ("volunteer_driver_id") REFERENCES "public"."volunteer_drivers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phone_opt_outs" ADD CONSTRAINT "phone_opt_outs_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_receipts" ADD CONSTRAINT "webhook_receipts_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_tasks" ADD CONSTRAINT "staff_tasks_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_tasks" ADD CONSTRAINT "staff_tasks_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_tasks" ADD CONSTRAINT "staff_tasks_volunteer_driver_id_volunteer_drivers_id_fk" FOREIGN KEY ("volunteer_driver_id") REFERENCES "public"."volunteer_drivers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_tasks" ADD CONSTRAINT "staff_tasks_resolved_by_staff_id_staff_users_id_fk" FOREIGN KEY ("resolved_by_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_territory_phone_uq" ON "conversations" USING btree ("territory_id","phone");--> statement-breakpoint
CREATE INDEX "conversations_expiry_idx" ON "conversations" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "webhook_receipts_created_idx" ON "webhook_receipts" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_tasks_idempotency_uq" ON "staff_tasks" USING btree ("territory_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "staff_tasks_open_idx" ON "staff_tasks" USING btree ("territory_id","status","created_at");--> statement-breakpoint
CREATE INDEX "staff_tasks_resident_idx" ON "staff_tasks" USING btree ("resident_id");--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_volunteer_driver_id_volunteer_drivers_id_fk" FOREIGN KEY ("volunteer_driver_id") REFERENCES "public"."volunteer_drivers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "messages_resident_idx" ON "messages" USING btree ("resident_id","created_at");--> statement-breakpoint
CREATE INDEX "messages_volunteer_idx" ON "messages" USING btree ("volunteer_driver_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "territories_service_number_uq" ON "territories" USING btree ("service_number");--> statement-breakpoint
ALTER TABLE "territories" ADD CONSTRAINT "territories_service_number_ck" CHECK ("territories"."service_number" ~ '^\+[1-9][0-9]{6,14}$');--> statement-breakpoint
-- Link the messages already stored to the one person who has that number (a number shared by two
-- residents, such as a couple's landline, stays unlinked rather than guessed).
UPDATE "messages" AS m SET "resident_id" = only_one.resident_id
FROM (
  SELECT territory_id, e164, min(resident_id::text)::uuid AS resident_id
  FROM "resident_phones" GROUP BY territory_id, e164 HAVING count(DISTINCT resident_id) = 1
) AS only_one
WHERE only_one.territory_id = m.territory_id AND only_one.e164 = m.counterpart_phone;--> statement-breakpoint
UPDATE "messages" AS m SET "volunteer_driver_id" = only_one.volunteer_driver_id
FROM (
  SELECT territory_id, e164, min(volunteer_driver_id::text)::uuid AS volunteer_driver_id
  FROM "volunteer_phones" GROUP BY territory_id, e164 HAVING count(DISTINCT volunteer_driver_id) = 1
) AS only_one
WHERE only_one.territory_id = m.territory_id AND only_one.e164 = m.counterpart_phone;
