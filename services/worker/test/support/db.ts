import { insertTestTerritory, type TestDatabase } from '@solimob/db/testing';
import { type ServiceContext, systemClock } from '@solimob/domain';

export async function createTerritoryContext(t: TestDatabase): Promise<ServiceContext> {
  const territory = await insertTestTerritory(t.db);
  return { db: t.db, clock: systemClock, actor: { kind: 'system', territoryId: territory.id } };
}
