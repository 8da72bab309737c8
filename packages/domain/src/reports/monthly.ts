import type { ServiceContext } from '../context';
import { assembleReport } from './assemble';
import type { Report } from './schemas';

/**
 * Month by month over the period (months of the territory's time zone): requests, served, unmet with
 * reasons, passengers, kilometres, volunteer hours and distinct residents reached, volunteer rides and
 * market shuttles together and apart.
 */
export function monthlyReport(ctx: ServiceContext, rawQuery: unknown): Promise<Report> {
  return assembleReport(ctx, rawQuery, 'month', async (_territory, period) => {
    const name = new Intl.DateTimeFormat('fr-FR', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return period.months.map((month) => ({
      key: month,
      label: name.format(new Date(`${month}-15T12:00:00Z`)),
    }));
  });
}
