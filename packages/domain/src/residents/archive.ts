import { schema } from '@solimob/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { type ServiceContext, withTransaction } from '../context';
import { parseInput, Uuid } from '../input';
import { findResident, loadResidentViews, type ResidentView } from './view';

/**
 * Residents are archived, never deleted: their ride history and messages stay explainable.
 * Archiving twice is a no-op.
 */
export async function archiveResident(ctx: ServiceContext, id: string): Promise<ResidentView> {
  assertCan(ctx.actor, 'residents:write');
  parseInput(Uuid, id);
  return withTransaction(ctx, async (tx) => {
    const current = await findResident(tx, id, true);
    if (current.status === 'archived') return (await loadResidentViews(tx.db, [current]))[0]!;
    const [resident] = await tx.db
      .update(schema.residents)
      .set({ status: 'archived', updatedAt: tx.clock.now() })
      .where(eq(schema.residents.id, id))
      .returning();
    await recordAudit(tx, { action: 'resident.archive', entityType: 'resident', entityId: id });
    return (await loadResidentViews(tx.db, [resident!]))[0]!;
  });
}
