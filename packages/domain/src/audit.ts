import { schema } from '@solimob/db';
import { actorId, type ServiceContext } from './context';

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  /** Ids and changed field names only, never personal values. */
  details?: Record<string, unknown>;
}

export async function recordAudit(ctx: ServiceContext, input: AuditInput): Promise<void> {
  await auditInsert(ctx, input);
}

/**
 * The audit row's insert, not yet sent: await it, or fold it into another statement (e.g.
 * queueMessage's `alongWith`) so the entry costs no round trip of its own.
 */
export function auditInsert(ctx: ServiceContext, input: AuditInput) {
  return ctx.db.insert(schema.auditLog).values({
    territoryId: ctx.actor.territoryId,
    actorKind: ctx.actor.kind,
    actorId: actorId(ctx.actor),
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    details: input.details ?? {},
    at: ctx.clock.now(),
  });
}
