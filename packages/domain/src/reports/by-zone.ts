import { schema } from '@solimob/db';
import { asc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { assembleReport } from './assemble';
import type { Report } from './schemas';

/** The period's figures per zone (the communes' editable grouping), every zone of the territory listed. */
export function zoneReport(ctx: ServiceContext, rawQuery: unknown): Promise<Report> {
  return assembleReport(ctx, rawQuery, 'zone', async (territory) => {
    const zones = await ctx.db
      .selectDistinct({ zone: schema.communes.zone })
      .from(schema.communes)
      .where(eq(schema.communes.territoryId, territory.id))
      .orderBy(asc(schema.communes.zone));
    return zones.map(({ zone }) => ({ key: zone, label: zone }));
  });
}
