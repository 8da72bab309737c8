import { schema } from '@solimob/db';
import { and, asc, count, eq } from 'drizzle-orm';
import { assertCan } from '../../authz';
import type { ServiceContext } from '../../context';
import { type Page, pageWindow, parseInput, Uuid } from '../../input';
import { findLine } from '../common';
import { ListShuttleLinesQuery } from './schemas';
import { loadShuttleLineView, loadShuttleLineViews, type ShuttleLineView } from './view';

export async function getShuttleLine(ctx: ServiceContext, id: string): Promise<ShuttleLineView> {
  assertCan(ctx.actor, 'shuttles:read');
  parseInput(Uuid, id);
  return loadShuttleLineView(ctx.db, await findLine(ctx.db, ctx.actor.territoryId, id));
}

export async function listShuttleLines(
  ctx: ServiceContext,
  rawQuery: unknown = {},
): Promise<Page<ShuttleLineView>> {
  assertCan(ctx.actor, 'shuttles:read');
  const query = parseInput(ListShuttleLinesQuery, rawQuery);
  const { page, pageSize, offset } = pageWindow(query);
  const l = schema.shuttleLines;
  const where = and(
    eq(l.territoryId, ctx.actor.territoryId),
    query.active === undefined ? undefined : eq(l.active, query.active),
  );
  const [rows, [totalRow]] = await Promise.all([
    ctx.db.select().from(l).where(where).orderBy(asc(l.name), asc(l.id)).limit(pageSize).offset(offset),
    ctx.db.select({ total: count() }).from(l).where(where),
  ]);
  return { items: await loadShuttleLineViews(ctx.db, rows), page, pageSize, total: totalRow?.total ?? 0 };
}
