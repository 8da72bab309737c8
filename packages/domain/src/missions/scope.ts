import { schema } from '@solimob/db';
import { eq, inArray, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { ServiceContext } from '../context';
import { residentIdsInScope } from '../residents/scope';

/**
 * The missions an actor may see: those carrying at least one ride request of a resident in their scope
 * (see residentScope); undefined when they see the whole territory.
 */
export function missionsInScope(ctx: ServiceContext, missionId: AnyPgColumn): SQL | undefined {
  const residents = residentIdsInScope(ctx, schema.rideRequests.residentId);
  if (!residents) return undefined;
  return inArray(
    missionId,
    ctx.db
      .select({ id: schema.missionRequests.missionId })
      .from(schema.missionRequests)
      .innerJoin(schema.rideRequests, eq(schema.rideRequests.id, schema.missionRequests.rideRequestId))
      .where(residents),
  );
}
