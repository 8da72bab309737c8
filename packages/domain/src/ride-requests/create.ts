import { type Resident, schema, type Tx } from '@solimob/db';
import { and, eq } from 'drizzle-orm';
import type { Static } from 'typebox';
import { recordAudit } from '../audit';
import { assertActsFor, assertCan } from '../authz';
import { bookingChannelOf, isSelfService, type ServiceContext, withTransaction } from '../context';
import { type FieldProblem, invalid } from '../errors';
import { parseInput } from '../input';
import { notifyResident } from '../messages/notify';
import { enqueueJob } from '../outbox';
import { loadTerritory } from '../territories/load';
import { acknowledgement } from './acknowledgement';
import { CreateRideRequestInput, type EndpointInput } from './schemas';
import { type RideRequestView, toRideRequestView } from './view';

interface ResolvedEndpoint {
  placeId: string | null;
  label: string;
  lat: number;
  lon: number;
}

async function resolveEndpoint(
  tx: Tx,
  territoryId: string,
  endpoint: Static<typeof EndpointInput>,
  pointer: string,
  problems: FieldProblem[],
): Promise<ResolvedEndpoint | undefined> {
  if (endpoint.placeId) {
    if (endpoint.label !== undefined || endpoint.lat !== undefined || endpoint.lon !== undefined) {
      problems.push({ field: pointer, message: 'give either placeId, or label with lat and lon, not both' });
      return undefined;
    }
    const [place] = await tx
      .select()
      .from(schema.places)
      .where(and(eq(schema.places.id, endpoint.placeId), eq(schema.places.territoryId, territoryId)));
    if (!place) {
      problems.push({ field: `${pointer}/placeId`, message: 'unknown place for this territory' });
      return undefined;
    }
    if (!place.active) {
      problems.push({ field: `${pointer}/placeId`, message: 'place is no longer active' });
      return undefined;
    }
    return { placeId: place.id, label: place.name, lat: place.lat, lon: place.lon };
  }
  const missing = (['label', 'lat', 'lon'] as const).filter((k) => endpoint[k] === undefined);
  if (missing.length > 0) {
    for (const key of missing) {
      problems.push({ field: `${pointer}/${key}`, message: 'is required when no placeId is given' });
    }
    return undefined;
  }
  return { placeId: null, label: endpoint.label!.trim(), lat: endpoint.lat!, lon: endpoint.lon! };
}

const home = (resident: Resident): ResolvedEndpoint => ({
  placeId: null,
  label: resident.addressLine,
  lat: resident.lat,
  lon: resident.lon,
});

/**
 * Records a resident's ride request. In the same transaction it queues the matching run and the
 * acknowledgement to the resident, so a committed request always gets both and a failed one neither.
 * A resident asking by SMS or on the phone is answered by their conversation instead.
 */
export async function createRideRequest(ctx: ServiceContext, rawInput: unknown): Promise<RideRequestView> {
  assertCan(ctx.actor, 'ride_requests:write');
  const input = parseInput(CreateRideRequestInput, rawInput);
  assertActsFor(ctx.actor, input.residentId);
  const now = ctx.clock.now();
  const requestedTime = new Date(input.requestedTime);
  const returnTime = input.returnTime ? new Date(input.returnTime) : null;
  const problems: FieldProblem[] = [];
  if (requestedTime.getTime() <= now.getTime()) {
    problems.push({ field: '/requestedTime', message: 'must be in the future' });
  }
  if (returnTime && returnTime.getTime() <= requestedTime.getTime()) {
    problems.push({ field: '/returnTime', message: 'must be after requestedTime' });
  }

  return withTransaction(ctx, async (tx) => {
    const territoryId = tx.actor.territoryId;
    const [resident] = await tx.db
      .select()
      .from(schema.residents)
      .where(and(eq(schema.residents.id, input.residentId), eq(schema.residents.territoryId, territoryId)));
    if (!resident) problems.push({ field: '/residentId', message: 'unknown resident for this territory' });
    else if (resident.status !== 'active') {
      problems.push({ field: '/residentId', message: `resident is ${resident.status}` });
    }
    const origin = input.origin
      ? await resolveEndpoint(tx.db, territoryId, input.origin, '/origin', problems)
      : resident && home(resident);
    const destination = await resolveEndpoint(
      tx.db,
      territoryId,
      input.destination,
      '/destination',
      problems,
    );
    if (problems.length > 0 || !resident || !origin || !destination) throw invalid(problems);

    const territory = await loadTerritory(tx.db, territoryId);
    const [request] = await tx.db
      .insert(schema.rideRequests)
      .values({
        territoryId,
        residentId: resident.id,
        originPlaceId: origin.placeId,
        originLabel: origin.label,
        originLat: origin.lat,
        originLon: origin.lon,
        destinationPlaceId: destination.placeId,
        destinationLabel: destination.label,
        destinationLat: destination.lat,
        destinationLon: destination.lon,
        timeAnchor: input.timeAnchor,
        requestedTime,
        toleranceMinutes: input.toleranceMinutes ?? 15,
        returnTime,
        passengers: input.passengers ?? 1,
        needs: input.needs ?? resident.mobilityNeeds,
        purpose: input.purpose,
        channel: bookingChannelOf(tx),
        createdByStaffId: tx.actor.kind === 'staff' ? tx.actor.staffUserId : null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!request) throw new Error('ride request insert returned no row');

    await enqueueJob(tx.db, 'match-ride-request', { rideRequestId: request.id }, { territoryId });

    const notified = isSelfService(tx)
      ? undefined
      : await notifyResident(tx, resident.id, acknowledgement(request, territory.timezone));
    await recordAudit(tx, {
      action: 'ride_request.create',
      entityType: 'ride_request',
      entityId: request.id,
      details: {
        residentId: resident.id,
        acknowledgement: notified ? (notified.queued ? notified.channel : 'none') : 'conversation',
      },
    });
    return toRideRequestView(request);
  });
}
