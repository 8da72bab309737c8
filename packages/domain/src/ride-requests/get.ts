import { schema } from '@solimob/db';
import { and, asc, count, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import Type from 'typebox';
import { assertCan } from '../authz';
import type { ServiceContext } from '../context';
import { invalid } from '../errors';
import { type Page, PageQuery, pageWindow, parseInput, Uuid } from '../input';
import { assertResidentInScope, residentIdsInScope } from '../residents/scope';
import { rideRequestStatusValues } from './schemas';
import { findRideRequest, type RideRequestView, toRideRequestView } from './view';

export async function getRideRequest(ctx: ServiceContext, id: string): Promise<RideRequestView> {
  assertCan(ctx.actor, 'ride_requests:read');
  parseInput(Uuid, id);
  const request = await findRideRequest(ctx.db, ctx.actor.territoryId, id);
  await assertResidentInScope(ctx, request.residentId, { type: 'Ride request', id });
  return toRideRequestView(request);
}

export const ListRideRequestsQuery = Type.Object(
  {
    ...PageQuery.properties,
    status: Type.Optional(
      Type.Array(Type.Enum(rideRequestStatusValues), {
        minItems: 1,
        uniqueItems: true,
        description:
          'Only requests in one of these statuses (repeat the parameter: status=received&status=unmet)',
      }),
    ),
    residentId: Type.Optional(Uuid),
    from: Type.Optional(
      Type.String({ format: 'date-time', description: 'Requested time at or after this instant' }),
    ),
    to: Type.Optional(
      Type.String({ format: 'date-time', description: 'Requested time strictly before this instant' }),
    ),
  },
  { additionalProperties: false },
);

/** Sorted by requested time, then id. */
export async function listRideRequests(
  ctx: ServiceContext,
  rawQuery: unknown,
): Promise<Page<RideRequestView>> {
  assertCan(ctx.actor, 'ride_requests:read');
  const query = parseInput(ListRideRequestsQuery, rawQuery);
  if (query.from && query.to && new Date(query.from) >= new Date(query.to)) {
    throw invalid([{ field: 'query/to', message: 'must be after from' }]);
  }
  const { page, pageSize, offset } = pageWindow(query);
  const r = schema.rideRequests;
  const filters: (SQL | undefined)[] = [eq(r.territoryId, ctx.actor.territoryId)];
  if (query.status) filters.push(inArray(r.status, query.status));
  if (query.residentId) filters.push(eq(r.residentId, query.residentId));
  filters.push(residentIdsInScope(ctx, r.residentId));
  if (query.from) filters.push(gte(r.requestedTime, new Date(query.from)));
  if (query.to) filters.push(lt(r.requestedTime, new Date(query.to)));
  const where = and(...filters);
  const [rows, [totalRow]] = await Promise.all([
    ctx.db
      .select()
      .from(r)
      .where(where)
      .orderBy(asc(r.requestedTime), asc(r.id))
      .limit(pageSize)
      .offset(offset),
    ctx.db.select({ total: count() }).from(r).where(where),
  ]);
  return { items: rows.map(toRideRequestView), page, pageSize, total: totalRow?.total ?? 0 };
}
