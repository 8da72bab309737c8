CREATE TABLE "report_month_figures" (
	"territory_id" uuid NOT NULL,
	"month" date NOT NULL,
	"commune_id" uuid NOT NULL,
	"ride_requests" integer NOT NULL,
	"ride_served" integer NOT NULL,
	"ride_unmet" integer NOT NULL,
	"ride_cancelled" integer NOT NULL,
	"ride_pending" integer NOT NULL,
	"ride_passengers" integer NOT NULL,
	"ride_km" numeric NOT NULL,
	"ride_hours" numeric NOT NULL,
	"shuttle_bookings" integer NOT NULL,
	"shuttle_served" integer NOT NULL,
	"shuttle_unmet" integer NOT NULL,
	"shuttle_cancelled" integer NOT NULL,
	"shuttle_pending" integer NOT NULL,
	"shuttle_passengers" integer NOT NULL,
	"shuttle_km" numeric NOT NULL,
	"unmet_reasons" jsonb NOT NULL,
	"reached" uuid[] NOT NULL,
	CONSTRAINT "report_month_figures_territory_id_month_commune_id_pk" PRIMARY KEY("territory_id","month","commune_id"),
	CONSTRAINT "report_month_figures_month_ck" CHECK (extract(day from "report_month_figures"."month") = 1)
);
--> statement-breakpoint
CREATE TABLE "report_summaries" (
	"territory_id" uuid PRIMARY KEY NOT NULL,
	"settled_before" timestamp with time zone NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_month_figures" ADD CONSTRAINT "report_month_figures_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_month_figures" ADD CONSTRAINT "report_month_figures_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_summaries" ADD CONSTRAINT "report_summaries_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;