import Type, { type Static } from 'typebox';

const Month = (description: string) => Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', description });

/** The longest period one report covers: three years of months. */
export const MAX_REPORT_MONTHS = 36;

export const ReportQuery = Type.Object(
  {
    from: Month('First month of the period, YYYY-MM (territory time)'),
    to: Month('Last month of the period, included, YYYY-MM (territory time)'),
  },
  { additionalProperties: false },
);
export type ReportQuery = Static<typeof ReportQuery>;

/** Volunteer rides: ride requests whose requested time falls in the period. */
export interface RideFigures {
  requests: number;
  /** Completed (driven). */
  served: number;
  /** No driver found (reasons in `unmetReasons`). */
  unmet: number;
  /** Cancelled by the resident or staff, no-shows and late cancellations included. */
  cancelled: number;
  /** Not settled yet: received, looking for a driver, offered or matched. */
  pending: number;
  /** People carried on served requests, the residents included. */
  passengers: number;
  /** Kilometres driven by volunteers (home → stops → home) on completed missions, to 0.1 km. */
  km: number;
  /** Time volunteers drove completed missions (first pick-up to last drop-off, as planned), to 0.1 h. */
  volunteerHours: number;
}

/** Market shuttles: seat bookings on rounds whose service date falls in the period. */
export interface ShuttleFigures {
  bookings: number;
  /** Confirmed seats on rounds that ran. */
  served: number;
  /** Still on the waitlist when the round ran ('shuttle_full'), or on a round cancelled ('round_cancelled'). */
  unmet: number;
  /** Cancelled by the resident or staff before the round. */
  cancelled: number;
  /** On rounds that have not run yet. */
  pending: number;
  passengers: number;
  /** Planned kilometres of the rounds that ran, to 0.1 km. */
  km: number;
}

export interface ReportFigures {
  /** Ride requests plus seat bookings. */
  requests: number;
  served: number;
  unmet: number;
  cancelled: number;
  pending: number;
  passengers: number;
  /** Volunteer kilometres plus shuttle kilometres, to 0.1 km. */
  km: number;
  volunteerHours: number;
  /** Distinct residents carried at least once (a ride or a shuttle seat), counted once in the group. */
  residentsReached: number;
  /** Unmet requests and bookings by reason ('no_volunteer_accepted', 'shuttle_full', …). */
  unmetReasons: Record<string, number>;
  rides: RideFigures;
  shuttles: ShuttleFigures;
}

export type ReportKind = 'month' | 'commune' | 'zone';

export interface ReportRow extends ReportFigures {
  /** '2026-03', a commune id, or a zone name. */
  key: string;
  /** 'mars 2026', the commune's name, the zone's name. */
  label: string;
}

/**
 * Settled months read from the monthly summary (see refresh-summaries.ts) and when it was computed. The
 * other months of the report were computed when it was generated.
 */
export interface ReportSummaryUse {
  /** First and last months read from the summary, 'YYYY-MM'. */
  from: string;
  to: string;
  computedAt: Date;
}

export interface Report {
  kind: ReportKind;
  territoryName: string;
  timeZone: string;
  from: string;
  to: string;
  rows: ReportRow[];
  /** The whole period and territory: residents reached are counted once, not summed over rows. */
  totals: ReportFigures;
  generatedAt: Date;
  /** Null when every month was computed at `generatedAt`. */
  summary: ReportSummaryUse | null;
}
