import { schema } from '@solimob/db';
import { and, asc, count, eq, gte, lte } from 'drizzle-orm';
import { assertCan } from '../../authz';
import type { ServiceContext } from '../../context';
import { type Page, pageWindow, parseInput, Uuid } from '../../input';
import { findRound } from '../common';
import { ListShuttleRoundsQuery } from './schemas';
import { loadRoundView, loadRoundViews, type ShuttleRoundView } from './view';

export async function getRound(ctx: ServiceContext, id: string): Promise<ShuttleRoundView> {
  assertCan(ctx.actor, 'shuttles:read');
  parseInput(Uuid, id);
  return loadRoundView(ctx.db, await findRound(ctx.db, ctx.actor.territoryId, id));
}

/** Rounds by service date, then line. */
export async function listRounds(
  ctx: ServiceContext,
  rawQuery: unknown = {},
): Promise<Page<ShuttleRoundView>> {
  assertCan(ctx.actor, 'shuttles:read');
  const query = parseInput(ListShuttleRoundsQuery, rawQuery);
  const { page, pageSize, offset } = pageWindow(query);
  const r = schema.shuttleRounds;
  const where = and(
    eq(r.territoryId, ctx.actor.territoryId),
    query.shuttleLineId ? eq(r.shuttleLineId, query.shuttleLineId) : undefined,
    query.status ? eq(r.status, query.status) : undefined,
    query.from ? gte(r.serviceDate, query.from) : undefined,
    query.to ? lte(r.serviceDate, query.to) : undefined,
  );
  const [rows, [totalRow]] = await Promise.all([
    ctx.db
      .select()
      .from(r)
      .where(where)
      .orderBy(asc(r.serviceDate), asc(r.shuttleLineId), asc(r.id))
      .limit(pageSize)
      .offset(offset),
    ctx.db.select({ total: count() }).from(r).where(where),
  ]);
  return { items: await loadRoundViews(ctx.db, rows), page, pageSize, total: totalRow?.total ?? 0 };
}
