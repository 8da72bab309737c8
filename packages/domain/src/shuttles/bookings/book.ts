import { type Resident, type ShuttleRound, schema, type Tx } from '@solimob/db';
import { and, asc, eq, sql } from 'drizzle-orm';
import { assertCan } from '../../authz';
import { bookingChannelOf, isSelfService, type ServiceContext, withTransaction } from '../../context';
import { type FieldProblem, invalid, notFound, ServiceError } from '../../errors';
import { parseInput } from '../../input';
import { type ResidentContact, residentContactOf } from '../../messages/notify';
import { assertResidentInScope } from '../../residents/scope';
import { toTerritoryInfo } from '../../territories/load';
import { type ResolvedPickup, resolvePickup } from './pickup';
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
  return withTransaction(ctx, async (tx) => {
    // The two reads go together (postgres.js pipelines concurrent queries of a transaction).
    const [{ territory, round, line }, found] = await Promise.all([
      loadRoundScope(tx.db, tx.actor.territoryId, input.shuttleRoundId),
      loadResidentForRound(tx.db, tx.actor.territoryId, input.shuttleRoundId, input.residentId),
    ]);
    const statuses = acceptedStatuses(round, input.late === true, tx.clock.now());
    const problems: FieldProblem[] = [];
    const resident = bookableResident(found, problems);
    const pickup = resident
      ? await resolvePickup(
          tx.db,
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
    const channel = bookingChannelOf(tx);
    const selfService = isSelfService(tx);
    const placed = await placeBooking(tx, {
      territory,
      round,
      residentId: resident.id,
      pickup,
      passengers: input.passengers ?? 1,
      wheelchair: input.wheelchair ?? resident.mobilityNeeds.includes('wheelchair'),
      channel,
      statuses,
      notify: selfService ? 'never' : 'always',
      contact: found.contact,
    });
    return toSeatBookingView(placed.booking, placed.waitlistPosition);
  });
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

/** The round with its line and territory, in one round trip (a booking is on the hot path). */
async function loadRoundScope(db: Tx, territoryId: string, roundId: string) {
  const [row] = await db
    .select({ round: schema.shuttleRounds, line: schema.shuttleLines, territory: schema.territories })
    .from(schema.shuttleRounds)
    .innerJoin(schema.shuttleLines, eq(schema.shuttleLines.id, schema.shuttleRounds.shuttleLineId))
    .innerJoin(schema.territories, eq(schema.territories.id, schema.shuttleRounds.territoryId))
    .where(and(eq(schema.shuttleRounds.id, roundId), eq(schema.shuttleRounds.territoryId, territoryId)));
  if (!row) throw notFound('Shuttle round', roundId);
  return { round: row.round, line: row.line, territory: toTerritoryInfo(row.territory) };
}

interface ResidentForRound {
  resident: Resident;
  /** Whether the round's line serves the resident's commune. */
  served: boolean;
  /** The line's first stop in the resident's commune, if any. */
  communeStop: ResolvedPickup | null;
  contact: ResidentContact;
}

/**
 * The resident, whether the round's line serves their commune, and their channel and phones (for the
 * message) and the line's first stop in their commune, in one round trip: a row per phone. Needs only the round's id, so it runs beside
 * loadRoundScope.
 */
async function loadResidentForRound(
  db: Tx,
  territoryId: string,
  roundId: string,
  residentId: string,
): Promise<ResidentForRound | undefined> {
  const roundLine = db
    .select({ id: schema.shuttleRounds.shuttleLineId })
    .from(schema.shuttleRounds)
    .where(eq(schema.shuttleRounds.id, roundId));
  // Where they board by default on a stops line (see resolvePickup), read now rather than after.
  const communeStop = db
    .select({ id: schema.shuttleStops.id, lat: schema.shuttleStops.lat, lon: schema.shuttleStops.lon })
    .from(schema.shuttleStops)
    .where(
      and(
        eq(schema.shuttleStops.shuttleLineId, sql`(${roundLine})`),
        eq(schema.shuttleStops.communeId, schema.residents.communeId),
      ),
    )
    .orderBy(asc(schema.shuttleStops.sequence))
    .limit(1)
    .as('commune_stop');
  const rows = await db
    .select({
      resident: schema.residents,
      servedCommune: schema.shuttleLineCommunes.communeId,
      communeStop: { stopId: communeStop.id, lat: communeStop.lat, lon: communeStop.lon },
      e164: schema.residentPhones.e164,
      kind: schema.residentPhones.kind,
      isPrimary: schema.residentPhones.isPrimary,
    })
    .from(schema.residents)
    .leftJoin(
      schema.shuttleLineCommunes,
      and(
        eq(schema.shuttleLineCommunes.shuttleLineId, sql`(${roundLine})`),
        eq(schema.shuttleLineCommunes.communeId, schema.residents.communeId),
      ),
    )
    .leftJoinLateral(communeStop, sql`true`)
    .leftJoin(schema.residentPhones, eq(schema.residentPhones.residentId, schema.residents.id))
    .where(and(eq(schema.residents.id, residentId), eq(schema.residents.territoryId, territoryId)))
    .orderBy(asc(schema.residentPhones.createdAt));
  const [first] = rows;
  if (!first) return undefined;
  return {
    resident: first.resident,
    served: first.servedCommune !== null,
    communeStop: first.communeStop,
    contact: residentContactOf(first.resident.preferredChannel, rows),
  };
}

function bookableResident(
  found: ResidentForRound | undefined,
  problems: FieldProblem[],
): Resident | undefined {
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
