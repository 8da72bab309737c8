import { type DbOrTx, type Resident, type ShuttleLine, schema } from '@solimob/db';
import { and, asc, eq } from 'drizzle-orm';
import type { FieldProblem } from '../../errors';
import type { TerritorySettings } from '../../territories/settings';

/** What resolvePickup reads of a line and of a resident. */
export type PickupLine = Pick<ShuttleLine, 'id' | 'mode'>;
export type PickupResident = Pick<Resident, 'lat' | 'lon' | 'communeId' | 'mobilityNeeds'>;

export interface ResolvedPickup {
  stopId: string | null;
  lat: number;
  lon: number;
}

/**
 * Where a resident boards: at home on a door-to-door line; on a stops line at the stop asked for, else
 * the first stop of their commune, except at the door when staff ask for it (`atDoor`) or the resident
 * has a mobility need the territory serves door-to-door (wheelchair, walking aid… see settings).
 * `known.communeStop`: the line's first stop in the resident's commune, when the caller read it already
 * (null: there is none), so that no query is sent for it.
 */
export async function resolvePickup(
  db: DbOrTx,
  line: PickupLine,
  resident: PickupResident,
  request: { stopId?: string | null; atDoor?: boolean },
  settings: TerritorySettings['shuttles'],
  problems: FieldProblem[],
  known?: { communeStop: ResolvedPickup | null },
): Promise<ResolvedPickup | undefined> {
  const home = { stopId: null, lat: resident.lat, lon: resident.lon };
  if (line.mode === 'door_to_door' || request.atDoor) return home;
  if (request.stopId) {
    const [stop] = await db
      .select()
      .from(schema.shuttleStops)
      .where(and(eq(schema.shuttleStops.id, request.stopId), eq(schema.shuttleStops.shuttleLineId, line.id)));
    if (!stop) {
      problems.push({ field: '/pickupStopId', message: 'is not a stop of this line' });
      return undefined;
    }
    return { stopId: stop.id, lat: stop.lat, lon: stop.lon };
  }
  if (resident.mobilityNeeds.some((need) => settings.doorToDoorNeeds.includes(need))) return home;
  const stop = known ? known.communeStop : await firstStopInCommune(db, line.id, resident.communeId);
  if (!stop) {
    problems.push({
      field: '/pickupStopId',
      message: "the line has no stop in the resident's commune: name one",
    });
    return undefined;
  }
  return stop;
}

async function firstStopInCommune(
  db: DbOrTx,
  lineId: string,
  communeId: string,
): Promise<ResolvedPickup | undefined> {
  const [stop] = await db
    .select({ stopId: schema.shuttleStops.id, lat: schema.shuttleStops.lat, lon: schema.shuttleStops.lon })
    .from(schema.shuttleStops)
    .where(and(eq(schema.shuttleStops.shuttleLineId, lineId), eq(schema.shuttleStops.communeId, communeId)))
    .orderBy(asc(schema.shuttleStops.sequence))
    .limit(1);
  return stop;
}
