import { type DbOrTx, schema } from '@solimob/db';
import { eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Actor, ServiceContext } from '../context';
import { notFound, ServiceError } from '../errors';

/**
 * Which residents an actor may see and act on, within their territory. The one rule applied by every
 * verb that reads or changes a resident or what belongs to one (their bookings, ride requests,
 * subscriptions, missions): lists filter with `residentIdsInScope`, single records check with
 * `assertResidentInScope`.
 *
 * - staff other than partners, the system and volunteers' links: the whole territory (volunteers hold
 *   no permission on residents; their own offers and missions are checked by `assertDrivesFor`);
 * - a partner (a commune's social service): the residents living in the communes linked to their
 *   account (`staff_user_communes`), none when there are none;
 * - a resident (SMS, voice line): themselves.
 */
export type ResidentScope =
  | { kind: 'territory' }
  | { kind: 'communes'; communeIds: readonly string[] }
  | { kind: 'self'; residentId: string };

export function residentScope(ctx: { actor: Actor }): ResidentScope {
  const actor = ctx.actor;
  if (actor.kind === 'resident') return { kind: 'self', residentId: actor.residentId };
  if (actor.kind === 'staff' && actor.role === 'partner') {
    return { kind: 'communes', communeIds: actor.communeIds ?? [] };
  }
  return { kind: 'territory' };
}

/** The residents of the scope, as a sub-select of ids (undefined: the whole territory). */
function scopedResidentIds(db: DbOrTx, scope: ResidentScope) {
  if (scope.kind !== 'communes') return undefined;
  return db
    .select({ id: schema.residents.id })
    .from(schema.residents)
    .where(inArray(schema.residents.communeId, [...scope.communeIds]));
}

/**
 * A condition on a column holding a resident's id (e.g. `ride_requests.resident_id`) that keeps the
 * rows of residents in scope; undefined when the actor sees the whole territory. Combine it with the
 * territory filter every query already has.
 */
export function residentIdsInScope(ctx: ServiceContext, column: AnyPgColumn): SQL | undefined {
  const scope = residentScope(ctx);
  switch (scope.kind) {
    case 'territory':
      return undefined;
    case 'self':
      return eq(column, scope.residentId);
    case 'communes':
      if (scope.communeIds.length === 0) return sql`false`;
      return inArray(column, scopedResidentIds(ctx.db, scope)!);
  }
}

/** Whether a resident (already known to be in the actor's territory) is in scope. */
export function residentInScope(ctx: { actor: Actor }, resident: { id: string; communeId: string }): boolean {
  const scope = residentScope(ctx);
  switch (scope.kind) {
    case 'territory':
      return true;
    case 'self':
      return scope.residentId === resident.id;
    case 'communes':
      return scope.communeIds.includes(resident.communeId);
  }
}

/**
 * Refuses a resident outside the actor's scope. A partner is told "not found", exactly as for another
 * territory's record, so ids reveal nothing; a resident acting for someone else is refused outright.
 * `entity` names what was asked for (a ride request, a booking), for the message.
 */
export async function assertResidentInScope(
  ctx: ServiceContext,
  residentId: string,
  entity: { type: string; id: string } = { type: 'Resident', id: residentId },
): Promise<void> {
  const scope = residentScope(ctx);
  if (scope.kind === 'territory') return;
  if (scope.kind === 'self') {
    if (scope.residentId !== residentId) {
      throw new ServiceError('forbidden', 'A resident may only act on their own bookings');
    }
    return;
  }
  const [resident] = await ctx.db
    .select({ id: schema.residents.id, communeId: schema.residents.communeId })
    .from(schema.residents)
    .where(eq(schema.residents.id, residentId));
  if (!resident || !residentInScope(ctx, resident)) throw notFound(entity.type, entity.id);
}
