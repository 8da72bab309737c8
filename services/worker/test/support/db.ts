import { schema } from '@solimob/db';
import type { TestDatabase } from '@solimob/db/testing';
import { type ServiceContext, systemClock } from '@solimob/domain';

export async function createTerritoryContext(t: TestDatabase): Promise<ServiceContext> {
  const [territory] = await t.db
    .insert(schema.territories)
    .values({ slug: `test-${Date.now().toString(36)}`, name: 'Test', mileageRateEurPerKm: 0.321 })
    .returning();
  return { db: t.db, clock: systemClock, actor: { kind: 'system', territoryId: territory!.id } };
}
