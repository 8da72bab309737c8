import { type DbOrTx, schema } from '@solimob/db';
import { eq, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { invalid } from '../errors';
import type { TerritoryInfo } from '../territories/load';
import { MONTH_COLUMNS, MONTH_FIGURES, monthFiguresSql } from './month-figures';
import {
  MAX_REPORT_MONTHS,
  type ReportFigures,
  type ReportKind,
  type ReportQuery,
  type ReportSummaryUse,
} from './schemas';

/*
 * The figures behind every report: the rows of each month and commune (month-figures.ts), read from the
 * monthly summary for settled months and computed now for the others, then added up by month, commune
 * or zone, plus the whole period, in one statement through GROUPING SETS, so that distinct residents are
 * counted once in each group and in the total.
 *
 * Freshness: the current and previous months (territory time) are always computed when the report is
 * asked for. Earlier months are settled: they come from the summary the worker recomputes every 10
 * minutes (refresh-summaries.ts), so a change to a settled month (a FAIT recorded weeks late, a resident
 * who moved) shows in the reports once the summary has been recomputed, and the report says when that
 * was (`summary.computedAt`). A settled month the summary does not hold yet is computed now.
 */

export interface Period {
  from: string;
  to: string;
  /** First instant of `from` and of the month after `to`, in the territory's time zone. */
  start: Date;
  stop: Date;
  /** The same bounds as local dates, for shuttle service dates. */
  startDate: string;
  stopDate: string;
  /** Every month of the period, 'YYYY-MM'. */
  months: string[];
  /** The territory's date today: a round has run when its service date is on or before it. */
  today: string;
  /** First instant of the previous month: the months before it are settled (see settledBefore). */
  settledBefore: Date;
}

/**
 * The first instant (territory time) of the previous month. The months before it are settled: the
 * monthly summary holds them, and the current and previous months, where late FAITs, no-shows and
 * corrections mostly land, are always computed live.
 */
export function settledBefore(timeZone: string, now: Date): Date {
  return DateTime.fromJSDate(now, { zone: timeZone }).startOf('month').minus({ months: 1 }).toJSDate();
}

/** Checks the query and turns its months into instants of the territory's time zone. */
export function reportPeriod(query: ReportQuery, timeZone: string, now: Date): Period {
  const first = DateTime.fromISO(`${query.from}-01`, { zone: timeZone });
  const last = DateTime.fromISO(`${query.to}-01`, { zone: timeZone });
  const count = Math.round(last.diff(first, 'months').months) + 1;
  if (count < 1) throw invalid([{ field: '/to', message: 'must not be before from' }]);
  if (count > MAX_REPORT_MONTHS) {
    throw invalid([{ field: '/to', message: `must be at most ${MAX_REPORT_MONTHS} months after from` }]);
  }
  const after = last.plus({ months: 1 });
  return {
    from: query.from,
    to: query.to,
    start: first.toJSDate(),
    stop: after.toJSDate(),
    startDate: first.toISODate()!,
    stopDate: after.toISODate()!,
    months: Array.from({ length: count }, (_, i) => first.plus({ months: i }).toFormat('yyyy-MM')),
    today: DateTime.fromJSDate(now, { zone: timeZone }).toISODate()!,
    settledBefore: settledBefore(timeZone, now),
  };
}

/** The group key of a month's row (`r`, joined to its commune `c`). */
const DIMENSIONS: Record<ReportKind, string> = {
  month: "to_char(r.month, 'YYYY-MM')",
  commune: 'r.commune_id::text',
  zone: 'c.zone',
};

interface FigureRow extends Record<string, unknown> {
  key: string | null;
  is_total: boolean;
  ride_requests: number;
  ride_served: number;
  ride_unmet: number;
  ride_cancelled: number;
  ride_pending: number;
  ride_passengers: number;
  ride_km: number;
  ride_hours: number;
  shuttle_bookings: number;
  shuttle_served: number;
  shuttle_unmet: number;
  shuttle_cancelled: number;
  shuttle_pending: number;
  shuttle_passengers: number;
  shuttle_km: number;
  reached: number;
}

interface ReasonRow extends Record<string, unknown> {
  key: string | null;
  is_total: boolean;
  reason: string;
  n: number;
}

/** To 0.1; figures are summed in full precision first, so rounding never drifts a total. */
const tenth = (value: number) => Math.round(value * 10) / 10;

function toFigures(row: FigureRow | undefined, reasons: ReasonRow[]): ReportFigures {
  const n = (value: unknown) => Number(value ?? 0);
  const rides = {
    requests: n(row?.ride_requests),
    served: n(row?.ride_served),
    unmet: n(row?.ride_unmet),
    cancelled: n(row?.ride_cancelled),
    pending: n(row?.ride_pending),
    passengers: n(row?.ride_passengers),
    km: tenth(n(row?.ride_km)),
    volunteerHours: tenth(n(row?.ride_hours)),
  };
  const shuttles = {
    bookings: n(row?.shuttle_bookings),
    served: n(row?.shuttle_served),
    unmet: n(row?.shuttle_unmet),
    cancelled: n(row?.shuttle_cancelled),
    pending: n(row?.shuttle_pending),
    passengers: n(row?.shuttle_passengers),
    km: tenth(n(row?.shuttle_km)),
  };
  return {
    requests: rides.requests + shuttles.bookings,
    served: rides.served + shuttles.served,
    unmet: rides.unmet + shuttles.unmet,
    cancelled: rides.cancelled + shuttles.cancelled,
    pending: rides.pending + shuttles.pending,
    passengers: rides.passengers + shuttles.passengers,
    km: tenth(n(row?.ride_km) + n(row?.shuttle_km)),
    volunteerHours: rides.volunteerHours,
    residentsReached: n(row?.reached),
    unmetReasons: Object.fromEntries(reasons.map((r) => [r.reason, n(r.n)])),
    rides,
    shuttles,
  };
}

export interface GroupedFigures {
  byKey: Map<string, ReportFigures>;
  totals: ReportFigures;
  /** The months read from the monthly summary, if any. */
  summary: ReportSummaryUse | null;
}

/** The period's figures grouped by month, commune or zone, and for the whole period. */
export async function groupedFigures(
  db: DbOrTx,
  territory: TerritoryInfo,
  period: Period,
  kind: ReportKind,
): Promise<GroupedFigures> {
  const [summary] = await db
    .select({ settledBefore: schema.reportSummaries.settledBefore })
    .from(schema.reportSummaries)
    .where(eq(schema.reportSummaries.territoryId, territory.id));
  const liveFrom = liveStart(territory, period, summary?.settledBefore ?? null);
  const figures = await figuresFrom(db, territory, period, kind, liveFrom);
  if (figures) return figures;
  // A refresh with an earlier boundary was committed between the two reads (another clock): live.
  return (await figuresFrom(db, territory, period, kind, period.start))!;
}

/**
 * The first instant computed live: the start of the first month the summary does not hold (at most the
 * settled boundary), within the period; always the start of a month.
 */
function liveStart(territory: TerritoryInfo, period: Period, summarisedBefore: Date | null): Date {
  if (!summarisedBefore) return period.start;
  const boundary = Math.min(period.settledBefore.getTime(), summarisedBefore.getTime());
  const month = DateTime.fromMillis(boundary, { zone: territory.timezone }).startOf('month').toMillis();
  return new Date(Math.min(Math.max(month, period.start.getTime()), period.stop.getTime()));
}

/**
 * The figures with the months before `liveFrom` read from the summary and the others computed now, in
 * one statement (one snapshot). Undefined if the summary no longer holds every month before `liveFrom`.
 */
async function figuresFrom(
  db: DbOrTx,
  territory: TerritoryInfo,
  period: Period,
  kind: ReportKind,
  liveFrom: Date,
): Promise<GroupedFigures | undefined> {
  const liveDate = DateTime.fromJSDate(liveFrom, { zone: territory.timezone }).toISODate()!;
  const months = monthFiguresSql({
    territoryId: territory.id,
    timeZone: territory.timezone,
    startAt: sql`${liveFrom.toISOString()}::timestamptz`,
    stopAt: sql`${period.stop.toISOString()}::timestamptz`,
    startDate: sql`${liveDate}::date`,
    stopDate: sql`${period.stopDate}::date`,
    today: period.today,
  });
  const dimension = sql.raw(DIMENSIONS[kind]);
  const columns = sql.raw(['month', 'commune_id', ...MONTH_COLUMNS].join(', '));
  const sums = sql.raw(MONTH_FIGURES.map(([name]) => `sum(${name}) as ${name}`).join(', '));
  const [row] = await db.execute<{
    figures: FigureRow[] | string;
    reasons: ReasonRow[] | string;
    settled_before: Date | string | null;
    refreshed_at: Date | string | null;
  }>(sql`
    with summary as (
      select settled_before, refreshed_at from report_summaries where territory_id = ${territory.id}
    ),
    ${months},
    month_rows as (
      select ${columns} from month_figures
      union all
      select ${columns} from report_month_figures
       where territory_id = ${territory.id} and month >= ${period.startDate}::date and month < ${liveDate}::date
    ),
    keyed as (
      select ${dimension} as key, r.* from month_rows r join communes c on c.id = r.commune_id
    ),
    sums as (
      select key, grouping(key) = 1 as is_total, ${sums} from keyed group by grouping sets ((key), ())
    ),
    -- Residents reached: each person once per group and once in the total, across months and communes.
    reach as (
      select key, grouping(key) = 1 as is_total, count(distinct resident_id) as n
        from keyed cross join unnest(keyed.reached) as resident_id
       group by grouping sets ((key), ())
    ),
    figures as (
      select s.*, coalesce(reach.n, 0) as reached
        from sums s left join reach on reach.is_total = s.is_total and reach.key is not distinct from s.key
    ),
    reasons as (
      select key, grouping(key) = 1 as is_total, reason, sum(n::int) as n
        from keyed cross join jsonb_each_text(keyed.unmet_reasons) as unmet(reason, n)
       group by grouping sets ((key, reason), (reason))
    )
    select coalesce((select json_agg(f) from figures f), '[]') as figures,
           coalesce((select json_agg(r order by r.reason) from reasons r), '[]') as reasons,
           (select settled_before from summary) as settled_before,
           (select refreshed_at from summary) as refreshed_at`);
  const summarisedBefore = row?.settled_before ? new Date(row.settled_before) : null;
  const fromSummary = liveFrom > period.start;
  if (fromSummary && (!summarisedBefore || summarisedBefore < liveFrom)) return undefined;
  const figures = fromJson(row?.figures);
  const reasons = fromJson(row?.reasons);
  const reasonsOf = (key: string | null, total: boolean) =>
    reasons.filter((r) => r.is_total === total && (total || r.key === key));
  const byKey = new Map<string, ReportFigures>();
  for (const row of figures) {
    if (!row.is_total && row.key !== null) byKey.set(row.key, toFigures(row, reasonsOf(row.key, false)));
  }
  const total = figures.find((row) => row.is_total);
  return {
    byKey,
    totals: toFigures(total, reasonsOf(null, true)),
    summary: fromSummary ? summaryUse(period, liveDate, row?.refreshed_at ?? null) : null,
  };
}

/** Which months of the period came from the summary: those before the first month computed live. */
function summaryUse(
  period: Period,
  liveDate: string,
  refreshedAt: Date | string | null,
): ReportSummaryUse | null {
  if (!refreshedAt) return null;
  const fromSummary = period.months.filter((month) => `${month}-01` < liveDate);
  if (fromSummary.length === 0) return null;
  return { from: fromSummary[0]!, to: fromSummary.at(-1)!, computedAt: new Date(refreshedAt) };
}

/** A json column as postgres.js hands it over: parsed already, or the text when the driver does not. */
function fromJson<T>(value: T[] | string | undefined): T[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? (JSON.parse(value) as T[]) : value;
}

/** A group with no fact: every figure zero. */
export const emptyFigures = (): ReportFigures => toFigures(undefined, []);
