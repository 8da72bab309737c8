import { type DbOrTx, type Resident, reusableQuery, type ShuttleRound, schema } from '@solimob/db';
import { and, asc, eq, sql } from 'drizzle-orm';
import { assertCan } from '../../authz';
import { bookingChannelOf, isSelfService, type ServiceContext } from '../../context';
import { type FieldProblem, invalid, notFound, ServiceError } from '../../errors';
import { parseInput } from '../../input';
import { type ResidentContact, residentContactOf } from '../../messages/notify';
import { assertResidentInScope } from '../../residents/scope';
import { type TerritoryInfo, toTerritoryInfo } from '../../territories/load';
import { type PickupLine, type PickupResident, type ResolvedPickup, resolvePickup } from './pickup';
import { bookingsClosed, placeBooking } from './place';
import { BookSeatInput } from './schemas';
import { type SeatBookingView, toSeatBookingView } from './view';

/**
 * THE way a seat is booked, whoever asks: staff and partners through the API, a resident by SMS or on
 * the voice line (actor `resident`, `ctx.channel` sms/voice), the web app, the what-if simulator.
 * Confirmed while the round has room, otherwise waitlisted in arrival order (see claimSeat). A
 * resident acting for themselves is answered by their own conversation, so no message is queued
 * for them; everyone else gets the confirmation or their waitlist rank by SMS or call.
 */
export async function bookSeat(ctx: ServiceContext, rawInput: unknown): Promise<SeatBookingView> {
  assertCan(ctx.actor, 'shuttles:book');
  const input = parseInput(BookSeatInput, rawInput);
  await assertResidentInScope(ctx, input.residentId);
  if ((input.late || input.atDoor) && ctx.actor.kind === 'resident') {
    throw new ServiceError('forbidden', 'Only staff may book after the cut-off or ask for a door pick-up');
  }
  // One read, no transaction: the claim checks the round's status and room again under its lock, and
  // the resident's booking is unique per round.
  const { territory, round, line, found } = await loadBookingScope(ctx.db, {
    territoryId: ctx.actor.territoryId,
    roundId: input.shuttleRoundId,
    residentId: input.residentId,
  });
  const statuses = acceptedStatuses(round, input.late === true, ctx.clock.now());
  const problems: FieldProblem[] = [];
  const resident = bookableResident(found, problems);
  const pickup = resident
    ? await resolvePickup(
        ctx.db,
        line,
        resident,
        { stopId: input.pickupStopId ?? null, atDoor: input.atDoor === true },
        territory.settings.shuttles,
        problems,
        { communeStop: found?.communeStop ?? null },
      )
    : undefined;
  if (problems.length > 0 || !found || !resident || !pickup) {
    throw invalid(problems, 'Nous ne pouvons pas vous inscrire dans cette navette. Appelez le CIAS.');
  }
  const placed = await placeBooking(ctx, {
    territory,
    round,
    residentId: resident.id,
    pickup,
    passengers: input.passengers ?? 1,
    wheelchair: input.wheelchair ?? resident.mobilityNeeds.includes('wheelchair'),
    channel: bookingChannelOf(ctx),
    statuses,
    notify: isSelfService(ctx) ? 'never' : 'always',
    contact: found.contact,
  });
  return toSeatBookingView(placed.booking, placed.waitlistPosition);
}

/**
 * Before the cut-off a round takes bookings while open. After it only staff may add someone, with
 * `late`, while the round is still to run (open, closed or planned); it is then re-planned.
 */
function acceptedStatuses(round: ShuttleRound, late: boolean, now: Date): ShuttleRound['status'][] {
  const beforeCutoff = now.getTime() < round.cutoffAt.getTime();
  if (beforeCutoff && round.status === 'open') return ['open'];
  if (late && ['open', 'closed', 'planned'].includes(round.status)) return ['open', 'closed', 'planned'];
  throw bookingsClosed();
}

/** What a booking reads of the resident: no name, address or note (see bookingScopeQuery). */
type BookingResident = PickupResident & Pick<Resident, 'id' | 'status'>;

interface ResidentForRound {
  resident: BookingResident;
  /** Whether the round's line serves the resident's commune. */
  served: boolean;
  /** The line's first stop in the resident's commune, if any. */
  communeStop: ResolvedPickup | null;
  contact: ResidentContact;
}

const r = schema.shuttleRounds;
const l = schema.shuttleLines;
const res = schema.residents;
const served = schema.shuttleLineCommunes;
const phones = schema.residentPhones;

/**
 * Everything a booking reads before its claim, in ONE query built once (a booking is on the hot path),
 * a row per phone of the resident: the round, its line's mode and its territory; of the resident (null
 * outside the territory) only what the booking decides on: status, commune, home position and needs
 * (see resolvePickup), whether the line serves their commune, the line's first stop there (where they
 * board by default on a stops line), their channel and phones (for the message). Names, addresses and
 * notes are not read: the booking does not need them, and the message names nobody.
 */
const bookingScopeQuery = reusableQuery('booking_scope', (db) => {
  const communeStop = db
    .select({ id: schema.shuttleStops.id, lat: schema.shuttleStops.lat, lon: schema.shuttleStops.lon })
    .from(schema.shuttleStops)
    .where(and(eq(schema.shuttleStops.shuttleLineId, l.id), eq(schema.shuttleStops.communeId, res.communeId)))
    .orderBy(asc(schema.shuttleStops.sequence))
    .limit(1)
    .as('commune_stop');
  return db
    .select({
      round: r,
      line: { id: l.id, mode: l.mode },
      territory: schema.territories,
      resident: {
        id: res.id,
        status: res.status,
        communeId: res.communeId,
        lat: res.lat,
        lon: res.lon,
        mobilityNeeds: res.mobilityNeeds,
        preferredChannel: res.preferredChannel,
      },
      servedCommune: served.communeId,
      communeStop: { stopId: communeStop.id, lat: communeStop.lat, lon: communeStop.lon },
      e164: phones.e164,
      kind: phones.kind,
      isPrimary: phones.isPrimary,
    })
    .from(r)
    .innerJoin(l, eq(l.id, r.shuttleLineId))
    .innerJoin(schema.territories, eq(schema.territories.id, r.territoryId))
    .leftJoin(res, and(eq(res.id, sql.placeholder('residentId')), eq(res.territoryId, r.territoryId)))
    .leftJoin(served, and(eq(served.shuttleLineId, l.id), eq(served.communeId, res.communeId)))
    .leftJoinLateral(communeStop, sql`true`)
    .leftJoin(phones, eq(phones.residentId, res.id))
    .where(and(eq(r.id, sql.placeholder('roundId')), eq(r.territoryId, sql.placeholder('territoryId'))))
    .orderBy(asc(phones.createdAt));
});

async function loadBookingScope(
  db: DbOrTx,
  ids: { territoryId: string; roundId: string; residentId: string },
): Promise<{
  territory: TerritoryInfo;
  round: ShuttleRound;
  line: PickupLine;
  found: ResidentForRound | undefined;
}> {
  const rows = await bookingScopeQuery(db, ids);
  const [first] = rows;
  if (!first) throw notFound('Shuttle round', ids.roundId);
  const scope = { territory: toTerritoryInfo(first.territory), round: first.round, line: first.line };
  if (!first.resident) return { ...scope, found: undefined };
  return {
    ...scope,
    found: {
      resident: first.resident,
      served: first.servedCommune !== null,
      communeStop: first.communeStop,
      contact: residentContactOf(first.resident.preferredChannel, rows),
    },
  };
}

function bookableResident(
  found: ResidentForRound | undefined,
  problems: FieldProblem[],
): BookingResident | undefined {
  if (!found) {
    problems.push({ field: '/residentId', message: 'unknown resident for this territory' });
    return undefined;
  }
  const { resident } = found;
  if (resident.status !== 'active') {
    problems.push({ field: '/residentId', message: `resident is ${resident.status}` });
    return undefined;
  }
  if (!found.served) {
    problems.push({ field: '/residentId', message: "the line does not serve the resident's commune" });
    return undefined;
  }
  return resident;
}
