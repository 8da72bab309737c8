import { type Offer, schema } from '@solimob/db';
import { asc, eq, inArray } from 'drizzle-orm';
import { assertCan } from '../authz';
import type { ServiceContext } from '../context';
import { parseInput, Uuid } from '../input';
import { findRideRequest } from '../ride-requests/view';

export interface OfferView {
  id: string;
  missionId: string;
  missionStatus: string;
  volunteer: { id: string; firstName: string; lastName: string };
  wave: number;
  code: string;
  status: Offer['status'];
  sentAt: Date;
  expiresAt: Date;
  respondedAt: Date | null;
  /** Null for a driver chosen by staff. */
  score: number | null;
  /** Why this volunteer was asked (km-equivalents): extraKm, fairness, continuity, preference, and the counts. */
  scoreParts: Record<string, number> | null;
}

/**
 * Every offer made for a ride request, across its missions (a pooled mission replaces an earlier one),
 * with status and score parts: who was asked, in which wave, why, and what they answered.
 */
export async function listRideRequestOffers(
  ctx: ServiceContext,
  rideRequestId: string,
): Promise<OfferView[]> {
  // Names volunteers and their scores: staff who may see volunteers, not partners or residents.
  assertCan(ctx.actor, 'ride_requests:read');
  assertCan(ctx.actor, 'volunteers:read');
  parseInput(Uuid, rideRequestId);
  await findRideRequest(ctx.db, ctx.actor.territoryId, rideRequestId);
  const missionIds = ctx.db
    .select({ id: schema.missionRequests.missionId })
    .from(schema.missionRequests)
    .where(eq(schema.missionRequests.rideRequestId, rideRequestId));
  const rows = await ctx.db
    .select({ offer: schema.offers, mission: schema.missions, volunteer: schema.volunteerDrivers })
    .from(schema.offers)
    .innerJoin(schema.missions, eq(schema.missions.id, schema.offers.missionId))
    .innerJoin(schema.volunteerDrivers, eq(schema.volunteerDrivers.id, schema.offers.volunteerDriverId))
    .where(inArray(schema.offers.missionId, missionIds))
    .orderBy(
      asc(schema.missions.createdAt),
      asc(schema.offers.wave),
      asc(schema.offers.score),
      asc(schema.offers.id),
    );
  return rows.map(({ offer, mission, volunteer }) => ({
    id: offer.id,
    missionId: offer.missionId,
    missionStatus: mission.status,
    volunteer: { id: volunteer.id, firstName: volunteer.firstName, lastName: volunteer.lastName },
    wave: offer.wave,
    code: offer.code,
    status: offer.status,
    sentAt: offer.sentAt,
    expiresAt: offer.expiresAt,
    respondedAt: offer.respondedAt,
    score: offer.score,
    scoreParts: offer.scoreParts,
  }));
}
