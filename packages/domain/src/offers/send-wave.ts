import { type DbOrTx, type Mission, schema } from '@solimob/db';
import { haversineMeters } from '@solimob/routing';
import { and, count, eq } from 'drizzle-orm';
import { recordAudit } from '../audit';
import { eligibleVolunteers } from '../matching/candidates';
import { approachDistances } from '../matching/distances';
import { loadMatchingHistory } from '../matching/load-history';
import { loadVolunteerProfiles } from '../matching/load-volunteers';
import type { Exclusion, RankedVolunteer } from '../matching/model';
import { rankVolunteers } from '../matching/rank';
import { notifyVolunteer } from '../messages/notify';
import {
  markMissionUnmet,
  type RideWorkerDeps,
  setRequestStatuses,
  type TxContext,
} from '../missions/lifecycle';
import { findMission, loadMissionTrips, loadRiders, missionShape, type Rider } from '../missions/load';
import { offerSms } from '../missions/messages';
import { enqueueJob } from '../outbox';
import { loadTerritory, type TerritoryInfo } from '../territories/load';
import { drawCodes } from './codes';

export type WaveOutcome =
  | { kind: 'sent'; wave: number; volunteerIds: string[] }
  /** Nobody left to ask: earlier offers stay valid until the deadline. */
  | { kind: 'waiting'; wave: number }
  | { kind: 'unmet'; reason: string }
  | { kind: 'skipped'; reason: string };

/** Signed links to the volunteer's page stay valid a few days after the mission, to close it there. */
const LINK_DAYS_AFTER_MISSION = 3;

interface CommunePoint {
  id: string;
  name: string;
  lat: number;
  lon: number;
}

export async function territoryCommunes(db: DbOrTx, territoryId: string): Promise<CommunePoint[]> {
  return db
    .select({
      id: schema.communes.id,
      name: schema.communes.name,
      lat: schema.communes.lat,
      lon: schema.communes.lon,
    })
    .from(schema.communes)
    .where(eq(schema.communes.territoryId, territoryId));
}

/**
 * The communes an offer names: pick-up communes and where it goes (the destination's commune, the
 * place's name outside the territory, the nearest commune for free coordinates). Never an address.
 */
export function offerAreas(riders: Rider[], communes: CommunePoint[]): { from: string[]; to: string } {
  const byId = new Map(communes.map((c) => [c.id, c.name]));
  const nearest = (point: { lat: number; lon: number }) =>
    [...communes].sort((a, b) => haversineMeters(a, point) - haversineMeters(b, point))[0]?.name ?? '';
  const from = [...new Set(riders.map((r) => byId.get(r.pickupCommuneId) ?? ''))].filter((n) => n !== '');
  const to = [
    ...new Set(
      riders.map((r) => {
        if (r.destinationCommuneId) return byId.get(r.destinationCommuneId) ?? '';
        if (r.request.destinationPlaceId) return r.request.destinationLabel;
        return nearest({ lat: r.request.destinationLat, lon: r.request.destinationLon });
      }),
    ),
  ].join(' et ');
  return { from, to };
}

const countBy = (exclusions: Exclusion[]) =>
  exclusions.reduce<Record<string, number>>((acc, e) => {
    acc[e.reason] = (acc[e.reason] ?? 0) + 1;
    return acc;
  }, {});

/**
 * Ranks the volunteers who may drive the mission now and offers it to the next `offerWaveSize` of them
 * who were not asked yet. Each gets an SMS with the day, time, communes and a four-digit code, and a
 * signed link to their page. The next wave is scheduled through the outbox; with nobody left to ask
 * the mission waits for an answer until its deadline, and with nobody at all it is unmet at once.
 */
export async function sendOfferWave(
  ctx: TxContext,
  deps: Pick<RideWorkerDeps, 'routing' | 'links'>,
  missionId: string,
): Promise<WaveOutcome> {
  const territoryId = ctx.actor.territoryId;
  const mission = await findMission(ctx.db, territoryId, missionId, true);
  if (mission.status !== 'open') return { kind: 'skipped', reason: `mission is ${mission.status}` };
  const territory = await loadTerritory(ctx.db, territoryId);
  const now = ctx.clock.now();
  if (now.getTime() >= mission.matchDeadline.getTime()) {
    const reason = mission.wave === 0 ? 'no_volunteer_available' : 'no_volunteer_accepted';
    await markMissionUnmet(ctx, mission, reason, territory);
    return { kind: 'unmet', reason };
  }
  const riders = await loadRiders(ctx.db, mission.id);
  if (riders.length === 0) return { kind: 'skipped', reason: 'mission has no live request' };

  const { ranked, excluded } = await rankForMission(ctx, deps, mission, riders, territory);
  const picks = ranked.slice(0, territory.settings.rides.offerWaveSize);
  if (picks.length === 0) return noOneLeft(ctx, mission, territory, excluded);

  const newWave = mission.wave + 1;
  await offerToVolunteers(ctx, deps, { mission, riders, territory, picks, wave: newWave });
  await ctx.db
    .update(schema.missions)
    .set({ wave: newWave, updatedAt: now })
    .where(eq(schema.missions.id, mission.id));
  await setRequestStatuses(
    ctx,
    riders.map((r) => r.request.id),
    'offered',
  );
  const nextWaveAt = Math.min(
    now.getTime() + territory.settings.rides.offerWaveMinutes * 60_000,
    mission.matchDeadline.getTime(),
  );
  await enqueueJob(
    ctx.db,
    'expire-offer-wave',
    { missionId: mission.id, wave: newWave },
    { territoryId, availableAt: new Date(nextWaveAt) },
  );
  await recordAudit(ctx, {
    action: 'mission.offer_wave',
    entityType: 'mission',
    entityId: mission.id,
    details: { wave: newWave, volunteerIds: picks.map((p) => p.volunteerId), excluded: countBy(excluded) },
  });
  return { kind: 'sent', wave: newWave, volunteerIds: picks.map((p) => p.volunteerId) };
}

/** Load → candidates → road distances → rank, for the mission as planned now. */
async function rankForMission(
  ctx: TxContext,
  deps: Pick<RideWorkerDeps, 'routing'>,
  mission: Mission,
  riders: Rider[],
  territory: TerritoryInfo,
): Promise<{ ranked: RankedVolunteer[]; excluded: Exclusion[] }> {
  const trips = await loadMissionTrips(ctx.db, mission.id);
  const shape = missionShape(mission, riders, trips);
  const [volunteers, history] = await Promise.all([
    loadVolunteerProfiles(ctx.db, territory.id),
    loadMatchingHistory(ctx.db, {
      territoryId: territory.id,
      missionId: mission.id,
      shape,
      timeZone: territory.timezone,
    }),
  ]);
  const rides = territory.settings.rides;
  const eligible = eligibleVolunteers(shape, volunteers, history, {
    timeZone: territory.timezone,
    busyMarginMinutes: rides.busyMarginMinutes,
  });
  const distances = await approachDistances(deps.routing, shape, eligible.candidates);
  const ranking = rankVolunteers(eligible.candidates, distances, history, rides.ranking);
  return { ranked: ranking.ranked, excluded: [...eligible.excluded, ...ranking.excluded] };
}

async function noOneLeft(
  ctx: TxContext,
  mission: Mission,
  territory: TerritoryInfo,
  excluded: Exclusion[],
): Promise<WaveOutcome> {
  const [pending] = await ctx.db
    .select({ n: count() })
    .from(schema.offers)
    .where(and(eq(schema.offers.missionId, mission.id), eq(schema.offers.status, 'pending')));
  if ((pending?.n ?? 0) > 0) {
    // Earlier offers may still be accepted: decide at the deadline.
    await enqueueJob(
      ctx.db,
      'expire-offer-wave',
      { missionId: mission.id, wave: mission.wave },
      { territoryId: territory.id, availableAt: mission.matchDeadline },
    );
    return { kind: 'waiting', wave: mission.wave };
  }
  const reason = mission.wave === 0 ? 'no_volunteer_available' : 'no_volunteer_accepted';
  await markMissionUnmet(ctx, mission, reason, territory);
  await recordAudit(ctx, {
    action: 'mission.no_candidate',
    entityType: 'mission',
    entityId: mission.id,
    details: { wave: mission.wave, excluded: countBy(excluded) },
  });
  return { kind: 'unmet', reason };
}

async function offerToVolunteers(
  ctx: TxContext,
  deps: Pick<RideWorkerDeps, 'links'>,
  input: {
    mission: Mission;
    riders: Rider[];
    territory: TerritoryInfo;
    picks: RankedVolunteer[];
    wave: number;
  },
): Promise<void> {
  const { mission, riders, territory, picks, wave } = input;
  const now = ctx.clock.now();
  const codes = await drawCodes(ctx.db, territory.id, picks.length);
  const areas = offerAreas(riders, await territoryCommunes(ctx.db, territory.id));
  const linkExpiry = new Date(mission.plannedEndAt.getTime() + LINK_DAYS_AFTER_MISSION * 24 * 3_600_000);
  const passengers = riders.reduce((sum, r) => sum + r.request.passengers, 0);
  const withReturn = riders.some(
    (r) => r.request.returnTime !== null || r.request.returnWaitMinutes !== null,
  );
  for (const [i, pick] of picks.entries()) {
    const values = {
      wave,
      code: codes[i]!,
      status: 'pending' as const,
      score: pick.score,
      scoreParts: { ...pick.parts },
      sentAt: now,
      expiresAt: mission.matchDeadline,
      respondedAt: null,
    };
    // A volunteer whose offer was withdrawn (someone else accepted, then gave the mission back) is
    // asked again on the same row: one offer per volunteer and mission.
    const [offer] = await ctx.db
      .insert(schema.offers)
      .values({
        territoryId: territory.id,
        missionId: mission.id,
        volunteerDriverId: pick.volunteerId,
        ...values,
      })
      .onConflictDoUpdate({ target: [schema.offers.missionId, schema.offers.volunteerDriverId], set: values })
      .returning();
    await notifyVolunteer(
      ctx,
      pick.volunteerId,
      offerSms({
        offerId: offer!.id,
        wave,
        code: offer!.code,
        start: mission.plannedStartAt,
        fromCommunes: areas.from,
        toArea: areas.to,
        passengers,
        withReturn,
        link: deps.links.url({ kind: 'volunteer', id: pick.volunteerId }, linkExpiry),
        timeZone: territory.timezone,
      }),
    );
  }
}
