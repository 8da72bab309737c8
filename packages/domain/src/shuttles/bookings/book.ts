import { type Resident, type ShuttleLine, type ShuttleRound, schema, type Tx } from '@solimob/db';
import { and, eq } from 'drizzle-orm';
import { assertCan } from '../../authz';
import { bookingChannelOf, isSelfService, type ServiceContext, withTransaction } from '../../context';
import { type FieldProblem, invalid, notFound, ServiceError } from '../../errors';
import { parseInput } from '../../input';
import { assertResidentInScope } from '../../residents/scope';
import { toTerritoryInfo } from '../../territories/load';
import { resolvePickup } from './pickup';
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
    const { territory, round, line } = await loadRoundScope(
      tx.db,
      tx.actor.territoryId,
      input.shuttleRoundId,
    );
    const statuses = acceptedStatuses(round, input.late === true, tx.clock.now());
    const problems: FieldProblem[] = [];
    const resident = await bookableResident(tx.db, territory.id, line, input.residentId, problems);
    const pickup = resident
      ? await resolvePickup(
          tx.db,
          line,
          resident,
          { stopId: input.pickupStopId ?? null, atDoor: input.atDoor === true },
          territory.settings.shuttles,
          problems,
        )
      : undefined;
    if (problems.length > 0 || !resident || !pickup) {
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

async function bookableResident(
  db: Tx,
  territoryId: string,
  line: ShuttleLine,
  residentId: string,
  problems: FieldProblem[],
): Promise<Resident | undefined> {
  // The resident and whether the line serves their commune, in one round trip.
  const [row] = await db
    .select({ resident: schema.residents, servedCommune: schema.shuttleLineCommunes.communeId })
    .from(schema.residents)
    .leftJoin(
      schema.shuttleLineCommunes,
      and(
        eq(schema.shuttleLineCommunes.shuttleLineId, line.id),
        eq(schema.shuttleLineCommunes.communeId, schema.residents.communeId),
      ),
    )
    .where(and(eq(schema.residents.id, residentId), eq(schema.residents.territoryId, territoryId)));
  const resident = row?.resident;
  if (!resident) {
    problems.push({ field: '/residentId', message: 'unknown resident for this territory' });
    return undefined;
  }
  if (resident.status !== 'active') {
    problems.push({ field: '/residentId', message: `resident is ${resident.status}` });
    return undefined;
  }
  if (row.servedCommune === null) {
    problems.push({ field: '/residentId', message: "the line does not serve the resident's commune" });
    return undefined;
  }
  return resident;
}
