import { schema } from '@solimob/db';
import { and, asc, count, eq } from 'drizzle-orm';
import { assertCan } from '../../authz';
import type { ServiceContext } from '../../context';
import { type Page, pageWindow, parseInput } from '../../input';
import { residentIdsInScope } from '../../residents/scope';
import { ListSubscriptionsQuery } from './schemas';
import { loadSubscriptionViews, type ShuttleSubscriptionView } from './view';

export async function listSubscriptions(
  ctx: ServiceContext,
  rawQuery: unknown = {},
): Promise<Page<ShuttleSubscriptionView>> {
  assertCan(ctx.actor, 'shuttles:read');
  const query = parseInput(ListSubscriptionsQuery, rawQuery);
  const { page, pageSize, offset } = pageWindow(query);
  const s = schema.shuttleSubscriptions;
  const where = and(
    eq(s.territoryId, ctx.actor.territoryId),
    residentIdsInScope(ctx, s.residentId),
    query.shuttleLineId ? eq(s.shuttleLineId, query.shuttleLineId) : undefined,
    query.residentId ? eq(s.residentId, query.residentId) : undefined,
    query.active === undefined ? undefined : eq(s.active, query.active),
  );
  const [rows, [totalRow]] = await Promise.all([
    ctx.db.select().from(s).where(where).orderBy(asc(s.createdAt), asc(s.id)).limit(pageSize).offset(offset),
    ctx.db.select({ total: count() }).from(s).where(where),
  ]);
  return { items: await loadSubscriptionViews(ctx.db, rows), page, pageSize, total: totalRow?.total ?? 0 };
}
