import { schema } from '@solimob/db';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { type ServiceContext, withTransaction } from '../context';
import { parseInput } from '../input';
import { assertCommunesInTerritory } from './communes';
import { CreatePlaceInput } from './schemas';
import { normaliseAliases, type PlaceView, toPlaceView } from './view';

export async function createPlace(ctx: ServiceContext, rawInput: unknown): Promise<PlaceView> {
  assertCan(ctx.actor, 'places:write');
  const input = parseInput(CreatePlaceInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const territoryId = tx.actor.territoryId;
    if (input.communeId) {
      await assertCommunesInTerritory(tx.db, territoryId, [{ id: input.communeId, pointer: '/communeId' }]);
    }
    const now = tx.clock.now();
    const [place] = await tx.db
      .insert(schema.places)
      .values({
        territoryId,
        name: input.name.trim(),
        kind: input.kind,
        communeId: input.communeId ?? null,
        address: input.address ?? null,
        lat: input.location.lat,
        lon: input.location.lon,
        aliases: normaliseAliases(input.aliases ?? []),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, { action: 'place.create', entityType: 'place', entityId: place!.id });
    return toPlaceView(place!);
  });
}
