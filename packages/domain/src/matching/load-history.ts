import { type DbOrTx, schema } from '@solimob/db';
import { and, count, countDistinct, eq, gte, inArray, lt, ne } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { BusyInterval, MatchingHistory, MissionShape } from './model';

/** The calendar month (territory time) around an instant, as two instants. */
export function monthBounds(instant: Date, timeZone: string): { from: Date; to: Date } {
  const start = DateTime.fromJSDate(instant, { zone: timeZone }).startOf('month');
  return { from: start.toJSDate(), to: start.plus({ months: 1 }).toJSDate() };
}

const DAY_MS = 24 * 3_600_000;

/**
 * What matching needs to remember for a mission: trips this month (fairness), other missions the same
 * day (busy), past rides with these residents (continuity), the residents' stated preferences, and who
 * was already offered this mission.
 */
export async function loadMatchingHistory(
  db: DbOrTx,
  input: { territoryId: string; missionId: string | null; shape: MissionShape; timeZone: string },
): Promise<MatchingHistory> {
  const m = schema.missions;
  const { from, to } = monthBounds(input.shape.start, input.timeZone);
  const residentIds = [...new Set(input.shape.riders.map((r) => r.residentId))];
  const otherMission = input.missionId ? ne(m.id, input.missionId) : undefined;

  const [monthly, busyRows, rides, preferences, offered] = await Promise.all([
    db
      .select({ volunteerId: m.volunteerDriverId, trips: count() })
      .from(m)
      .where(
        and(
          eq(m.territoryId, input.territoryId),
          inArray(m.status, ['assigned', 'completed']),
          gte(m.plannedStartAt, from),
          lt(m.plannedStartAt, to),
          otherMission,
        ),
      )
      .groupBy(m.volunteerDriverId),
    db
      .select({ volunteerId: m.volunteerDriverId, start: m.plannedStartAt, end: m.plannedEndAt })
      .from(m)
      .where(
        and(
          eq(m.territoryId, input.territoryId),
          eq(m.status, 'assigned'),
          gte(m.plannedEndAt, new Date(input.shape.start.getTime() - DAY_MS)),
          lt(m.plannedStartAt, new Date(input.shape.end.getTime() + DAY_MS)),
          otherMission,
        ),
      ),
    residentIds.length === 0
      ? Promise.resolve([])
      : db
          .select({ volunteerId: m.volunteerDriverId, rides: countDistinct(m.id) })
          .from(m)
          .innerJoin(schema.missionRequests, eq(schema.missionRequests.missionId, m.id))
          .innerJoin(schema.rideRequests, eq(schema.rideRequests.id, schema.missionRequests.rideRequestId))
          .where(
            and(
              eq(m.territoryId, input.territoryId),
              eq(m.status, 'completed'),
              inArray(schema.rideRequests.residentId, residentIds),
            ),
          )
          .groupBy(m.volunteerDriverId),
    residentIds.length === 0
      ? Promise.resolve([])
      : db
          .select({
            volunteerId: schema.driverPreferences.volunteerDriverId,
            kind: schema.driverPreferences.kind,
          })
          .from(schema.driverPreferences)
          .where(
            and(
              eq(schema.driverPreferences.territoryId, input.territoryId),
              inArray(schema.driverPreferences.residentId, residentIds),
            ),
          ),
    input.missionId
      ? db
          .select({ volunteerId: schema.offers.volunteerDriverId })
          .from(schema.offers)
          .where(
            and(
              eq(schema.offers.missionId, input.missionId),
              inArray(schema.offers.status, ['pending', 'accepted', 'refused', 'released']),
            ),
          )
      : Promise.resolve([]),
  ]);

  const busy = new Map<string, BusyInterval[]>();
  for (const row of busyRows) {
    if (!row.volunteerId) continue;
    const list = busy.get(row.volunteerId) ?? [];
    list.push({ start: row.start, end: row.end });
    busy.set(row.volunteerId, list);
  }
  const preferenceMap = new Map<string, 'preferred' | 'avoid'>();
  for (const p of preferences) {
    if (preferenceMap.get(p.volunteerId) !== 'avoid') preferenceMap.set(p.volunteerId, p.kind);
  }
  return {
    tripsThisMonth: new Map(
      monthly.filter((r) => r.volunteerId !== null).map((r) => [r.volunteerId!, Number(r.trips)]),
    ),
    busy,
    ridesWithResidents: new Map(
      rides.filter((r) => r.volunteerId !== null).map((r) => [r.volunteerId!, Number(r.rides)]),
    ),
    preferences: preferenceMap,
    alreadyOffered: new Set(offered.map((o) => o.volunteerId)),
  };
}
