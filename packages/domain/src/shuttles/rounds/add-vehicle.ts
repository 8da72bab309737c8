import { isUniqueViolation, schema } from '@solimob/db';
import { recordAudit } from '../../audit';
import { assertCan } from '../../authz';
import { type ServiceContext, withTransaction } from '../../context';
import { ServiceError } from '../../errors';
import { parseInput, Uuid } from '../../input';
import { enqueueJob } from '../../outbox';
import { loadTerritory } from '../../territories/load';
import { promoteWaitlist } from '../bookings/promote';
import { findRound, isPlanned, lockRound } from '../common';
import { AddRoundVehicleInput } from './schemas';
import { loadRoundView, type ShuttleRoundView } from './view';

/**
 * Adds a vehicle to one round (a second minibus on a busy market day). The round's capacity grows with
 * it (trigger), the waitlist moves up into the new places, and a planned round is re-planned.
 */
export async function addRoundVehicle(
  ctx: ServiceContext,
  id: string,
  rawInput: unknown,
): Promise<ShuttleRoundView> {
  assertCan(ctx.actor, 'shuttles:write');
  parseInput(Uuid, id);
  const input = parseInput(AddRoundVehicleInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const territory = await loadTerritory(tx.db, tx.actor.territoryId);
    const locked = await lockRound(tx.db, territory.id, id);
    if (locked.status === 'cancelled' || locked.status === 'completed') {
      throw new ServiceError('conflict', `The round is ${locked.status}`);
    }
    try {
      await tx.db.transaction((savepoint) =>
        savepoint.insert(schema.shuttleRoundVehicles).values({
          shuttleRoundId: id,
          name: input.name.trim(),
          seats: input.seats,
          wheelchairPlaces: input.wheelchairPlaces ?? 0,
          createdAt: tx.clock.now(),
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'shuttle_round_vehicles_round_name_uq')) {
        throw new ServiceError('conflict', 'The round already has a vehicle of that name');
      }
      throw error;
    }
    const round = await findRound(tx.db, territory.id, id);
    const promoted = await promoteWaitlist(tx, territory, round);
    if (isPlanned(round)) {
      await enqueueJob(tx.db, 'plan-shuttle-round', { shuttleRoundId: id }, { territoryId: territory.id });
    }
    await recordAudit(tx, {
      action: 'shuttle_round.add_vehicle',
      entityType: 'shuttle_round',
      entityId: id,
      details: {
        seats: input.seats,
        wheelchairPlaces: input.wheelchairPlaces ?? 0,
        promoted: promoted.length,
      },
    });
    return loadRoundView(tx.db, await findRound(tx.db, territory.id, id));
  });
}
