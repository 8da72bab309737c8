import { type Db, type ShuttleLine, schema, type Tx } from '@solimob/db';
import { and, asc, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit';
import { assertCan } from '../../authz';
import { type Clock, type ServiceContext, withTransaction } from '../../context';
import { loadTerritory, type TerritoryInfo } from '../../territories/load';
import { addDays, isoWeekday, localDate } from '../../time';
import { cutoffFor } from '../common';
import { bookSubscriptionsOnRound } from '../subscriptions/book-on-round';
import { serviceDateFor } from './holidays';

export interface GenerateRoundsOptions {
  /** Last date (YYYY-MM-DD) to generate; default today + the territory's `shuttles.weeksAhead` weeks. */
  until?: string;
  /** Only this line (default: every active line of the territory). */
  shuttleLineId?: string;
}

export interface GenerateRoundsResult {
  created: number;
  /** Rounds not created, or created cancelled, because their date is a public holiday. */
  holidays: number;
  subscriptionBookings: number;
}

/**
 * Creates the rounds of the coming weeks for the territory's lines: idempotent (a line has at most one
 * round per nominal date, so running it again creates nothing), run by a scheduled job and when a line
 * is created. Each new round gets a copy of the line's vehicles and the seats of its regulars.
 */
export async function generateRounds(
  ctx: ServiceContext,
  options: GenerateRoundsOptions = {},
): Promise<GenerateRoundsResult> {
  assertCan(ctx.actor, 'shuttles:write');
  return withTransaction(ctx, async (tx) => {
    const territory = await loadTerritory(tx.db, tx.actor.territoryId);
    const today = localDate(tx.clock.now(), territory.timezone);
    const until = options.until ?? addDays(today, 7 * territory.settings.shuttles.weeksAhead);
    const lines = await tx.db
      .select()
      .from(schema.shuttleLines)
      .where(
        and(
          eq(schema.shuttleLines.territoryId, territory.id),
          eq(schema.shuttleLines.active, true),
          options.shuttleLineId ? eq(schema.shuttleLines.id, options.shuttleLineId) : undefined,
        ),
      )
      .orderBy(asc(schema.shuttleLines.name));
    const result: GenerateRoundsResult = { created: 0, holidays: 0, subscriptionBookings: 0 };
    for (const line of lines) {
      for (const nominal of nominalDates(line, today, until)) {
        const outcome = await createRound(tx, territory, line, nominal);
        if (outcome === 'exists') continue;
        if (outcome.holiday) result.holidays++;
        if (outcome.round) {
          result.created++;
          result.subscriptionBookings += await bookSubscriptionsOnRound(tx, outcome.round);
        }
      }
    }
    if (result.created > 0 || result.holidays > 0) {
      await recordAudit(tx, {
        action: 'shuttle_rounds.generate',
        entityType: 'territory',
        entityId: territory.id,
        details: { ...result, until },
      });
    }
    return result;
  });
}

function nominalDates(line: ShuttleLine, from: string, until: string): string[] {
  const dates: string[] = [];
  let date = from;
  while (isoWeekday(date) !== line.weekday) date = addDays(date, 1);
  for (; date <= until; date = addDays(date, 7)) dates.push(date);
  return dates;
}

type CreateOutcome = 'exists' | { round: typeof schema.shuttleRounds.$inferSelect | null; holiday: boolean };

/**
 * One round for one nominal date. A holiday with the `skip` policy still gets a row, cancelled with
 * the reason `public_holiday`, so staff see why there is no round and a later run does not retry it.
 * A round whose cut-off has already passed is not created (nobody could book it).
 */
async function createRound(
  tx: ServiceContext & { db: Tx },
  territory: TerritoryInfo,
  line: ShuttleLine,
  nominal: string,
): Promise<CreateOutcome> {
  const { holidayPolicy, holidayCountry } = territory.settings.shuttles;
  const moved = serviceDateFor(nominal, holidayPolicy, holidayCountry);
  const serviceDate = moved ?? nominal;
  const cutoffAt = cutoffFor(serviceDate, line.arrivalTime, line, territory.timezone);
  const now = tx.clock.now();
  if (cutoffAt.getTime() <= now.getTime()) return 'exists';
  const [round] = await tx.db
    .insert(schema.shuttleRounds)
    .values({
      territoryId: territory.id,
      shuttleLineId: line.id,
      nominalDate: nominal,
      serviceDate,
      arrivalTime: line.arrivalTime,
      departureTime: line.departureTime,
      cutoffAt,
      status: moved ? 'open' : 'cancelled',
      statusReason: moved === null ? 'public_holiday' : moved !== nominal ? 'moved_for_public_holiday' : null,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing()
    .returning();
  if (!round) return 'exists';
  if (moved === null) return { round: null, holiday: true };
  const vehicles = await tx.db
    .select()
    .from(schema.shuttleLineVehicles)
    .where(eq(schema.shuttleLineVehicles.shuttleLineId, line.id));
  if (vehicles.length > 0) {
    await tx.db.insert(schema.shuttleRoundVehicles).values(
      vehicles.map((v) => ({
        shuttleRoundId: round.id,
        name: v.name,
        seats: v.seats,
        wheelchairPlaces: v.wheelchairPlaces,
        createdAt: now,
      })),
    );
  }
  // The trigger has just set the capacity: read the round back as bookings will see it.
  const [withCapacity] = await tx.db
    .select()
    .from(schema.shuttleRounds)
    .where(eq(schema.shuttleRounds.id, round.id));
  return { round: withCapacity ?? round, holiday: moved !== nominal };
}

/** Scheduled: generates the coming rounds of every territory that has an active line, each in its own transaction. */
export async function generateAllRounds(deps: { db: Db; clock: Clock }): Promise<GenerateRoundsResult> {
  const territories = await deps.db
    .selectDistinct({ id: schema.shuttleLines.territoryId })
    .from(schema.shuttleLines)
    .where(eq(schema.shuttleLines.active, true));
  const total: GenerateRoundsResult = { created: 0, holidays: 0, subscriptionBookings: 0 };
  for (const { id } of territories) {
    const result = await generateRounds({
      db: deps.db,
      clock: deps.clock,
      actor: { kind: 'system', territoryId: id },
    });
    total.created += result.created;
    total.holidays += result.holidays;
    total.subscriptionBookings += result.subscriptionBookings;
  }
  return total;
}
