import { type DbOrTx, schema, type Territory } from '@solimob/db';
import { eq } from 'drizzle-orm';
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

export async function loadTerritory(db: DbOrTx, territoryId: string): Promise<TerritoryInfo> {
  const [row] = await db.select().from(schema.territories).where(eq(schema.territories.id, territoryId));
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
