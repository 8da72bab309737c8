import { type DbOrTx, type StaffTask, schema } from '@solimob/db';
import { and, eq } from 'drizzle-orm';
import { notFound } from '../errors';

export interface StaffTaskView {
  id: string;
  kind: StaffTask['kind'];
  status: StaffTask['status'];
  summary: string;
  residentId: string | null;
  volunteerDriverId: string | null;
  phone: string | null;
  linkedEntity: { type: string; id: string } | null;
  recording: { url: string; seconds: number | null } | null;
  dueAt: Date | null;
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedByStaffId: string | null;
  resolutionNote: string | null;
}

export const toStaffTaskView = (t: StaffTask): StaffTaskView => ({
  id: t.id,
  kind: t.kind,
  status: t.status,
  summary: t.summary,
  residentId: t.residentId,
  volunteerDriverId: t.volunteerDriverId,
  phone: t.phone,
  linkedEntity:
    t.linkedEntityType && t.linkedEntityId ? { type: t.linkedEntityType, id: t.linkedEntityId } : null,
  recording: t.recordingUrl ? { url: t.recordingUrl, seconds: t.recordingSeconds } : null,
  dueAt: t.dueAt,
  createdAt: t.createdAt,
  resolvedAt: t.resolvedAt,
  resolvedByStaffId: t.resolvedByStaffId,
  resolutionNote: t.resolutionNote,
});

export async function findStaffTask(db: DbOrTx, territoryId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(schema.staffTasks)
    .where(and(eq(schema.staffTasks.id, id), eq(schema.staffTasks.territoryId, territoryId)));
  const [task] = forUpdate ? await query.for('update') : await query;
  if (!task) throw notFound('Task', id);
  return task;
}
