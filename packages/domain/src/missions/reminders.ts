import { type DbOrTx, schema } from '@solimob/db';
import { and, eq, gte, lt } from 'drizzle-orm';
import type { Clock } from '../context';
import type { LinkIssuer } from '../links';
import { notifyResident, notifyVolunteer } from '../messages/notify';
import { loadTerritory } from '../territories/load';
import { addDays, localDate, localTime, zonedInstant } from '../time';
import { systemContext } from './lifecycle';
import { loadMissionTrips, loadRiders } from './load';
import { driverReminderSms, rideReminder } from './messages';

export interface ReminderSweep {
  territories: number;
  missions: number;
  messages: number;
}

const LINK_DAYS_AFTER_MISSION = 3;

/**
 * The day-before reminders, run often by a scheduled job (UTC): for each territory whose local time is
 * within its reminder hours, every assigned mission starting tomorrow (local date) reminds its driver
 * and each resident (driver's first name and pick-up time). Idempotent per mission, request and date:
 * running it every ten minutes sends each reminder once.
 */
export async function sendRideReminders(deps: {
  db: DbOrTx;
  clock: Clock;
  links: LinkIssuer;
}): Promise<ReminderSweep> {
  const now = deps.clock.now();
  const territories = await deps.db.select({ id: schema.territories.id }).from(schema.territories);
  const sweep: ReminderSweep = { territories: 0, missions: 0, messages: 0 };
  for (const { id } of territories) {
    const territory = await loadTerritory(deps.db, id);
    const rides = territory.settings.rides;
    const time = localTime(now, territory.timezone);
    if (time < rides.reminderFrom || time >= rides.reminderUntil) continue;
    sweep.territories += 1;
    const tomorrow = addDays(localDate(now, territory.timezone), 1);
    const from = zonedInstant(tomorrow, '00:00', territory.timezone);
    const to = zonedInstant(addDays(tomorrow, 1), '00:00', territory.timezone);
    const missions = await deps.db
      .select()
      .from(schema.missions)
      .where(
        and(
          eq(schema.missions.territoryId, id),
          eq(schema.missions.status, 'assigned'),
          gte(schema.missions.plannedStartAt, from),
          lt(schema.missions.plannedStartAt, to),
        ),
      );
    const ctx = systemContext(deps, id);
    for (const mission of missions) {
      if (!mission.volunteerDriverId || !mission.code) continue;
      sweep.missions += 1;
      const [riders, trips, [driver]] = await Promise.all([
        loadRiders(deps.db, mission.id),
        loadMissionTrips(deps.db, mission.id),
        deps.db
          .select({ firstName: schema.volunteerDrivers.firstName })
          .from(schema.volunteerDrivers)
          .where(eq(schema.volunteerDrivers.id, mission.volunteerDriverId)),
      ]);
      const expiry = new Date(mission.plannedEndAt.getTime() + LINK_DAYS_AFTER_MISSION * 24 * 3_600_000);
      const sent = await notifyVolunteer(
        ctx,
        mission.volunteerDriverId,
        driverReminderSms({
          missionId: mission.id,
          code: mission.code,
          start: mission.plannedStartAt,
          riders: riders.map((r) => ({ firstName: r.resident.firstName, address: r.request.originLabel })),
          link: deps.links.url({ kind: 'volunteer', id: mission.volunteerDriverId }, expiry),
          timeZone: territory.timezone,
          localDate: tomorrow,
        }),
      );
      if (sent.queued && sent.created) sweep.messages += 1;
      for (const rider of riders) {
        const outbound = trips.find((t) => t.rideRequestId === rider.request.id && t.leg === 'outbound');
        const reminded = await notifyResident(
          ctx,
          rider.resident.id,
          rideReminder({
            rideRequestId: rider.request.id,
            driverFirstName: driver?.firstName ?? '',
            pickupAt: outbound?.plannedPickupAt ?? rider.request.requestedTime,
            contactPhone: territory.contactPhone,
            timeZone: territory.timezone,
            localDate: tomorrow,
          }),
        );
        if (reminded.queued && reminded.created) sweep.messages += 1;
      }
    }
  }
  return sweep;
}
