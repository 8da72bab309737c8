import { type SQL, sql } from 'drizzle-orm';

/*
 * The figures of each month and commune, aggregated in SQL over one territory: the one definition of what
 * the reports count. Each ride request and each seat booking is one "fact" with its resident, the commune
 * where they live, its month (territory time), outcome, passengers, kilometres and hours; the facts of a
 * month and commune give one row of `month_figures`. The reports add these rows up by month, commune or
 * zone; the settled months' rows are kept in `report_month_figures` (see refresh-summaries.ts) and the
 * recent months' are computed when a report is asked for, by this same SQL.
 *
 * Shared vehicles: a pooled mission's driven kilometres and hours, and a shuttle round's planned
 * kilometres, are split among the requests or seats it carried in proportion to their passengers, so a
 * commune's share is its residents' share and the rows add up to the total. The shares are numeric, not
 * floating point: their sums are exact, so adding months or communes gives the same total as adding the
 * requests, in any order.
 */

/** Where and when the facts are taken from: ride requests by requested time, seats by service date. */
export interface FactRange {
  territoryId: string;
  timeZone: string;
  /** Requested times in [startAt, stopAt). */
  startAt: SQL;
  stopAt: SQL;
  /** Shuttle service dates in [startDate, stopDate). */
  startDate: SQL;
  stopDate: SQL;
  /** The territory's date today: a round has run when its service date is on or before it. */
  today: string;
}

/**
 * Each figure of a month and commune and how it is aggregated from the facts. The same names are the
 * columns of report_month_figures and the fields the reports read.
 */
export const MONTH_FIGURES: readonly (readonly [name: string, aggregate: string])[] = [
  ['ride_requests', `count(*) filter (where service = 'ride')`],
  ['ride_served', `count(*) filter (where service = 'ride' and outcome = 'served')`],
  ['ride_unmet', `count(*) filter (where service = 'ride' and outcome = 'unmet')`],
  ['ride_cancelled', `count(*) filter (where service = 'ride' and outcome = 'cancelled')`],
  ['ride_pending', `count(*) filter (where service = 'ride' and outcome = 'pending')`],
  ['ride_passengers', `coalesce(sum(passengers) filter (where service = 'ride' and outcome = 'served'), 0)`],
  ['ride_km', `coalesce(sum(km) filter (where service = 'ride'), 0)`],
  ['ride_hours', `coalesce(sum(hours) filter (where service = 'ride'), 0)`],
  ['shuttle_bookings', `count(*) filter (where service = 'shuttle')`],
  ['shuttle_served', `count(*) filter (where service = 'shuttle' and outcome = 'served')`],
  ['shuttle_unmet', `count(*) filter (where service = 'shuttle' and outcome = 'unmet')`],
  ['shuttle_cancelled', `count(*) filter (where service = 'shuttle' and outcome = 'cancelled')`],
  ['shuttle_pending', `count(*) filter (where service = 'shuttle' and outcome = 'pending')`],
  [
    'shuttle_passengers',
    `coalesce(sum(passengers) filter (where service = 'shuttle' and outcome = 'served'), 0)`,
  ],
  ['shuttle_km', `coalesce(sum(km) filter (where service = 'shuttle'), 0)`],
];

/** Every column of a month's row after its month and commune, in the order of report_month_figures. */
export const MONTH_COLUMNS: readonly string[] = [
  ...MONTH_FIGURES.map(([name]) => name),
  'unmet_reasons',
  'reached',
];

/** The facts of the range, one row per ride request and per seat booking. */
function factsSql(range: FactRange): SQL {
  const { territoryId, timeZone, startAt, stopAt, startDate, stopDate, today } = range;
  return sql`
    requested as (
      select r.id, r.resident_id, r.requested_time, r.status, r.status_reason, r.passengers
        from ride_requests r
       where r.territory_id = ${territoryId} and r.requested_time >= ${startAt} and r.requested_time < ${stopAt}
    ),
    -- The completed missions that drove a request of the range, and every request each of them drove (a
    -- pooled mission may also carry requests outside the range: they take their share all the same).
    carried as (
      select m.id as mission_id, t.ride_request_id, max(r.passengers) as passengers,
             coalesce(m.driven_distance_meters, 0) as meters,
             extract(epoch from m.planned_end_at - m.planned_start_at) as seconds
        from (select distinct t2.mission_id from requested q join trips t2 on t2.ride_request_id = q.id
               where t2.outcome in ('completed', 'no_show')) driven
        join missions m on m.id = driven.mission_id
        join trips t on t.mission_id = driven.mission_id
        join ride_requests r on r.id = t.ride_request_id
       where m.territory_id = ${territoryId} and m.status = 'completed'
         and t.outcome in ('completed', 'no_show')
       group by m.id, t.ride_request_id
    ),
    ride_shares as (
      select c.ride_request_id,
             sum(c.meters * c.passengers / mission.passengers) / 1000 as km,
             sum(c.seconds * c.passengers / mission.passengers) / 3600 as hours
        from carried c
        join (select mission_id, sum(passengers)::numeric as passengers from carried group by mission_id) mission
          on mission.mission_id = c.mission_id
       group by c.ride_request_id
    ),
    rounds as (
      select sr.id, sr.status, sr.service_date, sr.updated_at,
             sr.status in ('planned', 'closed', 'completed') and sr.service_date <= ${today}::date as ran,
             (select coalesce(sum(pr.distance_meters), 0) from shuttle_plan_routes pr
               where pr.shuttle_round_id = sr.id) / 1000.0 as km,
             (select sum(b.passengers) from seat_bookings b
               where b.shuttle_round_id = sr.id and b.status = 'confirmed') as passengers
        from shuttle_rounds sr
       where sr.territory_id = ${territoryId} and sr.service_date >= ${startDate} and sr.service_date < ${stopDate}
    ),
    facts as (
      select 'ride' as service, r.resident_id, res.commune_id,
             date_trunc('month', r.requested_time at time zone ${timeZone})::date as month,
             case r.status when 'completed' then 'served' when 'unmet' then 'unmet'
                           when 'cancelled' then 'cancelled' else 'pending' end as outcome,
             case when r.status = 'unmet' then coalesce(r.status_reason, 'unknown') end as reason,
             r.passengers, coalesce(s.km, 0) as km, coalesce(s.hours, 0) as hours
        from requested r
        join residents res on res.id = r.resident_id
        left join ride_shares s on s.ride_request_id = r.id
      union all
      select 'shuttle', b.resident_id, res.commune_id, date_trunc('month', sr.service_date::timestamp)::date,
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
        -- A cancelled round is final: its last update is the cancellation, which cancelled every seat
        -- still booked at that instant. Seats cancelled earlier were the residents' own cancellations.
        cross join lateral (select sr.status = 'cancelled' and b.cancelled_at >= sr.updated_at as round_cancel) rc
    )`;
}

/**
 * The CTEs ending in `month_figures`: one row per month and commune of the range with a fact, with the
 * MONTH_COLUMNS. To be placed after `with`.
 */
export function monthFiguresSql(range: FactRange): SQL {
  const aggregates = sql.raw(MONTH_FIGURES.map(([name, aggregate]) => `${aggregate} as ${name}`).join(',\n'));
  return sql`${factsSql(range)},
    month_counts as (
      select month, commune_id, ${aggregates},
             coalesce(array_agg(distinct resident_id) filter (where outcome = 'served'), '{}') as reached
        from facts
       group by month, commune_id
    ),
    month_reasons as (
      select month, commune_id, jsonb_object_agg(reason, n) as unmet_reasons
        from (select month, commune_id, reason, count(*) as n from facts where outcome = 'unmet'
               group by month, commune_id, reason) counted
       group by month, commune_id
    ),
    month_figures as (
      select c.month, c.commune_id, ${sql.raw(MONTH_FIGURES.map(([name]) => `c.${name}`).join(', '))},
             coalesce(r.unmet_reasons, '{}'::jsonb) as unmet_reasons, c.reached
        from month_counts c
        left join month_reasons r on r.month = c.month and r.commune_id = c.commune_id
    )`;
}
