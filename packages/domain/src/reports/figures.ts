import type { DbOrTx } from '@solimob/db';
import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { invalid } from '../errors';
import type { TerritoryInfo } from '../territories/load';
import { MAX_REPORT_MONTHS, type ReportFigures, type ReportKind, type ReportQuery } from './schemas';

/*
 * The figures behind every report, aggregated in SQL over one territory. Each ride request and each seat
 * booking of the period is one "fact" with its resident, commune, zone, month, outcome, passengers,
 * kilometres and hours; a report groups the facts by month, commune or zone (plus the whole period, in
 * the same statement through GROUPING SETS, so distinct residents are counted once in the total).
 *
 * Shared vehicles: a pooled mission's driven kilometres and hours, and a shuttle round's planned
 * kilometres, are split among the requests or seats it carried in proportion to their passengers, so a
 * commune's share is its residents' share and the rows add up to the total.
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
  };
}

/** The facts of the period: one row per ride request and per seat booking. */
function factsSql(territory: TerritoryInfo, period: Period) {
  const tz = territory.timezone;
  // A pooled mission may start the evening before the period or end after it: its requests are found by
  // the mission's own window, and the request's date decides which month each share falls in.
  const missionFrom = new Date(period.start.getTime() - 86_400_000).toISOString();
  const missionTo = new Date(period.stop.getTime() + 86_400_000).toISOString();
  const start = period.start.toISOString();
  const stop = period.stop.toISOString();
  return sql`
    driven as (
      select t.mission_id, t.ride_request_id, max(r.passengers)::float8 as passengers
        from trips t
        join missions m on m.id = t.mission_id
        join ride_requests r on r.id = t.ride_request_id
       where m.territory_id = ${territory.id} and m.status = 'completed'
         and t.outcome in ('completed', 'no_show')
         and m.planned_start_at >= ${missionFrom}::timestamptz and m.planned_start_at < ${missionTo}::timestamptz
       group by t.mission_id, t.ride_request_id
    ),
    ride_shares as (
      select d.ride_request_id,
             sum(coalesce(m.driven_distance_meters, 0) * d.passengers / mission.passengers) / 1000.0 as km,
             sum(extract(epoch from m.planned_end_at - m.planned_start_at) * d.passengers / mission.passengers)
               / 3600.0 as hours
        from driven d
        join missions m on m.id = d.mission_id
        join (select mission_id, sum(passengers) as passengers from driven group by mission_id) mission
          on mission.mission_id = d.mission_id
       group by d.ride_request_id
    ),
    rounds as (
      select sr.id, sr.status, sr.service_date, sr.updated_at,
             sr.status in ('planned', 'closed', 'completed') and sr.service_date <= ${period.today}::date as ran,
             (select coalesce(sum(pr.distance_meters), 0) from shuttle_plan_routes pr
               where pr.shuttle_round_id = sr.id) / 1000.0 as km,
             (select sum(b.passengers) from seat_bookings b
               where b.shuttle_round_id = sr.id and b.status = 'confirmed')::float8 as passengers
        from shuttle_rounds sr
       where sr.territory_id = ${territory.id}
         and sr.service_date >= ${period.startDate}::date and sr.service_date < ${period.stopDate}::date
    ),
    facts as (
      select 'ride' as service, r.resident_id, res.commune_id, c.zone,
             to_char(r.requested_time at time zone ${tz}, 'YYYY-MM') as month,
             case r.status when 'completed' then 'served' when 'unmet' then 'unmet'
                           when 'cancelled' then 'cancelled' else 'pending' end as outcome,
             case when r.status = 'unmet' then coalesce(r.status_reason, 'unknown') end as reason,
             r.passengers, coalesce(s.km, 0) as km, coalesce(s.hours, 0) as hours
        from ride_requests r
        join residents res on res.id = r.resident_id
        join communes c on c.id = res.commune_id
        left join ride_shares s on s.ride_request_id = r.id
       where r.territory_id = ${territory.id}
         and r.requested_time >= ${start}::timestamptz and r.requested_time < ${stop}::timestamptz
      union all
      select 'shuttle', b.resident_id, res.commune_id, c.zone, to_char(sr.service_date, 'YYYY-MM'),
             case when round_cancel then 'unmet'
                  when b.status = 'cancelled' then 'cancelled'
                  when not sr.ran then 'pending'
                  when b.status = 'confirmed' then 'served'
                  else 'unmet' end,
             case when round_cancel then 'round_cancelled'
                  when b.status = 'waitlisted' and sr.ran then 'shuttle_full' end,
             b.passengers,
             case when b.status = 'confirmed' and sr.ran and sr.passengers > 0
                  then sr.km * b.passengers / sr.passengers else 0 end,
             0
        from seat_bookings b
        join rounds sr on sr.id = b.shuttle_round_id
        join residents res on res.id = b.resident_id
        join communes c on c.id = res.commune_id
        -- A cancelled round is final: its last update is the cancellation, which cancelled every seat
        -- still booked at that instant. Seats cancelled earlier were the residents' own cancellations.
        cross join lateral (select sr.status = 'cancelled' and b.cancelled_at >= sr.updated_at as round_cancel) rc
    )`;
}

const DIMENSIONS: Record<ReportKind, string> = {
  month: 'month',
  commune: 'commune_id::text',
  zone: 'zone',
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
}

/** The period's figures grouped by month, commune or zone, and for the whole period. */
export async function groupedFigures(
  db: DbOrTx,
  territory: TerritoryInfo,
  period: Period,
  kind: ReportKind,
): Promise<GroupedFigures> {
  const dimension = sql.raw(DIMENSIONS[kind]);
  const facts = factsSql(territory, period);
  // Both aggregations in one statement: the facts CTE, read twice, is computed once (Postgres
  // materialises a CTE referenced more than once); each aggregation comes back as a JSON array.
  const [row] = await db.execute<{ figures: FigureRow[] | string; reasons: ReasonRow[] | string }>(sql`
    with ${facts},
    figures as (
      select ${dimension} as key, grouping(${dimension}) = 1 as is_total,
             count(*) filter (where service = 'ride') as ride_requests,
             count(*) filter (where service = 'ride' and outcome = 'served') as ride_served,
             count(*) filter (where service = 'ride' and outcome = 'unmet') as ride_unmet,
             count(*) filter (where service = 'ride' and outcome = 'cancelled') as ride_cancelled,
             count(*) filter (where service = 'ride' and outcome = 'pending') as ride_pending,
             coalesce(sum(passengers) filter (where service = 'ride' and outcome = 'served'), 0) as ride_passengers,
             coalesce(sum(km) filter (where service = 'ride'), 0) as ride_km,
             coalesce(sum(hours) filter (where service = 'ride'), 0) as ride_hours,
             count(*) filter (where service = 'shuttle') as shuttle_bookings,
             count(*) filter (where service = 'shuttle' and outcome = 'served') as shuttle_served,
             count(*) filter (where service = 'shuttle' and outcome = 'unmet') as shuttle_unmet,
             count(*) filter (where service = 'shuttle' and outcome = 'cancelled') as shuttle_cancelled,
             count(*) filter (where service = 'shuttle' and outcome = 'pending') as shuttle_pending,
             coalesce(sum(passengers) filter (where service = 'shuttle' and outcome = 'served'), 0)
               as shuttle_passengers,
             coalesce(sum(km) filter (where service = 'shuttle'), 0) as shuttle_km,
             count(distinct resident_id) filter (where outcome = 'served') as reached
        from facts
       group by grouping sets ((${dimension}), ())
    ),
    reasons as (
      select ${dimension} as key, grouping(${dimension}) = 1 as is_total, reason, count(*) as n
        from facts
       where outcome = 'unmet'
       group by grouping sets ((${dimension}, reason), (reason))
    )
    select coalesce((select json_agg(f) from figures f), '[]') as figures,
           coalesce((select json_agg(r order by r.reason) from reasons r), '[]') as reasons`);
  const figures = fromJson(row?.figures);
  const reasons = fromJson(row?.reasons);
  const reasonsOf = (key: string | null, total: boolean) =>
    reasons.filter((r) => r.is_total === total && (total || r.key === key));
  const byKey = new Map<string, ReportFigures>();
  for (const row of figures) {
    if (!row.is_total && row.key !== null) byKey.set(row.key, toFigures(row, reasonsOf(row.key, false)));
  }
  const total = figures.find((row) => row.is_total);
  return { byKey, totals: toFigures(total, reasonsOf(null, true)) };
}

/** A json column as postgres.js hands it over: parsed already, or the text when the driver does not. */
function fromJson<T>(value: T[] | string | undefined): T[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? (JSON.parse(value) as T[]) : value;
}

/** A group with no fact: every figure zero. */
export const emptyFigures = (): ReportFigures => toFigures(undefined, []);
