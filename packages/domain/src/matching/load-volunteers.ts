import { type DbOrTx, schema } from '@solimob/db';
import { and, eq } from 'drizzle-orm';
import type { VolunteerProfile, WeeklySlot } from './model';

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Every active volunteer of the territory with what matching needs: slots, absences, communes, phone. */
export async function loadVolunteerProfiles(db: DbOrTx, territoryId: string): Promise<VolunteerProfile[]> {
  const v = schema.volunteerDrivers;
  const active = and(eq(v.territoryId, territoryId), eq(v.active, true));
  const [volunteers, slots, absences, served, phones] = await Promise.all([
    db.select().from(v).where(active),
    db
      .select({
        volunteerId: schema.volunteerAvailabilities.volunteerDriverId,
        weekday: schema.volunteerAvailabilities.weekday,
        startTime: schema.volunteerAvailabilities.startTime,
        endTime: schema.volunteerAvailabilities.endTime,
      })
      .from(schema.volunteerAvailabilities)
      .innerJoin(v, eq(v.id, schema.volunteerAvailabilities.volunteerDriverId))
      .where(active),
    db
      .select({
        volunteerId: schema.volunteerAbsences.volunteerDriverId,
        startsOn: schema.volunteerAbsences.startsOn,
        endsOn: schema.volunteerAbsences.endsOn,
      })
      .from(schema.volunteerAbsences)
      .innerJoin(v, eq(v.id, schema.volunteerAbsences.volunteerDriverId))
      .where(active),
    db
      .select({
        volunteerId: schema.volunteerServedCommunes.volunteerDriverId,
        communeId: schema.volunteerServedCommunes.communeId,
      })
      .from(schema.volunteerServedCommunes)
      .innerJoin(v, eq(v.id, schema.volunteerServedCommunes.volunteerDriverId))
      .where(active),
    db
      .selectDistinct({ volunteerId: schema.volunteerPhones.volunteerDriverId })
      .from(schema.volunteerPhones)
      .innerJoin(v, eq(v.id, schema.volunteerPhones.volunteerDriverId))
      .where(active),
  ]);
  const slotsBy = groupBy(slots, (s) => s.volunteerId);
  const absencesBy = groupBy(absences, (a) => a.volunteerId);
  const servedBy = groupBy(served, (s) => s.volunteerId);
  const withPhone = new Set(phones.map((p) => p.volunteerId));
  return volunteers.map((row) => ({
    id: row.id,
    firstName: row.firstName,
    home: { lat: row.homeLat, lon: row.homeLon },
    seats: row.seats,
    wheelchairCapable: row.wheelchairCapable,
    servedCommuneIds: new Set((servedBy.get(row.id) ?? []).map((s) => s.communeId)),
    maxDistanceKm: row.maxDistanceKm,
    monthlyTripCap: row.monthlyTripCap,
    hasPhone: withPhone.has(row.id),
    slots: (slotsBy.get(row.id) ?? []).map(
      (s): WeeklySlot => ({
        weekday: s.weekday,
        startMinute: minutes(s.startTime),
        endMinute: minutes(s.endTime),
      }),
    ),
    absences: (absencesBy.get(row.id) ?? []).map((a) => ({ startsOn: a.startsOn, endsOn: a.endsOn })),
  }));
}
