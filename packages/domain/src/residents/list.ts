import { type DbOrTx, schema } from '@solimob/db';
import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import Type, { type Static } from 'typebox';
import { assertCan } from '../authz';
import type { ServiceContext } from '../context';
import { type Page, PageQuery, pageWindow, parseInput, Uuid } from '../input';
import { nameMatches, phoneSearchPrefix, phoneStartsWith } from '../people/search';
import { personStatusValues } from './schemas';
import { residentIdsInScope } from './scope';
import { loadResidentViews, type ResidentView } from './view';

export const ListResidentsQuery = Type.Object(
  {
    ...PageQuery.properties,
    status: Type.Optional(Type.Enum(personStatusValues)),
    communeId: Type.Optional(Uuid),
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description:
          "A phone number in any French format, matched from its start ('06 39 98', '+33639…'), or " +
          'words that must all appear in the first or last name, ignoring case and accents',
      }),
    ),
    ids: Type.Optional(
      Type.Array(Uuid, {
        minItems: 1,
        maxItems: 100,
        uniqueItems: true,
        description: 'Only these residents (repeat the parameter), e.g. to name the people in a list',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ListResidentsQuery = Static<typeof ListResidentsQuery>;

/** A phone number matches the resident's phones from its start; anything else their names. */
function searchFilter(db: DbOrTx, territoryId: string, q: string): SQL | undefined {
  const r = schema.residents;
  const prefix = phoneSearchPrefix(q);
  if (!prefix) return nameMatches(q, r.searchName);
  const p = schema.residentPhones;
  // A sub-select rather than a join: a resident with two matching phones is listed once.
  return inArray(
    r.id,
    db
      .select({ id: p.residentId })
      .from(p)
      .where(and(eq(p.territoryId, territoryId), phoneStartsWith(p.e164, prefix))),
  );
}

/** Sorted by last name, first name, then id, so pages never overlap or skip. */
export async function listResidents(ctx: ServiceContext, rawQuery: unknown): Promise<Page<ResidentView>> {
  assertCan(ctx.actor, 'residents:read');
  const query = parseInput(ListResidentsQuery, rawQuery);
  const { page, pageSize, offset } = pageWindow(query);
  const r = schema.residents;
  const territoryId = ctx.actor.territoryId;
  const filters: (SQL | undefined)[] = [eq(r.territoryId, territoryId), residentIdsInScope(ctx, r.id)];
  if (query.status) filters.push(eq(r.status, query.status));
  if (query.communeId) filters.push(eq(r.communeId, query.communeId));
  if (query.ids) filters.push(inArray(r.id, query.ids));
  if (query.q) filters.push(searchFilter(ctx.db, territoryId, query.q));
  const where = and(...filters);
  const [rows, [totalRow]] = await Promise.all([
    ctx.db
      .select()
      .from(r)
      .where(where)
      .orderBy(asc(r.lastName), asc(r.firstName), asc(r.id))
      .limit(pageSize)
      .offset(offset),
    ctx.db.select({ total: count() }).from(r).where(where),
  ]);
  return { items: await loadResidentViews(ctx.db, rows), page, pageSize, total: totalRow?.total ?? 0 };
}
