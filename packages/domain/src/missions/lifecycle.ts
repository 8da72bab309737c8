import { type DbOrTx, type Mission, schema, type Tx } from '@solimob/db';
import type { RoutingProvider } from '@solimob/routing';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit';
import type { Clock, ServiceContext } from '../context';
import type { LinkIssuer } from '../links';
import type { MissionPlan } from '../matching/plan';
import { notifyResident, notifyVolunteer } from '../messages/notify';
import { assertTransition, type RideRequestStatus } from '../ride-requests/transitions';
import { openStaffTask } from '../tasks/create';
import type { TerritoryInfo } from '../territories/load';
import type { TerritorySettings } from '../territories/settings';
import { frenchDayTime } from '../time';
import { loadMissionTrips, loadRiders, type Rider } from './load';
import { assignmentSms, offerTakenSms, offerWithdrawnSms, rideConfirmation, rideUnmet } from './messages';

/*
 * Steps shared by the verbs of the volunteer-ride loop. Each runs inside the caller's transaction and
 * takes the locked mission row; none decides on its own whether it should run.
 */

/** What worker-side verbs need: the database, the clock, road distances and the link issuer. */
export interface RideWorkerDeps {
  db: DbOrTx;
  clock: Clock;
  routing: RoutingProvider;
  links: LinkIssuer;
}

export type TxContext = ServiceContext & { db: Tx };

/** The service itself acting in a territory (jobs, scheduled sweeps). */
export const systemContext = (deps: { db: DbOrTx; clock: Clock }, territoryId: string): ServiceContext => ({
  db: deps.db,
  clock: deps.clock,
  actor: { kind: 'system', territoryId },
});

/**
 * When a mission without a driver becomes unmet: `matchingDeadlineHours` before its start, but never
 * before one wave had its full wait, and never after the start.
 */
export function matchDeadline(start: Date, now: Date, rides: TerritorySettings['rides']): Date {
  const byRule = start.getTime() - rides.matchingDeadlineHours * 3_600_000;
  const oneWave = now.getTime() + rides.offerWaveMinutes * 60_000;
  return new Date(Math.min(start.getTime(), Math.max(byRule, oneWave)));
}

/** Moves requests along their lifecycle (those already there are left alone). */
export async function setRequestStatuses(
  ctx: TxContext,
  requestIds: string[],
  to: RideRequestStatus,
  reason: string | null = null,
): Promise<void> {
  if (requestIds.length === 0) return;
  const r = schema.rideRequests;
  const rows = await ctx.db.select({ id: r.id, status: r.status }).from(r).where(inArray(r.id, requestIds));
  const moving = rows.filter((row) => row.status !== to);
  for (const row of moving) assertTransition(row.status, to);
  if (moving.length === 0) return;
  await ctx.db
    .update(r)
    .set({ status: to, statusReason: reason, updatedAt: ctx.clock.now() })
    .where(
      inArray(
        r.id,
        moving.map((m) => m.id),
      ),
    );
}

/** Writes the planned legs of a mission: one trip per request and leg (moved over when pooled). */
export async function saveMissionPlan(
  ctx: TxContext,
  mission: Pick<Mission, 'id' | 'territoryId'>,
  plan: MissionPlan,
): Promise<void> {
  const now = ctx.clock.now();
  for (const leg of plan.legs) {
    await ctx.db
      .insert(schema.trips)
      .values({
        territoryId: mission.territoryId,
        rideRequestId: leg.rideRequestId,
        leg: leg.leg,
        missionId: mission.id,
        plannedPickupAt: leg.pickupAt,
        plannedDropoffAt: leg.dropoffAt,
        distanceMeters: Math.round(leg.directMeters),
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: [schema.trips.rideRequestId, schema.trips.leg],
        set: {
          missionId: mission.id,
          volunteerDriverId: null,
          plannedPickupAt: leg.pickupAt,
          plannedDropoffAt: leg.dropoffAt,
          distanceMeters: Math.round(leg.directMeters),
          outcome: 'planned',
          unmetReason: null,
          updatedAt: now,
        },
      });
  }
}

/** Takes back the pending offers of a mission and tells each volunteer why. */
export async function withdrawPendingOffers(
  ctx: TxContext,
  mission: Pick<Mission, 'id' | 'plannedStartAt'>,
  because: 'cancelled' | 'changed' | 'taken',
  timeZone: string,
  /** Not told (staff are assigning this very volunteer). */
  exceptVolunteerId?: string,
): Promise<string[]> {
  const withdrawn = await ctx.db
    .update(schema.offers)
    .set({ status: 'withdrawn', respondedAt: ctx.clock.now() })
    .where(and(eq(schema.offers.missionId, mission.id), eq(schema.offers.status, 'pending')))
    .returning();
  for (const offer of withdrawn) {
    if (offer.volunteerDriverId === exceptVolunteerId) continue;
    const notification =
      because === 'taken'
        ? offerTakenSms({
            offerId: offer.id,
            wave: offer.wave,
            code: offer.code,
            start: mission.plannedStartAt,
            timeZone,
          })
        : offerWithdrawnSms({
            offerId: offer.id,
            wave: offer.wave,
            code: offer.code,
            start: mission.plannedStartAt,
            timeZone,
            because,
          });
    await notifyVolunteer(ctx, offer.volunteerDriverId, notification);
  }
  return withdrawn.map((o) => o.volunteerDriverId);
}

/**
 * No driver by the deadline: the mission and its requests become unmet with the reason, pending offers
 * expire, staff get one task per request and each resident is told that the CIAS will call.
 */
export async function markMissionUnmet(
  ctx: TxContext,
  mission: Mission,
  reason: string,
  territory: TerritoryInfo,
): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db
    .update(schema.missions)
    .set({ status: 'unmet', statusReason: reason, updatedAt: now })
    .where(eq(schema.missions.id, mission.id));
  await ctx.db
    .update(schema.offers)
    .set({ status: 'expired' })
    .where(and(eq(schema.offers.missionId, mission.id), eq(schema.offers.status, 'pending')));
  const riders = await loadRiders(ctx.db, mission.id);
  const ids = riders.map((r) => r.request.id);
  await setRequestStatuses(ctx, ids, 'unmet', reason);
  if (ids.length > 0) {
    await ctx.db
      .update(schema.trips)
      .set({ outcome: 'unmet', unmetReason: reason, volunteerDriverId: null, updatedAt: now })
      .where(and(eq(schema.trips.missionId, mission.id), inArray(schema.trips.rideRequestId, ids)));
  }
  for (const rider of riders) {
    await openStaffTask(ctx, {
      territoryId: territory.id,
      kind: 'unmet_request',
      summary: `Aucun chauffeur trouvé pour le trajet du ${frenchDayTime(mission.plannedStartAt, territory.timezone)} : trouver un chauffeur ou rappeler la personne.`,
      idempotencyKey: `unmet-${rider.request.id}-${mission.id}`,
      residentId: rider.resident.id,
      linkedEntity: { type: 'ride_request', id: rider.request.id },
      dueAt: mission.plannedStartAt,
    });
    await notifyResident(
      ctx,
      rider.resident.id,
      rideUnmet({
        rideRequestId: rider.request.id,
        requestedTime: rider.request.requestedTime,
        timeZone: territory.timezone,
      }),
    );
  }
  await recordAudit(ctx, {
    action: 'mission.unmet',
    entityType: 'mission',
    entityId: mission.id,
    details: { reason, rideRequestIds: ids },
  });
}

/** "06 12 34 56 78" for a French number, as volunteers dial it; other numbers stay in E.164. */
export function displayPhone(e164: string): string {
  const national = /^\+33([1-9])(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(e164);
  return national ? `0${national.slice(1).join(' ')}` : e164;
}

/** The number a driver should call: the resident's primary phone, else a mobile, else any. */
export async function callablePhones(db: DbOrTx, residentIds: string[]): Promise<Map<string, string>> {
  if (residentIds.length === 0) return new Map();
  const rows = await db
    .select({ residentId: schema.residentPhones.residentId, e164: schema.residentPhones.e164 })
    .from(schema.residentPhones)
    .where(inArray(schema.residentPhones.residentId, residentIds))
    .orderBy(
      desc(schema.residentPhones.isPrimary),
      asc(schema.residentPhones.kind),
      asc(schema.residentPhones.createdAt),
    );
  const phones = new Map<string, string>();
  for (const row of rows) if (!phones.has(row.residentId)) phones.set(row.residentId, row.e164);
  return phones;
}

/**
 * The volunteer is assigned: they get, one SMS per passenger, the pick-up address as stored, the first
 * name, phone and needs; each resident gets the driver's first name and the pick-up time.
 */
export async function announceAssignment(
  ctx: TxContext,
  mission: Pick<Mission, 'id'>,
  volunteer: { id: string; firstName: string },
  code: string,
  territory: TerritoryInfo,
): Promise<void> {
  const [riders, trips] = await Promise.all([
    loadRiders(ctx.db, mission.id),
    loadMissionTrips(ctx.db, mission.id),
  ]);
  const phones = await callablePhones(
    ctx.db,
    riders.map((r) => r.resident.id),
  );
  for (const [index, rider] of riders.entries()) {
    const outbound = trips.find((t) => t.rideRequestId === rider.request.id && t.leg === 'outbound');
    const back = trips.find((t) => t.rideRequestId === rider.request.id && t.leg === 'return');
    const pickupAt = outbound?.plannedPickupAt ?? rider.request.requestedTime;
    await notifyVolunteer(
      ctx,
      volunteer.id,
      assignmentSms({
        missionId: mission.id,
        volunteerDriverId: volunteer.id,
        code,
        index,
        count: riders.length,
        timeZone: territory.timezone,
        rider: riderDetails(rider, phones, pickupAt, back?.plannedPickupAt ?? null),
      }),
    );
    await notifyResident(
      ctx,
      rider.resident.id,
      rideConfirmation({
        rideRequestId: rider.request.id,
        missionId: mission.id,
        volunteerDriverId: volunteer.id,
        driverFirstName: volunteer.firstName,
        pickupAt,
        returnPickupAt: back?.plannedPickupAt ?? null,
        timeZone: territory.timezone,
      }),
    );
  }
}

export function riderDetails(
  rider: Rider,
  phones: Map<string, string>,
  pickupAt: Date,
  returnPickupAt: Date | null,
) {
  const phone = phones.get(rider.resident.id);
  return {
    rideRequestId: rider.request.id,
    firstName: rider.resident.firstName,
    address: rider.request.originLabel,
    phone: phone ? displayPhone(phone) : null,
    needs: rider.request.needs,
    pickupAt,
    destination: rider.request.destinationLabel,
    returnPickupAt,
  };
}
