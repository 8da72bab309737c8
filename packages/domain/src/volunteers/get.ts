import { type DbOrTx, schema } from '@solimob/db';
import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import Type from 'typebox';
import { assertCan } from '../authz';
import type { ServiceContext } from '../context';
import { type Page, PageQuery, pageWindow, parseInput, Uuid } from '../input';
import { nameMatches, phoneSearchPrefix, phoneStartsWith } from '../people/search';
import { findVolunteer, loadVolunteerViews, type VolunteerView } from './view';

export async function getVolunteer(ctx: ServiceContext, id: string): Promise<VolunteerView> {
  assertCan(ctx.actor, 'volunteers:read');
  parseInput(Uuid, id);
  const volunteer = await findVolunteer(ctx.db, ctx.actor.territoryId, id);
  return (await loadVolunteerViews(ctx.db, [volunteer]))[0]!;
}

export const ListVolunteersQuery = Type.Object(
  {
    ...PageQuery.properties,
    active: Type.Optional(Type.Boolean()),
    communeId: Type.Optional(Uuid),
    wheelchairCapable: Type.Optional(Type.Boolean()),
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description:
          'A phone number in any French format, matched from its start, or words that must all appear ' +
          'in the first or last name, ignoring case and accents',
      }),
    ),
  },
  { additionalProperties: false },
);

/** A phone number matches the volunteer's phones from its start; anything else their names. */
function searchFilter(db: DbOrTx, territoryId: string, q: string): SQL | undefined {
  const v = schema.volunteerDrivers;
  const prefix = phoneSearchPrefix(q);
  if (!prefix) return nameMatches(q, v.searchName);
  const p = schema.volunteerPhones;
  return inArray(
    v.id,
    db
      .select({ id: p.volunteerDriverId })
      .from(p)
      .where(and(eq(p.territoryId, territoryId), phoneStartsWith(p.e164, prefix))),
  );
}

/** Sorted by last name, first name, then id. */
export async function listVolunteers(ctx: ServiceContext, rawQuery: unknown): Promise<Page<VolunteerView>> {
  assertCan(ctx.actor, 'volunteers:read');
  const query = parseInput(ListVolunteersQuery, rawQuery);
  const { page, pageSize, offset } = pageWindow(query);
  const v = schema.volunteerDrivers;
  const filters: (SQL | undefined)[] = [eq(v.territoryId, ctx.actor.territoryId)];
  if (query.active !== undefined) filters.push(eq(v.active, query.active));
  if (query.communeId) filters.push(eq(v.communeId, query.communeId));
  if (query.wheelchairCapable !== undefined) filters.push(eq(v.wheelchairCapable, query.wheelchairCapable));
  if (query.q) filters.push(searchFilter(ctx.db, ctx.actor.territoryId, query.q));
  const where = and(...filters);
  const [rows, [totalRow]] = await Promise.all([
    ctx.db
      .select()
      .from(v)
      .where(where)
      .orderBy(asc(v.lastName), asc(v.firstName), asc(v.id))
      .limit(pageSize)
      .offset(offset),
    ctx.db.select({ total: count() }).from(v).where(where),
  ]);
  return { items: await loadVolunteerViews(ctx.db, rows), page, pageSize, total: totalRow?.total ?? 0 };
}
