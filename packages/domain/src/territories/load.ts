import { type DbOrTx, reusableQuery, schema, type Territory } from '@solimob/db';
import { eq, sql } from 'drizzle-orm';
import { notFound } from '../errors';
import { resolveTerritorySettings, type TerritorySettings } from './settings';

/** What verbs need to know about the territory they act in. */
export interface TerritoryInfo {
  id: string;
  name: string;
  timezone: string;
  /** The CIAS number residents can call, read out in messages (may be unset). */
  contactPhone: string | null;
  /** The service's own SMS/voice number (may be unset). */
  serviceNumber: string | null;
  mileageRateEurPerKm: number;
  settings: TerritorySettings;
}

/** Every verb reads its territory: built once per pool. */
const territoryById = reusableQuery('territory_by_id', (db) =>
  db
    .select()
    .from(schema.territories)
    .where(eq(schema.territories.id, sql.placeholder('territoryId'))),
);

export async function loadTerritory(db: DbOrTx, territoryId: string): Promise<TerritoryInfo> {
  const [row] = await territoryById(db, { territoryId });
  if (!row) throw notFound('Territory', territoryId);
  return toTerritoryInfo(row);
}

/** For verbs that read the territory row joined to what they load anyway (one round trip). */
export function toTerritoryInfo(row: Territory): TerritoryInfo {
  return {
    id: row.id,
    name: row.name,
    timezone: row.timezone,
    contactPhone: row.contactPhone,
    serviceNumber: row.serviceNumber,
    mileageRateEurPerKm: row.mileageRateEurPerKm,
    settings: resolveTerritorySettings(row.settings),
  };
}
