import { randomUUID } from 'node:crypto';
import {
  type DbOrTx,
  executePrepared,
  type Place,
  type Resident,
  reusableQuery,
  rowOf,
  schema,
} from '@solimob/db';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import { auditFromRow } from '../audit';
import { assertCan } from '../authz';
import { bookingChannelOf, isSelfService, type ServiceContext } from '../context';
import { type FieldProblem, invalid } from '../errors';
import { parseInput, withDefaults } from '../input';
import { loadResidentWithContact, notifyResidentFromRow, type ResidentContact } from '../messages/notify';
import { enqueueJobStatement } from '../outbox';
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
  db: DbOrTx,
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
    const [place] = await placeById(db, { placeId: endpoint.placeId, territoryId });
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

const placeById = reusableQuery('place_by_id', (db) =>
  db
    .select()
    .from(schema.places)
    .where(
      and(
        eq(schema.places.id, sql.placeholder('placeId')),
        eq(schema.places.territoryId, sql.placeholder('territoryId')),
      ),
    ),
);

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
  territory: TerritoryInfo;
  resident: Resident;
  contact: ResidentContact;
  origin: ResolvedEndpoint;
  destination: ResolvedEndpoint;
  requestedTime: Date;
  returnTime: Date | null;
  returnWaitMinutes: number | null;
}

/** Every rule at once, each problem at its field; throws with the resident's French sentence. */
async function checkRideRequest(tx: ServiceContext, input: Input): Promise<CheckedRequest> {
  const territoryId = tx.actor.territoryId;
  // Every read at once, outside any transaction (nothing is written yet): the territory's rules, the
  // resident with their phones (for the acknowledgement), the places named, and the town halls when
  // free coordinates were given. Endpoint problems are kept apart to be listed in field order.
  const freePoints = [input.origin, input.destination].some((endpoint) => endpoint && !endpoint.placeId);
  const originProblems: Problems = [];
  const destinationProblems: Problems = [];
  const [territory, found, origin, destination, townHalls] = await Promise.all([
    loadTerritory(tx.db, territoryId),
    loadResidentWithContact(tx, input.residentId),
    input.origin ? resolveEndpoint(tx.db, territoryId, input.origin, '/origin', originProblems) : undefined,
    resolveEndpoint(tx.db, territoryId, input.destination, '/destination', destinationProblems),
    freePoints ? loadTownHalls(tx, territoryId) : [],
  ]);
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
      territory.settings.rides,
      territory.timezone,
    ),
  );
  const resident = found?.resident;
  if (!resident) problems.push({ field: '/residentId', message: 'unknown resident for this territory' });
  else if (resident.status !== 'active') {
    problems.push({
      field: '/residentId',
      message: `resident is ${resident.status}`,
      residentMessage: "Votre inscription n'est pas active en ce moment : appelez le CIAS.",
    });
  }
  problems.push(...originProblems, ...destinationProblems);
  const from = input.origin ? origin : resident && home(resident);
  problems.push(...territoryProblems(territory, townHalls, { '/origin': from, '/destination': destination }));
  if (problems.length > 0 || !found || !resident || !from || !destination) {
    throw invalid(
      problems.map(({ field, message }) => ({ field, message })),
      residentMessageOf(problems),
    );
  }
  return {
    territory,
    resident,
    contact: found.contact,
    origin: from,
    destination,
    requestedTime,
    returnTime,
    returnWaitMinutes,
  };
}

const loadTownHalls = (tx: ServiceContext, territoryId: string) =>
  tx.db
    .select({ lat: schema.communes.lat, lon: schema.communes.lon })
    .from(schema.communes)
    .where(eq(schema.communes.territoryId, territoryId));

/**
 * Where the service goes: places (inside, or declared outside), or coordinates near a town hall (read
 * only when free coordinates were given: known places need no distance check).
 */
function territoryProblems(
  territory: TerritoryInfo,
  townHalls: { lat: number; lon: number }[],
  endpoints: Record<string, ResolvedEndpoint | undefined>,
): IntakeProblem[] {
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

/** The request's insert, as the first CTE (`request`) of the statement that writes everything. */
function insertRideRequest(ctx: ServiceContext, id: string, input: Input, checked: CheckedRequest) {
  const now = ctx.clock.now();
  const { resident, origin, destination } = checked;
  return ctx.db
    .insert(schema.rideRequests)
    .values({
      id,
      territoryId: ctx.actor.territoryId,
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
      channel: bookingChannelOf(ctx),
      createdByStaffId: ctx.actor.kind === 'staff' ? ctx.actor.staffUserId : null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
}

/**
 * Records a resident's ride request, from staff (the phone desk), a partner, or the resident by SMS or
 * on the voice line. Checked first: an active resident, the territory's minimum notice, service days
 * and hours, a destination the service goes to (a place of the territory, a place marked outside it, or
 * coordinates near a town hall), the way back after the way there. In the same statement it queues
 * the matching run and the acknowledgement, so a committed request always gets both, a refused one
 * neither. A resident asking by SMS or on the phone is answered by their conversation instead of
 * the acknowledgement.
 */
export async function createRideRequest(ctx: ServiceContext, rawInput: unknown): Promise<RideRequestView> {
  assertCan(ctx.actor, 'ride_requests:write');
  const input = parseInput(CreateRideRequestInput, withDefaults(CreateRideRequestInput, rawInput));
  await assertResidentInScope(ctx, input.residentId);
  const checked = await checkRideRequest(ctx, input);
  // Everything the request writes is ONE statement (atomic on its own, no transaction to open): the
  // request, the matching job, the audit entry and the acknowledgement with its send job. The id is
  // chosen here so that the jobs and the message can name the request.
  const id = randomUUID();
  const [row] = await executePrepared(
    ctx.db,
    sql`
    with request as (${insertRideRequest(ctx, id, input, checked).getSQL()}),
         ${sql.join(creationWrites(ctx, id, checked), sql`, `)}
    select * from request`,
  );
  if (!row) throw new Error('ride request insert returned no row');
  return toRideRequestView(rowOf(schema.rideRequests, row));
}

/** The matching job, the audit entry and the acknowledgement (unless the conversation answers). */
function creationWrites(ctx: ServiceContext, id: string, checked: CheckedRequest): SQL[] {
  const { territory } = checked;
  const selfService = isSelfService(ctx);
  const { contact } = checked.contact;
  const writes = [
    sql`matching as (${enqueueJobStatement('request', 'match-ride-request', { rideRequestId: id }, { territoryId: territory.id })})`,
    sql`audited as (${auditFromRow(
      ctx,
      {
        action: 'ride_request.create',
        entityType: 'ride_request',
        entityId: sql`request.id`,
        details: sql`${JSON.stringify({
          residentId: checked.resident.id,
          acknowledgement: selfService ? 'conversation' : (contact?.channel ?? 'none'),
        })}::jsonb`,
      },
      'request',
    )})`,
  ];
  if (!selfService) {
    const summary = {
      id,
      destinationLabel: checked.destination.label,
      destinationPlaceId: checked.destination.placeId,
      requestedTime: checked.requestedTime,
    };
    const notification = acknowledgement(summary, territory.timezone);
    const queued = notifyResidentFromRow(
      ctx,
      checked.resident.id,
      notification,
      checked.contact,
      'request',
      sql`true`,
    );
    if (queued) writes.push(queued.ctes);
  }
  return writes;
}
