import { schema } from '@solimob/db';
import { and, desc, eq, gte, inArray } from 'drizzle-orm';
import { assertCan, assertDrivesFor } from '../authz';
import type { ServiceContext } from '../context';
import { parseInput, Uuid } from '../input';
import { offerAreas, territoryCommunes } from '../offers/send-wave';
import { loadTerritory } from '../territories/load';
import { findVolunteer } from '../volunteers/view';
import { callablePhones, riderDetails } from './lifecycle';
import { loadMissionTrips, loadRiders } from './load';
import type { AssignedRider } from './messages';

export interface VolunteerPage {
  firstName: string;
  timeZone: string;
  /** Offers waiting for an answer: communes only, no address, no surname. */
  offers: {
    offerId: string;
    code: string;
    start: Date;
    fromCommunes: string[];
    toArea: string;
    passengers: number;
    withReturn: boolean;
  }[];
  /** Missions the volunteer drives: the full pick-up details. */
  missions: { missionId: string; code: string; start: Date; end: Date; riders: AssignedRider[] }[];
  /** Closed in the last 31 days. */
  completed: { missionId: string; code: string; start: Date; drivenKm: number | null }[];
}

const RECENT_DAYS = 31;

/** What a volunteer sees on the page their signed link opens: their offers and their missions only. */
export async function volunteerPage(ctx: ServiceContext, volunteerDriverId: string): Promise<VolunteerPage> {
  assertCan(ctx.actor, 'missions:drive');
  parseInput(Uuid, volunteerDriverId);
  assertDrivesFor(ctx.actor, volunteerDriverId);
  const territoryId = ctx.actor.territoryId;
  const volunteer = await findVolunteer(ctx.db, territoryId, volunteerDriverId);
  const territory = await loadTerritory(ctx.db, territoryId);
  const now = ctx.clock.now();
  const m = schema.missions;
  const [pending, driving, done, communes] = await Promise.all([
    ctx.db
      .select({ offer: schema.offers, mission: m })
      .from(schema.offers)
      .innerJoin(m, eq(m.id, schema.offers.missionId))
      .where(and(eq(schema.offers.volunteerDriverId, volunteerDriverId), eq(schema.offers.status, 'pending')))
      .orderBy(m.plannedStartAt),
    ctx.db
      .select()
      .from(m)
      .where(and(eq(m.volunteerDriverId, volunteerDriverId), eq(m.status, 'assigned')))
      .orderBy(m.plannedStartAt),
    ctx.db
      .select()
      .from(m)
      .where(
        and(
          eq(m.volunteerDriverId, volunteerDriverId),
          inArray(m.status, ['completed']),
          gte(m.completedAt, new Date(now.getTime() - RECENT_DAYS * 24 * 3_600_000)),
        ),
      )
      .orderBy(desc(m.completedAt)),
    territoryCommunes(ctx.db, territoryId),
  ]);
  const offers = [];
  for (const { offer, mission } of pending) {
    const riders = await loadRiders(ctx.db, mission.id);
    const areas = offerAreas(riders, communes);
    offers.push({
      offerId: offer.id,
      code: offer.code,
      start: mission.plannedStartAt,
      fromCommunes: areas.from,
      toArea: areas.to,
      passengers: riders.reduce((sum, r) => sum + r.request.passengers, 0),
      withReturn: riders.some((r) => r.request.returnTime !== null || r.request.returnWaitMinutes !== null),
    });
  }
  const missions = [];
  for (const mission of driving) {
    const [riders, trips] = await Promise.all([
      loadRiders(ctx.db, mission.id),
      loadMissionTrips(ctx.db, mission.id),
    ]);
    const phones = await callablePhones(
      ctx.db,
      riders.map((r) => r.resident.id),
    );
    missions.push({
      missionId: mission.id,
      code: mission.code ?? '',
      start: mission.plannedStartAt,
      end: mission.plannedEndAt,
      riders: riders.map((rider) => {
        const outbound = trips.find((t) => t.rideRequestId === rider.request.id && t.leg === 'outbound');
        const back = trips.find((t) => t.rideRequestId === rider.request.id && t.leg === 'return');
        return riderDetails(
          rider,
          phones,
          outbound?.plannedPickupAt ?? rider.request.requestedTime,
          back?.plannedPickupAt ?? null,
        );
      }),
    });
  }
  return {
    firstName: volunteer.firstName,
    timeZone: territory.timezone,
    offers,
    missions,
    completed: done.map((d) => ({
      missionId: d.id,
      code: d.code ?? '',
      start: d.plannedStartAt,
      drivenKm: d.drivenDistanceMeters === null ? null : Math.round(d.drivenDistanceMeters / 100) / 10,
    })),
  };
}
