import { type Place, type Resident, schema, type Tx } from '@solimob/db';
import { and, eq } from 'drizzle-orm';
import type { Static } from 'typebox';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { bookingChannelOf, isSelfService, type ServiceContext, withTransaction } from '../context';
import { type FieldProblem, invalid } from '../errors';
import { parseInput, withDefaults } from '../input';
import { notifyResident } from '../messages/notify';
import type { TxContext } from '../missions/lifecycle';
import { enqueueJob } from '../outbox';
import { assertResidentInScope } from '../residents/scope';
import { loadTerritory, type TerritoryInfo } from '../territories/load';
import { acknowledgement } from './acknowledgement';
import { endpointProblem, type IntakeProblem, timingProblems } from './intake';
import { CreateRideRequestInput, type EndpointInput } from './schemas';
import { type RideRequestView, toRideRequestView } from './view';

interface ResolvedEndpoint {
  placeId: string | null;
  label: string;
  lat: number;
  lon: number;
  /** A place staff marked as outside the territory (a hospital in Vannes). */
  outsideTerritory: boolean;
  /** A known place (inside or marked outside), as opposed to free coordinates. */
  isPlace: boolean;
}

type Problems = (FieldProblem | IntakeProblem)[];

async function resolveEndpoint(
  tx: Tx,
  territoryId: string,
  endpoint: Static<typeof EndpointInput>,
  pointer: string,
  problems: Problems,
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
    return fromPlace(place);
  }
  const missing = (['label', 'lat', 'lon'] as const).filter((k) => endpoint[k] === undefined);
  if (missing.length > 0) {
    for (const key of missing) {
      problems.push({ field: `${pointer}/${key}`, message: 'is required when no placeId is given' });
    }
    return undefined;
  }
  return {
    placeId: null,
    label: endpoint.label!.trim(),
    lat: endpoint.lat!,
    lon: endpoint.lon!,
    outsideTerritory: false,
    isPlace: false,
  };
}

const fromPlace = (place: Place): ResolvedEndpoint => ({
  placeId: place.id,
  label: place.name,
  lat: place.lat,
  lon: place.lon,
  outsideTerritory: place.outsideTerritory,
  isPlace: true,
});

const home = (resident: Resident): ResolvedEndpoint => ({
  placeId: null,
  label: resident.addressLine,
  lat: resident.lat,
  lon: resident.lon,
  outsideTerritory: false,
  isPlace: true,
});

/** The French sentence for a resident booking themselves: the first problem that has one. */
const residentMessageOf = (problems: Problems) =>
  problems.find((p): p is IntakeProblem => 'residentMessage' in p)?.residentMessage ??
  "Votre demande n'a pas pu être enregistrée. Appelez le CIAS, nous vous aiderons.";

type Input = Static<typeof CreateRideRequestInput>;

interface CheckedRequest {
  resident: Resident;
  origin: ResolvedEndpoint;
  destination: ResolvedEndpoint;
  requestedTime: Date;
  returnTime: Date | null;
  returnWaitMinutes: number | null;
}

/** Every rule at once, each problem at its field; throws with the resident's French sentence. */
async function checkRideRequest(
  tx: TxContext,
  input: Input,
  territory: TerritoryInfo,
): Promise<CheckedRequest> {
  const rides = territory.settings.rides;
  const requestedTime = new Date(input.requestedTime);
  const returnTime = input.returnTime ? new Date(input.returnTime) : null;
  const returnWaitMinutes = input.returnWaitMinutes ?? null;
  const problems: Problems = [];
  if (returnTime && returnWaitMinutes !== null) {
    problems.push({
      field: '/returnWaitMinutes',
      message: 'give either returnTime or returnWaitMinutes, not both',
    });
  }
  problems.push(
    ...timingProblems(
      { requestedTime, returnTime, returnWaitMinutes },
      tx.clock.now(),
      rides,
      territory.timezone,
    ),
  );
  const [resident] = await tx.db
    .select()
    .from(schema.residents)
    .where(and(eq(schema.residents.id, input.residentId), eq(schema.residents.territoryId, territory.id)));
  if (!resident) problems.push({ field: '/residentId', message: 'unknown resident for this territory' });
  else if (resident.status !== 'active') {
    problems.push({
      field: '/residentId',
      message: `resident is ${resident.status}`,
      residentMessage: "Votre inscription n'est pas active en ce moment : appelez le CIAS.",
    });
  }
  const origin = input.origin
    ? await resolveEndpoint(tx.db, territory.id, input.origin, '/origin', problems)
    : resident && home(resident);
  const destination = await resolveEndpoint(tx.db, territory.id, input.destination, '/destination', problems);
  problems.push(
    ...(await territoryProblems(tx, territory, { '/origin': origin, '/destination': destination })),
  );
  if (problems.length > 0 || !resident || !origin || !destination) {
    throw invalid(
      problems.map(({ field, message }) => ({ field, message })),
      residentMessageOf(problems),
    );
  }
  return { resident, origin, destination, requestedTime, returnTime, returnWaitMinutes };
}

/** Where the service goes: places (inside, or declared outside), or coordinates near a town hall. */
async function territoryProblems(
  tx: TxContext,
  territory: TerritoryInfo,
  endpoints: Record<string, ResolvedEndpoint | undefined>,
): Promise<IntakeProblem[]> {
  // Known places need no distance check: read the town halls only for free coordinates.
  const freePoints = Object.values(endpoints).some((endpoint) => endpoint && !endpoint.isPlace);
  const townHalls = freePoints
    ? await tx.db
        .select({ lat: schema.communes.lat, lon: schema.communes.lon })
        .from(schema.communes)
        .where(eq(schema.communes.territoryId, territory.id))
    : [];
  return Object.entries(endpoints).flatMap(([pointer, endpoint]) => {
    if (!endpoint) return [];
    const problem = endpointProblem(
      endpoint.isPlace
        ? { kind: 'place', outsideTerritory: endpoint.outsideTerritory }
        : { kind: 'point', ...endpoint },
      pointer,
      townHalls,
      territory.settings.rides,
    );
    return problem ? [problem] : [];
  });
}

async function insertRideRequest(tx: TxContext, input: Input, checked: CheckedRequest) {
  const now = tx.clock.now();
  const { resident, origin, destination } = checked;
  const [request] = await tx.db
    .insert(schema.rideRequests)
    .values({
      territoryId: tx.actor.territoryId,
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
      requestedTime: checked.requestedTime,
      toleranceMinutes: input.toleranceMinutes!,
      returnTime: checked.returnTime,
      returnWaitMinutes: checked.returnWaitMinutes,
      passengers: input.passengers!,
      needs: input.needs ?? resident.mobilityNeeds,
      purpose: input.purpose,
      channel: bookingChannelOf(tx),
      createdByStaffId: tx.actor.kind === 'staff' ? tx.actor.staffUserId : null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!request) throw new Error('ride request insert returned no row');
  return request;
}

/**
 * Records a resident's ride request, from staff (the phone desk), a partner, or the resident by SMS or
 * on the voice line. Checked first: an active resident, the territory's minimum notice, service days
 * and hours, a destination the service goes to (a place of the territory, a place marked outside it, or
 * coordinates near a town hall), the way back after the way there. In the same transaction it queues
 * the matching run and the acknowledgement, so a committed request always gets both, a refused one
 * neither. A resident asking by SMS or on the phone is answered by their conversation instead of
 * the acknowledgement.
 */
export async function createRideRequest(ctx: ServiceContext, rawInput: unknown): Promise<RideRequestView> {
  assertCan(ctx.actor, 'ride_requests:write');
  const input = parseInput(CreateRideRequestInput, withDefaults(CreateRideRequestInput, rawInput));
  await assertResidentInScope(ctx, input.residentId);
  return withTransaction(ctx, async (tx) => {
    const territory = await loadTerritory(tx.db, tx.actor.territoryId);
    const checked = await checkRideRequest(tx, input, territory);
    const request = await insertRideRequest(tx, input, checked);
    await enqueueJob(
      tx.db,
      'match-ride-request',
      { rideRequestId: request.id },
      { territoryId: territory.id },
    );
    const notified = isSelfService(tx)
      ? undefined
      : await notifyResident(tx, checked.resident.id, acknowledgement(request, territory.timezone));
    await recordAudit(tx, {
      action: 'ride_request.create',
      entityType: 'ride_request',
      entityId: request.id,
      details: {
        residentId: checked.resident.id,
        acknowledgement: notified ? (notified.queued ? notified.channel : 'none') : 'conversation',
      },
    });
    return toRideRequestView(request);
  });
}
