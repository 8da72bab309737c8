-- The legal mileage scale is published to the tenth of a cent (0,606 €/km): whole cents lost that.
ALTER TABLE "territories" DROP CONSTRAINT "territories_mileage_rate_ck";--> statement-breakpoint
ALTER TABLE "territories" ADD COLUMN "mileage_rate_eur_per_km" numeric(6, 3);--> statement-breakpoint
UPDATE "territories" SET "mileage_rate_eur_per_km" = "mileage_rate_cents_per_km" / 100.0;--> statement-breakpoint
ALTER TABLE "territories" ALTER COLUMN "mileage_rate_eur_per_km" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "territories" DROP COLUMN "mileage_rate_cents_per_km";--> statement-breakpoint
ALTER TABLE "territories" ADD CONSTRAINT "territories_mileage_rate_ck" CHECK ("territories"."mileage_rate_eur_per_km" >= 0);
