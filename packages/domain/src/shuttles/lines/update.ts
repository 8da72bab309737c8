import { schema } from '@solimob/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit';
import { assertCan } from '../../authz';
import { type ServiceContext, withTransaction } from '../../context';
import { parseInput, Uuid } from '../../input';
import { findLine, hhmm } from '../common';
import { checkLineReferences, replaceCommunes, replaceVehicles } from './create';
import { UpdateShuttleLineInput } from './schemas';
import { loadShuttleLineView, type ShuttleLineView } from './view';

/**
 * Changes a line for the rounds generated from now on; rounds already generated keep their times and
 * vehicles (change them round by round). Communes and vehicles given replace the line's lists.
 */
export async function updateShuttleLine(
  ctx: ServiceContext,
  id: string,
  rawInput: unknown,
): Promise<ShuttleLineView> {
  assertCan(ctx.actor, 'shuttles:write');
  parseInput(Uuid, id);
  const input = parseInput(UpdateShuttleLineInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const current = await findLine(tx.db, tx.actor.territoryId, id);
    await checkLineReferences(tx.db, tx.actor.territoryId, {
      arrivalTime: input.arrivalTime ?? hhmm(current.arrivalTime),
      departureTime: input.departureTime ?? hhmm(current.departureTime),
      ...(input.communeIds ? { communeIds: input.communeIds } : {}),
    });
    const now = tx.clock.now();
    const { communeIds, vehicles, name, ...fields } = input;
    const [line] = await tx.db
      .update(schema.shuttleLines)
      .set({ ...fields, ...(name ? { name: name.trim() } : {}), updatedAt: now })
      .where(eq(schema.shuttleLines.id, id))
      .returning();
    if (communeIds) await replaceCommunes(tx.db, id, communeIds);
    if (vehicles) await replaceVehicles(tx.db, id, vehicles, now);
    await recordAudit(tx, {
      action: 'shuttle_line.update',
      entityType: 'shuttle_line',
      entityId: id,
      details: { changed: Object.keys(input) },
    });
    return loadShuttleLineView(tx.db, line!);
  });
}
