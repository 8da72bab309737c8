import { type DbOrTx, schema } from '@solimob/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { assertCan } from '../authz';
import type { ServiceContext } from '../context';
import { invalid } from '../errors';

/** The territory's communes, for forms and filters. Any authenticated staff member may read them. */
export async function listCommunes(ctx: ServiceContext) {
  assertCan(ctx.actor, 'places:read');
  return ctx.db
    .select()
    .from(schema.communes)
    .where(eq(schema.communes.territoryId, ctx.actor.territoryId))
    .orderBy(asc(schema.communes.name), asc(schema.communes.id));
}

/**
 * Reports, at `pointer`, every commune id that does not belong to the territory. A foreign key alone
 * would accept another territory's commune.
 */
export async function assertCommunesInTerritory(
  db: DbOrTx,
  territoryId: string,
  ids: { id: string; pointer: string }[],
): Promise<void> {
  if (ids.length === 0) return;
  const found = await db
    .select({ id: schema.communes.id })
    .from(schema.communes)
    .where(
      and(
        eq(schema.communes.territoryId, territoryId),
        inArray(
          schema.communes.id,
          ids.map((i) => i.id),
        ),
      ),
    );
  const known = new Set(found.map((f) => f.id));
  const missing = ids.filter((i) => !known.has(i.id));
  if (missing.length > 0) {
    throw invalid(missing.map((m) => ({ field: m.pointer, message: 'unknown commune for this territory' })));
  }
}
