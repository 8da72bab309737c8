import { type DbOrTx, type StaffTask, schema } from '@solimob/db';
import { and, eq } from 'drizzle-orm';
import type { Clock } from '../context';

export interface CreateStaffTaskInput {
  territoryId: string;
  kind: StaffTask['kind'];
  /** Short French sentence for staff; no health details, no trip purpose. */
  summary: string;
  /** Same key, same task: a retried job or a replayed webhook opens no second task. */
  idempotencyKey: string;
  residentId?: string | null;
  volunteerDriverId?: string | null;
  phone?: string | null;
  linkedEntity?: { type: string; id: string };
  recording?: { url: string; seconds?: number | null };
  dueAt?: Date | null;
}

/**
 * Opens a task for staff. Called by the service itself (a stalled conversation, an unknown caller, an
 * unmatched request), so it takes no actor: pass the transaction of the change that needs the task.
 * Returns the existing task when the key was already used.
 */
export async function openStaffTask(
  deps: { db: DbOrTx; clock: Clock },
  input: CreateStaffTaskInput,
): Promise<{ task: StaffTask; created: boolean }> {
  const [inserted] = await deps.db
    .insert(schema.staffTasks)
    .values({
      territoryId: input.territoryId,
      kind: input.kind,
      summary: input.summary.slice(0, 300),
      idempotencyKey: input.idempotencyKey,
      residentId: input.residentId ?? null,
      volunteerDriverId: input.volunteerDriverId ?? null,
      phone: input.phone ?? null,
      linkedEntityType: input.linkedEntity?.type ?? null,
      linkedEntityId: input.linkedEntity?.id ?? null,
      recordingUrl: input.recording?.url ?? null,
      recordingSeconds: input.recording?.seconds ?? null,
      dueAt: input.dueAt ?? null,
      createdAt: deps.clock.now(),
    })
    .onConflictDoNothing({ target: [schema.staffTasks.territoryId, schema.staffTasks.idempotencyKey] })
    .returning();
  if (inserted) return { task: inserted, created: true };
  const [existing] = await deps.db
    .select()
    .from(schema.staffTasks)
    .where(
      and(
        eq(schema.staffTasks.territoryId, input.territoryId),
        eq(schema.staffTasks.idempotencyKey, input.idempotencyKey),
      ),
    );
  if (!existing) throw new Error('task idempotency conflict without an existing task');
  return { task: existing, created: false };
}
