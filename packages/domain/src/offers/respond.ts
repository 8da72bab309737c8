import { type DbOrTx, type Mission, type Offer, schema } from '@solimob/db';
import { and, desc, eq, gt, lt, ne } from 'drizzle-orm';
import Type from 'typebox';
import { recordAudit } from '../audit';
import { assertCan, assertDrivesFor } from '../authz';
import type { ServiceContext } from '../context';
import { withTransaction } from '../context';
import { invalid, ServiceError } from '../errors';
import { parseInput, Uuid } from '../input';
import {
  announceAssignment,
  setRequestStatuses,
  type TxContext,
  withdrawPendingOffers,
} from '../missions/lifecycle';
import { findMission, loadRiders } from '../missions/load';
import { loadTerritory, type TerritoryInfo } from '../territories/load';
import { normaliseCode } from './codes';

export const RespondToOfferInput = Type.Object(
  {
    volunteerDriverId: Uuid,
    code: Type.Optional(
      Type.String({ minLength: 4, maxLength: 12, description: 'The four digits of the SMS ("OUI 4821")' }),
    ),
    offerId: Type.Optional(Uuid),
    answer: Type.Enum(['yes', 'no']),
  },
  { additionalProperties: false },
);

export type OfferAnswerOutcome =
  /** This answer assigned the volunteer (or they were already assigned: the same "OUI" twice). */
  | 'assigned'
  | 'refused'
  /** Another volunteer was first: a kind message says so. */
  | 'taken'
  /** The ride was cancelled, changed, or is past: nothing to accept any more. */
  | 'expired'
  /** The volunteer drives another mission at that time. */
  | 'busy';

export interface OfferAnswer {
  outcome: OfferAnswerOutcome;
  offerId: string;
  missionId: string;
  /**
   * The sentence to answer on the channel the volunteer used (SMS reply, page), or null when a message
   * carrying the outcome was queued (the assignment details, "already taken").
   */
  reply: string | null;
}

const REPLIES: Record<Exclude<OfferAnswerOutcome, 'assigned' | 'taken'>, string> = {
  refused: "C'est noté, merci de nous avoir répondu.",
  expired: "Ce trajet n'est plus à pourvoir. Merci quand même !",
  busy: "Vous avez déjà un trajet à ce moment-là : nous le proposons à quelqu'un d'autre. Merci !",
};

/**
 * A volunteer's answer to an offer, by its code ("OUI 4821" from the SMS handler) or its id (the page).
 * The first valid acceptance wins: the mission row is locked, then assigned with a conditional update,
 * so of several volunteers answering at the same instant exactly one is assigned; the others' offers
 * are withdrawn and each of them is told, kindly, that the trip is taken. The assigned volunteer gets
 * the pick-up details, the residents the driver's first name and time.
 */
export async function respondToOffer(ctx: ServiceContext, rawInput: unknown): Promise<OfferAnswer> {
  assertCan(ctx.actor, 'missions:drive');
  const input = parseInput(RespondToOfferInput, rawInput);
  assertDrivesFor(ctx.actor, input.volunteerDriverId);
  const code = input.code === undefined ? undefined : normaliseCode(input.code);
  if ((code === undefined) === (input.offerId === undefined) || code === null) {
    throw invalid(
      [{ field: '/code', message: 'give either a four-digit code or an offerId' }],
      'Répondez OUI ou NON suivi des 4 chiffres du trajet, par exemple OUI 4821.',
    );
  }
  return withTransaction(ctx, async (tx) => {
    const territoryId = tx.actor.territoryId;
    const found = await findOffer(tx.db, territoryId, input.volunteerDriverId, {
      code,
      offerId: input.offerId,
    });
    const mission = await findMission(tx.db, territoryId, found.missionId, true);
    const [offer] = await tx.db
      .select()
      .from(schema.offers)
      .where(eq(schema.offers.id, found.id))
      .for('update');
    const territory = await loadTerritory(tx.db, territoryId);
    return input.answer === 'no' ? refuse(tx, offer!, mission) : accept(tx, offer!, mission, territory);
  });
}

/** The volunteer's offer with this code (the pending one, else their latest), or by id. */
async function findOffer(
  db: DbOrTx,
  territoryId: string,
  volunteerDriverId: string,
  by: { code?: string; offerId?: string | undefined },
): Promise<Offer> {
  const o = schema.offers;
  const [offer] = await db
    .select()
    .from(o)
    .where(
      and(
        eq(o.territoryId, territoryId),
        eq(o.volunteerDriverId, volunteerDriverId),
        by.offerId ? eq(o.id, by.offerId) : eq(o.code, by.code!),
      ),
    )
    .orderBy(desc(eq(o.status, 'pending')), desc(o.sentAt))
    .limit(1);
  if (!offer) {
    throw new ServiceError(
      'not_found',
      by.code ? `No offer ${by.code} for this volunteer` : 'Offer not found',
      {
        residentMessage: by.code
          ? `Nous ne trouvons pas de trajet ${by.code} proposé à votre nom. Vérifiez les 4 chiffres.`
          : 'Nous ne trouvons pas ce trajet.',
      },
    );
  }
  return offer;
}

async function refuse(tx: TxContext, offer: Offer, mission: Mission): Promise<OfferAnswer> {
  if (offer.status === 'pending') {
    await tx.db
      .update(schema.offers)
      .set({ status: 'refused', respondedAt: tx.clock.now() })
      .where(eq(schema.offers.id, offer.id));
    await recordAudit(tx, { action: 'offer.refuse', entityType: 'offer', entityId: offer.id });
  }
  return { outcome: 'refused', offerId: offer.id, missionId: mission.id, reply: REPLIES.refused };
}

const answer = (outcome: Exclude<OfferAnswerOutcome, 'assigned' | 'taken'>, offer: Offer): OfferAnswer => ({
  outcome,
  offerId: offer.id,
  missionId: offer.missionId,
  reply: REPLIES[outcome],
});

async function accept(
  tx: TxContext,
  offer: Offer,
  mission: Mission,
  territory: TerritoryInfo,
): Promise<OfferAnswer> {
  const now = tx.clock.now();
  if (mission.status === 'assigned' && mission.volunteerDriverId === offer.volunteerDriverId) {
    return { outcome: 'assigned', offerId: offer.id, missionId: mission.id, reply: null };
  }
  if (mission.status === 'assigned' || (mission.status === 'completed' && offer.status === 'withdrawn')) {
    // A withdrawn offer's volunteer was told then (one message, by its idempotency key).
    const reply = offer.status === 'withdrawn' ? null : 'Ce trajet a déjà trouvé un chauffeur. Merci !';
    return { outcome: 'taken', offerId: offer.id, missionId: mission.id, reply };
  }
  const acceptable = offer.status === 'pending' || offer.status === 'refused';
  if (mission.status !== 'open' || !acceptable || now.getTime() >= mission.plannedStartAt.getTime()) {
    return answer('expired', offer);
  }
  const [volunteer] = await tx.db
    .select()
    .from(schema.volunteerDrivers)
    .where(eq(schema.volunteerDrivers.id, offer.volunteerDriverId))
    .for('update');
  if (!volunteer?.active) return answer('expired', offer);
  if (await isBusy(tx.db, volunteer.id, mission, territory.settings.rides.busyMarginMinutes)) {
    await tx.db
      .update(schema.offers)
      .set({ status: 'refused', respondedAt: now })
      .where(eq(schema.offers.id, offer.id));
    return answer('busy', offer);
  }

  // The conditional update is the first-wins guard; the row lock above already serialises answers.
  const [assigned] = await tx.db
    .update(schema.missions)
    .set({ status: 'assigned', volunteerDriverId: volunteer.id, code: offer.code, updatedAt: now })
    .where(and(eq(schema.missions.id, mission.id), eq(schema.missions.status, 'open')))
    .returning();
  if (!assigned) return { outcome: 'taken', offerId: offer.id, missionId: mission.id, reply: null };
  await tx.db
    .update(schema.offers)
    .set({ status: 'accepted', respondedAt: now })
    .where(eq(schema.offers.id, offer.id));
  await withdrawPendingOffers(tx, mission, 'taken', territory.timezone);
  await assignTrips(tx, mission.id, volunteer.id);
  await announceAssignment(tx, mission, volunteer, offer.code, territory);
  await recordAudit(tx, {
    action: 'offer.accept',
    entityType: 'offer',
    entityId: offer.id,
    details: { missionId: mission.id, volunteerDriverId: volunteer.id, wave: offer.wave },
  });
  return { outcome: 'assigned', offerId: offer.id, missionId: mission.id, reply: null };
}

/** Whether the volunteer already drives another mission overlapping this one (with the margin). */
export async function isBusy(
  db: DbOrTx,
  volunteerDriverId: string,
  mission: Pick<Mission, 'id' | 'plannedStartAt' | 'plannedEndAt'>,
  marginMinutes: number,
): Promise<boolean> {
  const margin = marginMinutes * 60_000;
  const m = schema.missions;
  const [clash] = await db
    .select({ id: m.id })
    .from(m)
    .where(
      and(
        eq(m.volunteerDriverId, volunteerDriverId),
        eq(m.status, 'assigned'),
        ne(m.id, mission.id),
        lt(m.plannedStartAt, new Date(mission.plannedEndAt.getTime() + margin)),
        gt(m.plannedEndAt, new Date(mission.plannedStartAt.getTime() - margin)),
      ),
    )
    .limit(1);
  return clash !== undefined;
}

/** The mission's planned legs are driven by this volunteer; its requests are matched. */
export async function assignTrips(
  tx: TxContext,
  missionId: string,
  volunteerDriverId: string,
): Promise<void> {
  await tx.db
    .update(schema.trips)
    .set({ volunteerDriverId, updatedAt: tx.clock.now() })
    .where(and(eq(schema.trips.missionId, missionId), eq(schema.trips.outcome, 'planned')));
  const riders = await loadRiders(tx.db, missionId);
  await setRequestStatuses(
    tx,
    riders.map((r) => r.request.id),
    'matched',
  );
}
