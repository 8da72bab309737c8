import { schema } from '@solimob/db';
import { type SQL, sql } from 'drizzle-orm';
import { actorId, type ServiceContext } from './context';

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  /** Ids and changed field names only, never personal values. */
  details?: Record<string, unknown>;
}

export async function recordAudit(ctx: ServiceContext, input: AuditInput): Promise<void> {
  await ctx.db.insert(schema.auditLog).values({
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

/**
 * The audit row as part of a bigger statement (a data-modifying CTE): one entry per row of the CTE
 * `fromRow`, so the entry exists exactly when that row was written; its entity id and details are SQL
 * over that row (e.g. `booked.id`, `jsonb_build_object('status', booked.status)`).
 */
export function auditFromRow(
  ctx: ServiceContext,
  input: { action: string; entityType: string; entityId: SQL; details: SQL },
  fromRow: string,
): SQL {
  return sql`insert into ${schema.auditLog} (territory_id, actor_kind, actor_id, action, entity_type, entity_id, details, at)
    select ${ctx.actor.territoryId}::uuid, ${ctx.actor.kind}::actor_kind, ${actorId(ctx.actor)}::uuid,
           ${input.action}, ${input.entityType}, ${input.entityId}, ${input.details},
           ${ctx.clock.now().toISOString()}::timestamptz
      from ${sql.identifier(fromRow)}`;
}
