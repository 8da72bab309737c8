import { schema } from '@solimob/db';
import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import Type, { type Static } from 'typebox';
import { assertCan } from '../authz';
import type { ServiceContext } from '../context';
import { likePattern, type Page, PageQuery, pageWindow, parseInput, Uuid } from '../input';
import { personStatusValues } from './schemas';
import { loadResidentViews, type ResidentView } from './view';

export const ListResidentsQuery = Type.Object(
  {
    ...PageQuery.properties,
    status: Type.Optional(Type.Enum(personStatusValues)),
    communeId: Type.Optional(Uuid),
    q: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: 'Matches first or last name, ignoring case' }),
    ),
  },
  { additionalProperties: false },
);
export type ListResidentsQuery = Static<typeof ListResidentsQuery>;

/** Sorted by last name, first name, then id, so pages never overlap or skip. */
export async function listResidents(ctx: ServiceContext, rawQuery: unknown): Promise<Page<ResidentView>> {
  assertCan(ctx.actor, 'residents:read');
  const query = parseInput(ListResidentsQuery, rawQuery);
  const { page, pageSize, offset } = pageWindow(query);
  const r = schema.residents;
  const filters: (SQL | undefined)[] = [eq(r.territoryId, ctx.actor.territoryId)];
  if (query.status) filters.push(eq(r.status, query.status));
  if (query.communeId) filters.push(eq(r.communeId, query.communeId));
  if (query.q)
    filters.push(or(ilike(r.firstName, likePattern(query.q)), ilike(r.lastName, likePattern(query.q))));
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
