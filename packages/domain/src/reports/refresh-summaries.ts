import { type Db, schema } from '@solimob/db';
import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Clock } from '../context';
import { settledBefore } from './figures';
import { MONTH_COLUMNS, monthFiguresSql } from './month-figures';

export interface ReportSummaryRefresh {
  territoryId: string;
  /** The summary now holds every month before this instant (territory time). */
  settledBefore: Date;
  /** Rows (a month and a commune with figures) in the summary, and how many were written or removed. */
  rows: number;
  written: number;
  removed: number;
}

/**
 * The worker's `refresh-report-summaries`, every 10 minutes: for each territory, the figures of every
 * settled month (before the previous month, territory time) are recomputed from the ride requests,
 * trips, missions, rounds and seat bookings, by the reports' own SQL (month-figures.ts), in one statement
 * and so from one snapshot; only the rows that differ are written. Recomputing every month each time is
 * what keeps the summary exact whatever changed since (a FAIT recorded late, a cancellation, a
 * resident who moved to another commune), without hooks in the verbs that change those rows: a year of
 * a département-sized territory takes about 50 ms (docs/benchmarks.md). Retention and erasure change
 * nothing the figures read (ADR 0011), so they change no row here either.
 */
export async function refreshReportSummaries(deps: {
  db: Db;
  clock: Clock;
}): Promise<ReportSummaryRefresh[]> {
  const now = deps.clock.now();
  const territories = await deps.db
    .select({ id: schema.territories.id, timezone: schema.territories.timezone })
    .from(schema.territories);
  const results: ReportSummaryRefresh[] = [];
  for (const territory of territories) {
    results.push(await refreshTerritory(deps.db, territory, now));
  }
  return results;
}

async function refreshTerritory(
  db: Db,
  territory: { id: string; timezone: string },
  now: Date,
): Promise<ReportSummaryRefresh> {
  const before = settledBefore(territory.timezone, now);
  const beforeDate = DateTime.fromJSDate(before, { zone: territory.timezone }).toISODate()!;
  const today = DateTime.fromJSDate(now, { zone: territory.timezone }).toISODate()!;
  return db.transaction(async (tx) => {
    // The territory's summary row first: its lock makes concurrent refreshes of one territory take turns.
    await tx
      .insert(schema.reportSummaries)
      .values({ territoryId: territory.id, settledBefore: before, refreshedAt: now })
      .onConflictDoUpdate({
        target: schema.reportSummaries.territoryId,
        set: { settledBefore: before, refreshedAt: now },
      });
    const months = monthFiguresSql({
      territoryId: territory.id,
      timeZone: territory.timezone,
      startAt: sql`'-infinity'::timestamptz`,
      stopAt: sql`${before.toISOString()}::timestamptz`,
      startDate: sql`'-infinity'::date`,
      stopDate: sql`${beforeDate}::date`,
      today,
    });
    const columns = sql.raw(MONTH_COLUMNS.join(', '));
    const updates = sql.raw(MONTH_COLUMNS.map((name) => `${name} = excluded.${name}`).join(', '));
    const current = sql.raw(MONTH_COLUMNS.map((name) => `report_month_figures.${name}`).join(', '));
    const incoming = sql.raw(MONTH_COLUMNS.map((name) => `excluded.${name}`).join(', '));
    const [counts] = await tx.execute<{ rows: number; written: number; removed: number }>(sql`
      with ${months},
      removed as (
        delete from report_month_figures s
         where s.territory_id = ${territory.id}
           and not exists (select 1 from month_figures m where m.month = s.month and m.commune_id = s.commune_id)
        returning 1
      ),
      written as (
        insert into report_month_figures (territory_id, month, commune_id, ${columns})
        select ${territory.id}, month, commune_id, ${columns} from month_figures
        on conflict (territory_id, month, commune_id) do update set ${updates}
        where (${current}) is distinct from (${incoming})
        returning 1
      )
      select (select count(*) from month_figures)::int as rows, (select count(*) from written)::int as written,
             (select count(*) from removed)::int as removed`);
    return {
      territoryId: territory.id,
      settledBefore: before,
      rows: counts?.rows ?? 0,
      written: counts?.written ?? 0,
      removed: counts?.removed ?? 0,
    };
  });
}
