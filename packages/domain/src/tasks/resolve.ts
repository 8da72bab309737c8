import { schema } from '@solimob/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { type ServiceContext, withTransaction } from '../context';
import { ServiceError } from '../errors';
import { parseInput, Uuid } from '../input';
import { ResolveStaffTaskInput } from './schemas';
import { findStaffTask, type StaffTaskView, toStaffTaskView } from './view';

/** Closes an open task as done or cancelled, with an optional note of what was done. */
export async function resolveStaffTask(
  ctx: ServiceContext,
  id: string,
  rawInput: unknown,
): Promise<StaffTaskView> {
  assertCan(ctx.actor, 'tasks:write');
  parseInput(Uuid, id);
  const input = parseInput(ResolveStaffTaskInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const task = await findStaffTask(tx.db, tx.actor.territoryId, id, true);
    if (task.status !== 'open') throw new ServiceError('conflict', `Task ${id} is already ${task.status}`);
    const [resolved] = await tx.db
      .update(schema.staffTasks)
      .set({
        status: input.outcome,
        resolvedAt: tx.clock.now(),
        resolvedByStaffId: tx.actor.kind === 'staff' ? tx.actor.staffUserId : null,
        resolutionNote: input.note ?? null,
      })
      .where(eq(schema.staffTasks.id, id))
      .returning();
    await recordAudit(tx, {
      action: 'staff_task.resolve',
      entityType: 'staff_task',
      entityId: id,
      details: { outcome: input.outcome },
    });
    return toStaffTaskView(resolved!);
  });
}
