import { assertCan } from '../authz';
import type { ServiceContext } from '../context';
import { parseInput } from '../input';
import { loadTerritory, type TerritoryInfo } from '../territories/load';
import { emptyFigures, groupedFigures, type Period, reportPeriod } from './figures';
import { type Report, type ReportKind, ReportQuery } from './schemas';

/** The rows a report always shows, in order, figures or not: every month, every commune, every zone. */
export type ReportGroups = (
  territory: TerritoryInfo,
  period: Period,
) => Promise<{ key: string; label: string }[]>;

/**
 * What the three reports share: the permission (staff who read reports: coordinators, and the read-only
 * accounts of elected officials and funders), the period, the figures grouped in SQL (settled months from
 * the monthly summary, see figures.ts), and one row per group even when nothing happened there.
 */
export async function assembleReport(
  ctx: ServiceContext,
  rawQuery: unknown,
  kind: ReportKind,
  groups: ReportGroups,
): Promise<Report> {
  assertCan(ctx.actor, 'reports:read');
  const query = parseInput(ReportQuery, rawQuery);
  const territory = await loadTerritory(ctx.db, ctx.actor.territoryId);
  const now = ctx.clock.now();
  const period = reportPeriod(query, territory.timezone, now);
  const [figures, rows] = await Promise.all([
    groupedFigures(ctx.db, territory, period, kind),
    groups(territory, period),
  ]);
  return {
    kind,
    territoryName: territory.name,
    timeZone: territory.timezone,
    from: period.from,
    to: period.to,
    rows: rows.map((group) => ({ ...group, ...(figures.byKey.get(group.key) ?? emptyFigures()) })),
    totals: figures.totals,
    generatedAt: now,
    summary: figures.summary,
  };
}
