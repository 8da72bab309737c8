import { isUniqueViolation, schema, type Tx } from '@solimob/db';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit';
import { assertCan } from '../../authz';
import { type ServiceContext, withTransaction } from '../../context';
import { type FieldProblem, invalid, ServiceError } from '../../errors';
import { parseInput } from '../../input';
import { assertCommunesInTerritory } from '../../places/communes';
import { generateRounds } from '../rounds/generate';
import { CreateShuttleLineInput } from './schemas';
import { loadShuttleLineView, type ShuttleLineView } from './view';

/** Creates a line with its communes, stops and vehicles, and generates its rounds for the coming weeks. */
export async function createShuttleLine(ctx: ServiceContext, rawInput: unknown): Promise<ShuttleLineView> {
  assertCan(ctx.actor, 'shuttles:write');
  const input = parseInput(CreateShuttleLineInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const territoryId = tx.actor.territoryId;
    await checkLineReferences(tx.db, territoryId, input);
    const now = tx.clock.now();
    let line: typeof schema.shuttleLines.$inferSelect | undefined;
    try {
      [line] = await tx.db
        .insert(schema.shuttleLines)
        .values({
          territoryId,
          name: input.name.trim(),
          marketPlaceId: input.marketPlaceId,
          weekday: input.weekday,
          arrivalTime: input.arrivalTime,
          departureTime: input.departureTime,
          marketWindowMinutes: input.marketWindowMinutes ?? 30,
          mode: input.mode,
          bookingCutoffHours: input.bookingCutoffHours ?? 24,
          maxRideMinutes: input.maxRideMinutes ?? 45,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
    } catch (error) {
      if (isUniqueViolation(error, 'shuttle_lines_territory_name_uq')) {
        throw new ServiceError('conflict', 'A line of that name already exists', {
          fields: [{ field: '/name', message: 'already used by another line' }],
        });
      }
      throw error;
    }
    await replaceCommunes(tx.db, line!.id, input.communeIds);
    await replaceVehicles(tx.db, line!.id, input.vehicles, now);
    const stops = input.stops ?? [];
    if (stops.length > 0) {
      await tx.db.insert(schema.shuttleStops).values(
        stops.map((s, i) => ({
          shuttleLineId: line!.id,
          communeId: s.communeId,
          name: s.name.trim(),
          lat: s.location.lat,
          lon: s.location.lon,
          sequence: i + 1,
        })),
      );
    }
    await recordAudit(tx, { action: 'shuttle_line.create', entityType: 'shuttle_line', entityId: line!.id });
    await generateRounds(tx, { shuttleLineId: line!.id });
    return loadShuttleLineView(tx.db, line!);
  });
}

/** The market place, the communes and the stops' communes must all be the territory's (and the line's). */
export async function checkLineReferences(
  db: Tx,
  territoryId: string,
  input: {
    marketPlaceId?: string;
    arrivalTime?: string;
    departureTime?: string;
    mode?: string;
    communeIds?: string[];
    stops?: { communeId: string }[];
  },
): Promise<void> {
  const problems: FieldProblem[] = [];
  if (input.marketPlaceId) {
    const [place] = await db
      .select()
      .from(schema.places)
      .where(and(eq(schema.places.id, input.marketPlaceId), eq(schema.places.territoryId, territoryId)));
    if (!place) problems.push({ field: '/marketPlaceId', message: 'unknown place for this territory' });
  }
  if (input.arrivalTime && input.departureTime && input.arrivalTime >= input.departureTime) {
    problems.push({ field: '/departureTime', message: 'must be after the arrival time' });
  }
  if (input.mode === 'stops' && (input.stops ?? []).length === 0) {
    problems.push({ field: '/stops', message: 'a line in stops mode needs at least one stop' });
  }
  const served = new Set(input.communeIds ?? []);
  (input.stops ?? []).forEach((stop, i) => {
    if (!served.has(stop.communeId)) {
      problems.push({ field: `/stops/${i}/communeId`, message: 'is not a commune served by the line' });
    }
  });
  if (problems.length > 0) throw invalid(problems);
  await assertCommunesInTerritory(
    db,
    territoryId,
    (input.communeIds ?? []).map((id, i) => ({ id, pointer: `/communeIds/${i}` })),
  );
}

export async function replaceCommunes(db: Tx, lineId: string, communeIds: string[]): Promise<void> {
  await db.delete(schema.shuttleLineCommunes).where(eq(schema.shuttleLineCommunes.shuttleLineId, lineId));
  await db
    .insert(schema.shuttleLineCommunes)
    .values(communeIds.map((communeId) => ({ shuttleLineId: lineId, communeId })));
}

export async function replaceVehicles(
  db: Tx,
  lineId: string,
  vehicles: { name: string; seats: number; wheelchairPlaces?: number }[],
  now: Date,
): Promise<void> {
  const names = vehicles.map((v) => v.name.trim());
  if (new Set(names).size !== names.length) {
    throw invalid([{ field: '/vehicles', message: 'vehicle names must differ' }]);
  }
  await db.delete(schema.shuttleLineVehicles).where(eq(schema.shuttleLineVehicles.shuttleLineId, lineId));
  await db.insert(schema.shuttleLineVehicles).values(
    vehicles.map((v, i) => ({
      shuttleLineId: lineId,
      name: names[i]!,
      seats: v.seats,
      wheelchairPlaces: v.wheelchairPlaces ?? 0,
      createdAt: now,
    })),
  );
}
