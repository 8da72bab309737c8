ALTER TABLE "offers" DROP CONSTRAINT "offers_ride_request_id_ride_requests_id_fk";
--> statement-breakpoint
DROP INDEX "offers_request_driver_uq";--> statement-breakpoint
ALTER TABLE "offers" ALTER COLUMN "mission_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "offers" DROP COLUMN "ride_request_id";