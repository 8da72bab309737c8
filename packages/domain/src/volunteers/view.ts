import { type DbOrTx, schema, type VolunteerDriver, type VolunteerPhone } from '@solimob/db';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { notFound } from '../errors';

export interface VolunteerView {
  id: string;
  firstName: string;
  lastName: string;
  communeId: string;
  homeLocation: { lat: number; lon: number };
  seats: number;
  wheelchairCapable: boolean;
  servedCommuneIds: string[];
  maxDistanceKm: number | null;
  monthlyTripCap: number | null;
  active: boolean;
  phones: { e164: string; kind: VolunteerPhone['kind']; isPrimary: boolean }[];
  availabilities: { weekday: number; start: string; end: string }[];
  absences: { startsOn: string; endsOn: string }[];
  createdAt: Date;
  updatedAt: Date;
}

const hhmm = (time: string) => time.slice(0, 5);

export async function loadVolunteerViews(
  db: DbOrTx,
  volunteers: VolunteerDriver[],
): Promise<VolunteerView[]> {
  if (volunteers.length === 0) return [];
  const ids = volunteers.map((v) => v.id);
  const [phones, served, availabilities, absences] = await Promise.all([
    db
      .select()
      .from(schema.volunteerPhones)
      .where(inArray(schema.volunteerPhones.volunteerDriverId, ids))
      .orderBy(
        desc(schema.volunteerPhones.isPrimary),
        asc(schema.volunteerPhones.createdAt),
        asc(schema.volunteerPhones.e164),
      ),
    db
      .select()
      .from(schema.volunteerServedCommunes)
      .where(inArray(schema.volunteerServedCommunes.volunteerDriverId, ids))
      .orderBy(asc(schema.volunteerServedCommunes.communeId)),
    db
      .select()
      .from(schema.volunteerAvailabilities)
      .where(inArray(schema.volunteerAvailabilities.volunteerDriverId, ids))
      .orderBy(asc(schema.volunteerAvailabilities.weekday), asc(schema.volunteerAvailabilities.startTime)),
    db
      .select()
      .from(schema.volunteerAbsences)
      .where(inArray(schema.volunteerAbsences.volunteerDriverId, ids))
      .orderBy(asc(schema.volunteerAbsences.startsOn)),
  ]);
  return volunteers.map((v) => ({
    id: v.id,
    firstName: v.firstName,
    lastName: v.lastName,
    communeId: v.communeId,
    homeLocation: { lat: v.homeLat, lon: v.homeLon },
    seats: v.seats,
    wheelchairCapable: v.wheelchairCapable,
    servedCommuneIds: served.filter((s) => s.volunteerDriverId === v.id).map((s) => s.communeId),
    maxDistanceKm: v.maxDistanceKm,
    monthlyTripCap: v.monthlyTripCap,
    active: v.active,
    phones: phones
      .filter((p) => p.volunteerDriverId === v.id)
      .map((p) => ({ e164: p.e164, kind: p.kind, isPrimary: p.isPrimary })),
    availabilities: availabilities
      .filter((a) => a.volunteerDriverId === v.id)
      .map((a) => ({ weekday: a.weekday, start: hhmm(a.startTime), end: hhmm(a.endTime) })),
    absences: absences
      .filter((a) => a.volunteerDriverId === v.id)
      .map((a) => ({ startsOn: a.startsOn, endsOn: a.endsOn })),
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
  }));
}

export async function findVolunteer(db: DbOrTx, territoryId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(schema.volunteerDrivers)
    .where(and(eq(schema.volunteerDrivers.id, id), eq(schema.volunteerDrivers.territoryId, territoryId)));
  const [volunteer] = forUpdate ? await query.for('update') : await query;
  if (!volunteer) throw notFound('Volunteer', id);
  return volunteer;
}
