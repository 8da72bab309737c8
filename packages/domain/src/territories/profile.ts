import type { ServiceContext } from '../context';
import { loadTerritory } from './load';
import type { TerritorySettings } from './settings';

/** What a staff client needs to know about its territory: names, clock, and the rules a booking meets. */
export interface TerritoryProfile {
  id: string;
  name: string;
  /** Times are shown and typed in this zone, whatever the browser's. */
  timeZone: string;
  contactPhone: string | null;
  rides: Pick<
    TerritorySettings['rides'],
    'minNoticeHours' | 'serviceDays' | 'serviceStart' | 'serviceEnd' | 'destinationRadiusKm'
  >;
}

/** The caller's territory, for any staff account: nothing personal, nothing another role may not see. */
export async function getTerritoryProfile(ctx: ServiceContext): Promise<TerritoryProfile> {
  const territory = await loadTerritory(ctx.db, ctx.actor.territoryId);
  const { minNoticeHours, serviceDays, serviceStart, serviceEnd, destinationRadiusKm } =
    territory.settings.rides;
  return {
    id: territory.id,
    name: territory.name,
    timeZone: territory.timezone,
    contactPhone: territory.contactPhone,
    rides: { minNoticeHours, serviceDays, serviceStart, serviceEnd, destinationRadiusKm },
  };
}
