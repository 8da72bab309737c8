-- Name search by any part of a name ("goff" finds Le Goff): a folded "first last" kept by Postgres and
-- its trigrams. pg_trgm ships with PostgreSQL (contrib) and is trusted: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
ALTER TABLE "residents" ADD COLUMN "search_name" text GENERATED ALWAYS AS (translate(lower("residents"."first_name" || ' ' || "residents"."last_name"), 'àáâäãåçèéêëìíîïñòóôöõùúûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy')) STORED;--> statement-breakpoint
ALTER TABLE "volunteer_drivers" ADD COLUMN "search_name" text GENERATED ALWAYS AS (translate(lower("volunteer_drivers"."first_name" || ' ' || "volunteer_drivers"."last_name"), 'àáâäãåçèéêëìíîïñòóôöõùúûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy')) STORED;--> statement-breakpoint
CREATE INDEX "residents_search_name_trgm_idx" ON "residents" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "volunteer_drivers_search_name_trgm_idx" ON "volunteer_drivers" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "missions_territory_start_idx" ON "missions" USING btree ("territory_id","planned_start_at","id");