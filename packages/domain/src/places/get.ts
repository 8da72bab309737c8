import { schema } from '@solimob/db';
import { and, asc, count, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import Type from 'typebox';
import { assertCan } from '../authz';
import type { ServiceContext } from '../context';
import { likePattern, type Page, PageQuery, pageWindow, parseInput, searchForm, Uuid } from '../input';
import { placeKindValues } from './schemas';
import { findPlace, type PlaceView, toPlaceView } from './view';

export async function getPlace(ctx: ServiceContext, id: string): Promise<PlaceView> {
  assertCan(ctx.actor, 'places:read');
  parseInput(Uuid, id);
  return toPlaceView(await findPlace(ctx.db, ctx.actor.territoryId, id));
}

export const ListPlacesQuery = Type.Object(
  {
    ...PageQuery.properties,
    kind: Type.Optional(Type.Enum(placeKindValues)),
    communeId: Type.Optional(Uuid),
    active: Type.Optional(Type.Boolean()),
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description: 'Matches the name or an alias, ignoring case',
      }),
    ),
  },
  { additionalProperties: false },
);

/** Sorted by name then id. */
export async function listPlaces(ctx: ServiceContext, rawQuery: unknown): Promise<Page<PlaceView>> {
  assertCan(ctx.actor, 'places:read');
  const query = parseInput(ListPlacesQuery, rawQuery);
  const { page, pageSize, offset } = pageWindow(query);
  const p = schema.places;
  const filters: (SQL | undefined)[] = [eq(p.territoryId, ctx.actor.territoryId)];
  if (query.kind) filters.push(eq(p.kind, query.kind));
  if (query.communeId) filters.push(eq(p.communeId, query.communeId));
  if (query.active !== undefined) filters.push(eq(p.active, query.active));
  if (query.q) {
    const aliasPattern = likePattern(searchForm(query.q));
    filters.push(
      or(
        ilike(p.name, likePattern(query.q.trim())),
        sql`exists (select 1 from unnest(${p.aliases}) as alias where alias like ${aliasPattern})`,
      ),
    );
  }
  const where = and(...filters);
  const [rows, [totalRow]] = await Promise.all([
    ctx.db.select().from(p).where(where).orderBy(asc(p.name), asc(p.id)).limit(pageSize).offset(offset),
    ctx.db.select({ total: count() }).from(p).where(where),
  ]);
  return { items: rows.map(toPlaceView), page, pageSize, total: totalRow?.total ?? 0 };
}
