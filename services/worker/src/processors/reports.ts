import { refreshReportSummaries } from '@solimob/domain';
import type { Processor } from './types';

/** Every 10 minutes: the monthly report summary of each territory's settled months; logs counts only. */
export const refreshReportSummariesProcessor: Processor<'refresh-report-summaries'> = async (
  _payload,
  deps,
) => {
  const started = performance.now();
  const territories = await refreshReportSummaries({ db: deps.db, clock: deps.clock });
  deps.logger.info(
    {
      durationMs: Math.round(performance.now() - started),
      territories: territories.map((t) => ({
        territoryId: t.territoryId,
        settledBefore: t.settledBefore,
        rows: t.rows,
        written: t.written,
        removed: t.removed,
      })),
    },
    'report summaries refreshed',
  );
};
