import { schema } from '@solimob/db';
import { and, eq } from 'drizzle-orm';
import Type, { type Static } from 'typebox';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { type ServiceContext, withTransaction } from '../context';
import { invalid, notFound } from '../errors';
import { parseInput, Uuid } from '../input';
import { assertCommunesInTerritory } from '../places/communes';
import { loadStaffCommunes, type StaffUserView, toStaffUserView } from './view';

export const SetStaffCommunesInput = Type.Object(
  {
    communeIds: Type.Array(Uuid, {
      maxItems: 200,
      uniqueItems: true,
      description: 'The communes whose residents this partner sees and books for (replaces the list)',
    }),
  },
  { additionalProperties: false },
);
export type SetStaffCommunesInput = Static<typeof SetStaffCommunesInput>;

/**
 * Links a partner account to the communes it works for (an admin's decision): from the next request
 * on, the partner sees and acts on the residents living there only. Only partners have communes; the
 * other roles see the whole territory.
 */
export async function setStaffCommunes(
  ctx: ServiceContext,
  staffUserId: string,
  rawInput: unknown,
): Promise<StaffUserView> {
  assertCan(ctx.actor, 'staff:manage');
  parseInput(Uuid, staffUserId);
  const input = parseInput(SetStaffCommunesInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const territoryId = tx.actor.territoryId;
    const [user] = await tx.db
      .select()
      .from(schema.staffUsers)
      .where(and(eq(schema.staffUsers.id, staffUserId), eq(schema.staffUsers.territoryId, territoryId)))
      .for('update');
    if (!user) throw notFound('Staff user', staffUserId);
    if (user.role !== 'partner' && input.communeIds.length > 0) {
      throw invalid([{ field: '/communeIds', message: 'only partner accounts are limited to communes' }]);
    }
    await assertCommunesInTerritory(
      tx.db,
      territoryId,
      input.communeIds.map((id, i) => ({ id, pointer: `/communeIds/${i}` })),
    );
    await tx.db.delete(schema.staffUserCommunes).where(eq(schema.staffUserCommunes.staffUserId, user.id));
    if (input.communeIds.length > 0) {
      await tx.db.insert(schema.staffUserCommunes).values(
        input.communeIds.map((communeId) => ({
          staffUserId: user.id,
          communeId,
          createdAt: tx.clock.now(),
        })),
      );
    }
    await recordAudit(tx, {
      action: 'staff.communes',
      entityType: 'staff_user',
      entityId: user.id,
      details: { communeIds: input.communeIds },
    });
    const communes = await loadStaffCommunes(tx.db, [user.id]);
    return toStaffUserView(user, communes.get(user.id));
  });
}
