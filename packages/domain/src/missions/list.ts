import { schema } from '@solimob/db';
import { and, asc, count, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import Type from 'typebox';
import { assertCan } from '../authz';
import type { ServiceContext } from '../context';
import { type Page, PageQuery, pageWindow, parseInput } from '../input';
import { missionsInScope } from './scope';
import { type MissionView, missionViews } from './view';

export const ListMissionsQuery = Type.Object(
  {
    ...PageQuery.properties,
    status: Type.Optional(
      Type.Array(Type.Enum(schema.missionStatus.enumValues), {
        minItems: 1,
        uniqueItems: true,
        description: 'Only missions in one of these statuses (repeat the parameter)',
      }),
    ),
    from: Type.Optional(
      Type.String({ format: 'date-time', description: 'First pick-up at or after this instant' }),
    ),
    to: Type.Optional(
      Type.String({ format: 'date-time', description: 'First pick-up strictly before this instant' }),
    ),
  },
  { additionalProperties: false },
);

/** The territory's missions by first pick-up: the day's trips, those still looking for a driver. */
export async function listMissions(ctx: ServiceContext, rawQuery: unknown): Promise<Page<MissionView>> {
  assertCan(ctx.actor, 'ride_requests:read');
  const query = parseInput(ListMissionsQuery, rawQuery);
  const { page, pageSize, offset } = pageWindow(query);
  const m = schema.missions;
  const where: SQL | undefined = and(
    eq(m.territoryId, ctx.actor.territoryId),
    missionsInScope(ctx, m.id),
    query.status ? inArray(m.status, query.status) : undefined,
    query.from ? gte(m.plannedStartAt, new Date(query.from)) : undefined,
    query.to ? lt(m.plannedStartAt, new Date(query.to)) : undefined,
  );
  const [rows, [totalRow]] = await Promise.all([
    ctx.db
      .select({ id: m.id })
      .from(m)
      .where(where)
      .orderBy(asc(m.plannedStartAt), asc(m.id))
      .limit(pageSize)
      .offset(offset),
    ctx.db.select({ total: count() }).from(m).where(where),
  ]);
  const items = await missionViews(
    ctx.db,
    rows.map((row) => row.id),
  );
  return { items, page, pageSize, total: totalRow?.total ?? 0 };
}
