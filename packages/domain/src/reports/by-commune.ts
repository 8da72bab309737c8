import { schema } from '@solimob/db';
import { asc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { assembleReport } from './assemble';
import type { Report } from './schemas';

/** The period's figures per commune where the residents live, every commune of the territory listed. */
export function communeReport(ctx: ServiceContext, rawQuery: unknown): Promise<Report> {
  return assembleReport(ctx, rawQuery, 'commune', async (territory) => {
    const communes = await ctx.db
      .select({ id: schema.communes.id, name: schema.communes.name })
      .from(schema.communes)
      .where(eq(schema.communes.territoryId, territory.id))
      .orderBy(asc(schema.communes.name));
    return communes.map((commune) => ({ key: commune.id, label: commune.name }));
  });
}
