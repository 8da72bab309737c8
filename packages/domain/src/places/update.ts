import { schema } from '@solimob/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { type ServiceContext, withTransaction } from '../context';
import { parseInput, Uuid } from '../input';
import { assertCommunesInTerritory } from './communes';
import { UpdatePlaceInput } from './schemas';
import { findPlace, normaliseAliases, type PlaceView, toPlaceView } from './view';

export async function updatePlace(ctx: ServiceContext, id: string, rawInput: unknown): Promise<PlaceView> {
  assertCan(ctx.actor, 'places:write');
  parseInput(Uuid, id);
  const input = parseInput(UpdatePlaceInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const territoryId = tx.actor.territoryId;
    await findPlace(tx.db, territoryId, id, true);
    if (input.communeId) {
      await assertCommunesInTerritory(tx.db, territoryId, [{ id: input.communeId, pointer: '/communeId' }]);
    }
    const [place] = await tx.db
      .update(schema.places)
      .set({
        ...(input.name !== undefined && { name: input.name.trim() }),
        ...(input.kind !== undefined && { kind: input.kind }),
        ...(input.communeId !== undefined && { communeId: input.communeId }),
        ...(input.address !== undefined && { address: input.address }),
        ...(input.location !== undefined && { lat: input.location.lat, lon: input.location.lon }),
        ...(input.aliases !== undefined && { aliases: normaliseAliases(input.aliases) }),
        ...(input.active !== undefined && { active: input.active }),
        updatedAt: tx.clock.now(),
      })
      .where(eq(schema.places.id, id))
      .returning();
    await recordAudit(tx, {
      action: 'place.update',
      entityType: 'place',
      entityId: id,
      details: { fields: Object.keys(input) },
    });
    return toPlaceView(place!);
  });
}

/** Places are deactivated rather than deleted: past ride requests still point at them. */
export async function deactivatePlace(ctx: ServiceContext, id: string): Promise<PlaceView> {
  return updatePlace(ctx, id, { active: false });
}
