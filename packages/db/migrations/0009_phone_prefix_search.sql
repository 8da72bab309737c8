DROP INDEX "resident_phones_lookup_idx";--> statement-breakpoint
DROP INDEX "volunteer_phones_lookup_idx";--> statement-breakpoint
CREATE INDEX "resident_phones_lookup_idx" ON "resident_phones" USING btree ("territory_id","e164" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "volunteer_phones_lookup_idx" ON "volunteer_phones" USING btree ("territory_id","e164" text_pattern_ops);