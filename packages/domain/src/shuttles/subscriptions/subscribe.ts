import { isUniqueViolation, schema } from '@solimob/db';
import { and, asc, eq, gt, gte } from 'drizzle-orm';
import { recordAudit } from '../../audit';
import { assertCan } from '../../authz';
import { bookingChannelOf, type ServiceContext, withTransaction } from '../../context';
import { type FieldProblem, invalid, ServiceError } from '../../errors';
import { parseInput } from '../../input';
import { notifyResident } from '../../messages/notify';
import { assertResidentInScope } from '../../residents/scope';
import { loadTerritory } from '../../territories/load';
import { localDate } from '../../time';
import { resolvePickup } from '../bookings/pickup';
import { findLine } from '../common';
import { subscribed } from '../messages';
import { bookSubscriptionsOnRound } from './book-on-round';
import { SubscribeInput } from './schemas';
import { loadSubscriptionViews, type ShuttleSubscriptionView } from './view';

/**
 * A regular's standing booking ("every Monday"). Rounds already generated from `startsOn` on that are
 * still open get the seat now; later rounds get it when they are generated.
 */
export async function subscribe(ctx: ServiceContext, rawInput: unknown): Promise<ShuttleSubscriptionView> {
  assertCan(ctx.actor, 'shuttles:book');
  const input = parseInput(SubscribeInput, rawInput);
  await assertResidentInScope(ctx, input.residentId);
  if (input.atDoor && ctx.actor.kind === 'resident') {
    throw new ServiceError('forbidden', 'Only staff may ask for a door pick-up');
  }
  return withTransaction(ctx, async (tx) => {
    const territory = await loadTerritory(tx.db, tx.actor.territoryId);
    const line = await findLine(tx.db, territory.id, input.shuttleLineId);
    const now = tx.clock.now();
    const problems: FieldProblem[] = [];
    const [resident] = await tx.db
      .select()
      .from(schema.residents)
      .where(and(eq(schema.residents.id, input.residentId), eq(schema.residents.territoryId, territory.id)));
    if (resident?.status !== 'active') {
      problems.push({ field: '/residentId', message: 'unknown or inactive resident for this territory' });
    }
    if (resident) {
      await resolvePickup(
        tx.db,
        line,
        resident,
        { stopId: input.pickupStopId ?? null, atDoor: input.atDoor === true },
        territory.settings.shuttles,
        problems,
      );
    }
    if (problems.length > 0 || !resident) throw invalid(problems);
    let row: typeof schema.shuttleSubscriptions.$inferSelect | undefined;
    try {
      [row] = await tx.db
        .insert(schema.shuttleSubscriptions)
        .values({
          territoryId: territory.id,
          shuttleLineId: line.id,
          residentId: resident.id,
          pickupStopId: input.pickupStopId ?? null,
          atDoor: input.atDoor ?? false,
          passengers: input.passengers ?? 1,
          wheelchair: input.wheelchair ?? resident.mobilityNeeds.includes('wheelchair'),
          channel: bookingChannelOf(tx),
          startsOn: input.startsOn ?? localDate(now, territory.timezone),
          createdByStaffId: tx.actor.kind === 'staff' ? tx.actor.staffUserId : null,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
    } catch (error) {
      if (isUniqueViolation(error, 'shuttle_subscriptions_line_resident_active_uq')) {
        throw new ServiceError('conflict', 'The resident already subscribes to this line', {
          residentMessage: 'Vous êtes déjà inscrit chaque semaine dans cette navette.',
        });
      }
      throw error;
    }
    const subscription = row!;
    const rounds = await tx.db
      .select()
      .from(schema.shuttleRounds)
      .where(
        and(
          eq(schema.shuttleRounds.shuttleLineId, line.id),
          eq(schema.shuttleRounds.status, 'open'),
          gte(schema.shuttleRounds.nominalDate, subscription.startsOn),
          gt(schema.shuttleRounds.cutoffAt, now),
        ),
      )
      .orderBy(asc(schema.shuttleRounds.serviceDate));
    for (const round of rounds) await bookSubscriptionsOnRound(tx, round, subscription.id);
    await notifyResident(tx, resident.id, subscribed(subscription, line.weekday));
    await recordAudit(tx, {
      action: 'shuttle_subscription.create',
      entityType: 'shuttle_subscription',
      entityId: subscription.id,
      details: { shuttleLineId: line.id, residentId: resident.id, roundsBooked: rounds.length },
    });
    const [view] = await loadSubscriptionViews(tx.db, [subscription]);
    return view!;
  });
}
