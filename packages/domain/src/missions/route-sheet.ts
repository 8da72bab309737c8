import { schema } from '@solimob/db';
import { and, eq, inArray } from 'drizzle-orm';
import { assertCan, assertDrivesFor } from '../authz';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { parseInput, Uuid } from '../input';
import { loadTerritory } from '../territories/load';
import { callablePhones, displayPhone } from './lifecycle';
import { loadMissionTrips, loadRiders } from './load';

export interface DriverRouteStop {
  at: Date;
  kind: 'pickup' | 'dropoff';
  firstName: string;
  /** Where to stop: the address or place name as stored. */
  address: string;
  phone: string | null;
  needs: string[];
  /** The resident's practical note for drivers (door code, "ring twice"). */
  accessNote: string | null;
}

export interface DriverRouteSheet {
  missionId: string;
  code: string;
  timeZone: string;
  stops: DriverRouteStop[];
}

/**
 * The route sheet of one mission a volunteer drives: every pick-up and drop-off of its planned legs in
 * time order, with the address, phone, needs and the note for drivers. Only the volunteer's own,
 * assigned missions.
 */
export async function driverRouteSheet(
  ctx: ServiceContext,
  volunteerDriverId: string,
  missionId: string,
): Promise<DriverRouteSheet> {
  assertCan(ctx.actor, 'missions:drive');
  parseInput(Uuid, missionId);
  assertDrivesFor(ctx.actor, volunteerDriverId);
  const [mission] = await ctx.db
    .select()
    .from(schema.missions)
    .where(
      and(
        eq(schema.missions.id, missionId),
        eq(schema.missions.territoryId, ctx.actor.territoryId),
        eq(schema.missions.volunteerDriverId, volunteerDriverId),
        eq(schema.missions.status, 'assigned'),
      ),
    );
  if (!mission) throw notFound('Assigned mission', missionId);
  const [territory, riders, trips] = await Promise.all([
    loadTerritory(ctx.db, ctx.actor.territoryId),
    loadRiders(ctx.db, mission.id),
    loadMissionTrips(ctx.db, mission.id),
  ]);
  const residentIds = riders.map((r) => r.resident.id);
  const [phones, notes] = await Promise.all([
    callablePhones(ctx.db, residentIds),
    residentIds.length === 0
      ? []
      : ctx.db
          .select({ id: schema.residents.id, accessNote: schema.residents.accessNote })
          .from(schema.residents)
          .where(inArray(schema.residents.id, residentIds)),
  ]);
  const stops: DriverRouteStop[] = [];
  for (const trip of trips) {
    const rider = riders.find((r) => r.request.id === trip.rideRequestId);
    if (!rider || !trip.plannedPickupAt) continue;
    const { request, resident } = rider;
    const home = request.originLabel;
    const away = request.destinationLabel;
    const person = {
      firstName: resident.firstName,
      phone: phones.has(resident.id) ? displayPhone(phones.get(resident.id)!) : null,
      needs: request.needs,
      accessNote: notes.find((n) => n.id === resident.id)?.accessNote ?? null,
    };
    stops.push({
      ...person,
      at: trip.plannedPickupAt,
      kind: 'pickup',
      address: trip.leg === 'outbound' ? home : away,
    });
    if (trip.plannedDropoffAt) {
      stops.push({
        ...person,
        at: trip.plannedDropoffAt,
        kind: 'dropoff',
        address: trip.leg === 'outbound' ? away : home,
      });
    }
  }
  // Drop-offs first at the same minute: the car empties before it fills.
  stops.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.kind === 'dropoff' ? -1 : 1));
  return { missionId: mission.id, code: mission.code ?? '', timeZone: territory.timezone, stops };
}
