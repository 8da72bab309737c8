import { type DbOrTx, type ShuttleLine, schema } from '@solimob/db';
import { asc, inArray } from 'drizzle-orm';
import { hhmm } from '../common';

export interface ShuttleLineView {
  id: string;
  name: string;
  marketPlaceId: string;
  weekday: number;
  arrivalTime: string;
  departureTime: string;
  marketWindowMinutes: number;
  mode: ShuttleLine['mode'];
  bookingCutoffHours: number;
  maxRideMinutes: number;
  active: boolean;
  communeIds: string[];
  stops: {
    id: string;
    name: string;
    communeId: string;
    location: { lat: number; lon: number };
    sequence: number;
  }[];
  vehicles: { id: string; name: string; seats: number; wheelchairPlaces: number }[];
  createdAt: Date;
  updatedAt: Date;
}

/** Views of several lines with their communes, stops and vehicles, in four queries. */
export async function loadShuttleLineViews(db: DbOrTx, lines: ShuttleLine[]): Promise<ShuttleLineView[]> {
  if (lines.length === 0) return [];
  const ids = lines.map((l) => l.id);
  const [communes, stops, vehicles] = await Promise.all([
    db
      .select()
      .from(schema.shuttleLineCommunes)
      .where(inArray(schema.shuttleLineCommunes.shuttleLineId, ids)),
    db
      .select()
      .from(schema.shuttleStops)
      .where(inArray(schema.shuttleStops.shuttleLineId, ids))
      .orderBy(asc(schema.shuttleStops.sequence)),
    db
      .select()
      .from(schema.shuttleLineVehicles)
      .where(inArray(schema.shuttleLineVehicles.shuttleLineId, ids))
      .orderBy(asc(schema.shuttleLineVehicles.name)),
  ]);
  return lines.map((line) => ({
    id: line.id,
    name: line.name,
    marketPlaceId: line.marketPlaceId,
    weekday: line.weekday,
    arrivalTime: hhmm(line.arrivalTime),
    departureTime: hhmm(line.departureTime),
    marketWindowMinutes: line.marketWindowMinutes,
    mode: line.mode,
    bookingCutoffHours: line.bookingCutoffHours,
    maxRideMinutes: line.maxRideMinutes,
    active: line.active,
    communeIds: communes.filter((c) => c.shuttleLineId === line.id).map((c) => c.communeId),
    stops: stops
      .filter((s) => s.shuttleLineId === line.id)
      .map((s) => ({
        id: s.id,
        name: s.name,
        communeId: s.communeId,
        location: { lat: s.lat, lon: s.lon },
        sequence: s.sequence,
      })),
    vehicles: vehicles
      .filter((v) => v.shuttleLineId === line.id)
      .map((v) => ({ id: v.id, name: v.name, seats: v.seats, wheelchairPlaces: v.wheelchairPlaces })),
    createdAt: line.createdAt,
    updatedAt: line.updatedAt,
  }));
}

export async function loadShuttleLineView(db: DbOrTx, line: ShuttleLine): Promise<ShuttleLineView> {
  const [view] = await loadShuttleLineViews(db, [line]);
  return view!;
}
