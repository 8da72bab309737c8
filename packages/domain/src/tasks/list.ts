import { schema } from '@solimob/db';
import { and, asc, count, eq, type SQL, sql } from 'drizzle-orm';
import { assertCan } from '../authz';
import type { ServiceContext } from '../context';
import { type Page, pageWindow, parseInput } from '../input';
import { ListStaffTasksQuery } from './schemas';
import { type StaffTaskView, toStaffTaskView } from './view';

/** Open tasks first by due time (those without one after), then by creation. */
export async function listStaffTasks(ctx: ServiceContext, rawQuery: unknown): Promise<Page<StaffTaskView>> {
  assertCan(ctx.actor, 'tasks:read');
  const query = parseInput(ListStaffTasksQuery, rawQuery);
  const { page, pageSize, offset } = pageWindow(query);
  const t = schema.staffTasks;
  const filters: (SQL | undefined)[] = [
    eq(t.territoryId, ctx.actor.territoryId),
    eq(t.status, query.status ?? 'open'),
  ];
  if (query.kind) filters.push(eq(t.kind, query.kind));
  if (query.residentId) filters.push(eq(t.residentId, query.residentId));
  const where = and(...filters);
  const [rows, [totalRow]] = await Promise.all([
    ctx.db
      .select()
      .from(t)
      .where(where)
      .orderBy(sql`${t.dueAt} asc nulls last`, asc(t.createdAt), asc(t.id))
      .limit(pageSize)
      .offset(offset),
    ctx.db.select({ total: count() }).from(t).where(where),
  ]);
  return { items: rows.map(toStaffTaskView), page, pageSize, total: totalRow?.total ?? 0 };
}
