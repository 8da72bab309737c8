import { type Db, schema } from '@solimob/db';
import { createScratchDatabase, type ScratchDatabase } from '@solimob/db/scratch';
import { loadTerritorySeedFile, questembertSeedPath, seedDemo, seedTerritory } from '@solimob/db/seed';
import {
  addDays,
  localDate,
  type Scenario,
  type ShuttleChange,
  type VolunteerChange,
  zonedInstant,
} from '@solimob/domain';
import { Rng } from '@solimob/routing';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { TerritoryNotFoundError } from './copy-territory';
import { dropLeftoverDatabases, RUN_DATABASE_PREFIX } from './databases';
import type { LiveBaseline } from './live-baseline';

/*
 * The simulation's own database: a throwaway copy of the migrated schema, filled with the territory's
 * baseline, made deterministic, then changed as the scenario says. The baseline is either the live
 * territory (`live`: cloned from the pseudonymised copy live-baseline.ts took, the only read of the
 * live database) or the demo (`demo`: its seed file and the demo dataset, dated from the period's
 * start). Nothing here writes to the live database.
 */

export const SEED_FILES: Record<string, string> = { questembert: questembertSeedPath };

export class ScenarioApplyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioApplyError';
  }
}

export interface Prepared {
  database: ScratchDatabase;
  territoryId: string;
  timezone: string;
  /** The period's first instant (its start day at 07:00 local) and its end (exclusive). */
  start: Date;
  end: Date;
  startDay: string;
  coordinatorId: string;
}

/** Bounds the pool: the loop is sequential, a few connections are plenty. */
const POOL = 3;

/** Where the baseline comes from: the time zone first (it dates the period), then the rows. */
interface BaselineSource {
  timezone: string;
  /** Database to clone instead of the empty migrated one. */
  template?: string;
  /** Fills the new database and says which territory is simulated. */
  fill(db: Db, start: Date): Promise<string>;
}

async function baselineSource(scenario: Scenario, live: LiveBaseline | undefined): Promise<BaselineSource> {
  if (scenario.baseline === 'live') {
    if (!live) {
      throw new ScenarioApplyError(
        '/baseline: no live database to copy the territory from (scripts/simulate: --live, with DATABASE_URL)',
      );
    }
    const snapshot = await live.snapshot().catch((error: unknown) => {
      if (error instanceof TerritoryNotFoundError)
        throw new ScenarioApplyError(`/territory: ${error.message}`);
      throw error;
    });
    return {
      timezone: snapshot.timezone,
      template: snapshot.database,
      fill: async () => snapshot.territoryId,
    };
  }
  const seedPath = SEED_FILES[scenario.territory];
  if (!seedPath)
    throw new ScenarioApplyError(`/territory: no seed file for territory '${scenario.territory}'`);
  const seed = await loadTerritorySeedFile(seedPath);
  return {
    timezone: seed.territory.timezone,
    async fill(db, start) {
      const { territoryId } = await seedTerritory(db, seed);
      await seedDemo(db, { now: start, territorySlug: seed.territory.slug });
      return territoryId;
    },
  };
}

/** `scenario.baseline` absent is read as `demo`: each entry point sets its own default before calling. */
export async function prepareDatabase(
  scenario: Scenario,
  serverUrl: string,
  live: LiveBaseline | undefined,
  onDatabase?: (name: string) => void,
): Promise<Prepared> {
  // What a killed run left behind goes first (real time: the age of a database, not simulated time).
  await dropLeftoverDatabases(serverUrl, new Date());
  const source = await baselineSource(scenario, live);
  const timezone = source.timezone;
  const startDay = scenario.period.start ?? localDate(new Date(), timezone);
  const start = zonedInstant(startDay, '07:00', timezone);
  const end = zonedInstant(addDays(startDay, scenario.period.days), '00:00', timezone);

  const database = await createScratchDatabase({
    serverUrl,
    prefix: RUN_DATABASE_PREFIX,
    applicationName: 'solimob-simulator',
    max: POOL,
    // Thrown away at the end: no need to wait for the disk at every commit.
    settings: { synchronous_commit: 'off' },
    ...(source.template ? { template: source.template } : {}),
  });
  onDatabase?.(database.name);
  try {
    await makeDeterministic(database.db, scenario.seed);
    const territoryId = await source.fill(database.db, start);
    const coordinatorId = await simulationCoordinator(database.db, territoryId);
    const rng = new Rng(scenario.seed ^ 0x5eed);
    for (const [i, change] of scenario.volunteers.changes.entries()) {
      await applyVolunteerChange(database.db, territoryId, change, `/volunteers/changes/${i}`, rng);
    }
    for (const [i, change] of scenario.shuttles.changes.entries()) {
      await applyShuttleChange(database.db, territoryId, change, `/shuttles/changes/${i}`);
    }
    if (scenario.costs.mileageRateEurPerKm !== undefined) {
      await database.db
        .update(schema.territories)
        .set({ mileageRateEurPerKm: scenario.costs.mileageRateEurPerKm })
        .where(eq(schema.territories.id, territoryId));
    }
    return { database, territoryId, timezone, start, end, startDay, coordinatorId };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

/**
 * The staff member the phone desk's requests are recorded as: the territory's first active
 * coordinator (the demo has one), else a synthetic one (the live copy has no staff accounts).
 */
async function simulationCoordinator(db: Db, territoryId: string): Promise<string> {
  const staff = schema.staffUsers;
  const [coordinator] = await db
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.territoryId, territoryId), eq(staff.role, 'coordinator'), eq(staff.active, true)))
    .orderBy(asc(staff.email))
    .limit(1);
  if (coordinator) return coordinator.id;
  const [created] = await db
    .insert(staff)
    .values({
      territoryId,
      email: 'coordination@simulation.invalid',
      displayName: 'Coordination (simulation)',
      // Not a usable hash: nobody logs in to a simulation.
      passwordHash: '$argon2id$simulation-only',
      role: 'coordinator',
    })
    .returning({ id: staff.id });
  return created!.id;
}

/**
 * Same seed, same database: ids come from a sequence hashed with the seed instead of random uuids
 * (queries that break ties by id then order the same way every run), and jobs queued "for now" are
 * due at once on the simulated clock (the live default is the wall clock's now()).
 */
async function makeDeterministic(db: Db, seed: number): Promise<void> {
  await db.execute(
    sql.raw(
      `create function sim_uuid(t text, n bigint) returns uuid language sql immutable as $$ select md5('solimob-sim-${seed}-' || t || '-' || n)::uuid $$`,
    ),
  );
  const columns = await db.execute<{ table_name: string; column_name: string }>(sql`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and column_default like 'gen_random_uuid()%'
    order by table_name, column_name`);
  // One sequence per table: inserting into one table does not shift the ids of another.
  for (const c of columns) {
    const sequence = `sim_seq_${c.table_name}_${c.column_name}`.slice(0, 63);
    await db.execute(sql.raw(`create sequence "${sequence}"`));
    await db.execute(
      sql.raw(
        `alter table "${c.table_name}" alter column "${c.column_name}" set default sim_uuid('${c.table_name}', nextval('${sequence}'))`,
      ),
    );
  }
  await db.execute(sql.raw(`alter table outbox alter column available_at set default '-infinity'`));
}

async function communesOf(db: Db, territoryId: string) {
  return db
    .select()
    .from(schema.communes)
    .where(eq(schema.communes.territoryId, territoryId))
    .orderBy(asc(schema.communes.inseeCode));
}

async function resolveWhere(
  db: Db,
  territoryId: string,
  where: { communes?: string[] | undefined; zone?: string | undefined } | undefined,
  at: string,
): Promise<string[] | null> {
  if (!where) return null;
  const all = await communesOf(db, territoryId);
  if (where.zone !== undefined) {
    const ids = all.filter((c) => c.zone === where.zone).map((c) => c.id);
    if (ids.length === 0) {
      const zones = [...new Set(all.map((c) => c.zone))].join(', ');
      throw new ScenarioApplyError(`${at}/where/zone: no commune in zone '${where.zone}' (zones: ${zones})`);
    }
    return ids;
  }
  return (where.communes ?? []).map((name, i) => communeIdByName(all, name, `${at}/where/communes/${i}`));
}

function communeIdByName(all: { id: string; name: string }[], name: string, at: string): string {
  const found = all.find((c) => c.name.toLowerCase() === name.toLowerCase());
  if (!found) throw new ScenarioApplyError(`${at}: unknown commune '${name}'`);
  return found.id;
}

const v = schema.volunteerDrivers;

async function applyVolunteerChange(
  db: Db,
  territoryId: string,
  change: VolunteerChange,
  at: string,
  rng: Rng,
): Promise<void> {
  switch (change.kind) {
    case 'remove_volunteers': {
      const communeIds = (await resolveWhere(db, territoryId, change.where, at)) ?? [];
      const active = await db
        .select({ id: v.id })
        .from(v)
        .where(and(eq(v.territoryId, territoryId), eq(v.active, true), inArray(v.communeId, communeIds)))
        .orderBy(asc(v.lastName), asc(v.firstName), asc(v.homeLat));
      if (active.length < change.count) {
        throw new ScenarioApplyError(
          `${at}/count: only ${active.length} active volunteers live there, cannot remove ${change.count}`,
        );
      }
      // Which ones leave is drawn with the seed: the scenario says how many, not who.
      const picked = shuffle(active, rng).slice(0, change.count);
      await db
        .update(v)
        .set({ active: false })
        .where(
          inArray(
            v.id,
            picked.map((p) => p.id),
          ),
        );
      return;
    }
    case 'add_volunteers': {
      const all = await communesOf(db, territoryId);
      const communeId = communeIdByName(all, change.commune, `${at}/commune`);
      const commune = all.find((c) => c.id === communeId)!;
      for (let k = 0; k < change.count; k++) {
        const [row] = await db
          .insert(v)
          .values({
            territoryId,
            firstName: 'Bénévole',
            lastName: `Simulé ${commune.name} ${k + 1}`,
            communeId,
            homeLat: Number((commune.lat + (rng.next() * 2 - 1) * 0.012).toFixed(5)),
            homeLon: Number((commune.lon + (rng.next() * 2 - 1) * 0.018).toFixed(5)),
            seats: change.seats,
            wheelchairCapable: change.wheelchairCapable,
            maxDistanceKm: change.maxDistanceKm,
            monthlyTripCap: change.monthlyTripCap,
            active: true,
          })
          .returning({ id: v.id });
        await db.insert(schema.volunteerAvailabilities).values(
          change.weekdays.map((weekday) => ({
            volunteerDriverId: row!.id,
            weekday,
            startTime: change.from,
            endTime: change.until,
          })),
        );
      }
      return;
    }
    case 'change_availability': {
      const communeIds = await resolveWhere(db, territoryId, change.where, at);
      const volunteers = await db
        .select({ id: v.id })
        .from(v)
        .where(
          and(eq(v.territoryId, territoryId), communeIds ? inArray(v.communeId, communeIds) : undefined),
        );
      const ids = volunteers.map((x) => x.id);
      if (ids.length === 0) return;
      const av = schema.volunteerAvailabilities;
      if (change.removeWeekdays.length > 0) {
        await db
          .delete(av)
          .where(and(inArray(av.volunteerDriverId, ids), inArray(av.weekday, change.removeWeekdays)));
      }
      if (change.from !== undefined || change.until !== undefined) {
        await db
          .update(av)
          .set({
            ...(change.from !== undefined ? { startTime: change.from } : {}),
            ...(change.until !== undefined ? { endTime: change.until } : {}),
          })
          .where(inArray(av.volunteerDriverId, ids));
      }
      for (const id of ids) {
        const existing = await db.select().from(av).where(eq(av.volunteerDriverId, id));
        const slot = existing[0] ?? { startTime: change.from ?? '09:00', endTime: change.until ?? '17:00' };
        const missing = change.addWeekdays.filter((d) => !existing.some((e) => e.weekday === d));
        if (missing.length > 0) {
          await db.insert(av).values(
            missing.map((weekday) => ({
              volunteerDriverId: id,
              weekday,
              startTime: slot.startTime,
              endTime: slot.endTime,
            })),
          );
        }
      }
      return;
    }
  }
}

function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

async function lineByName(db: Db, territoryId: string, name: string, at: string) {
  const lines = await db
    .select()
    .from(schema.shuttleLines)
    .where(eq(schema.shuttleLines.territoryId, territoryId))
    .orderBy(asc(schema.shuttleLines.name));
  const found = lines.find((l) => l.name.toLowerCase() === name.toLowerCase());
  if (!found) {
    throw new ScenarioApplyError(
      `${at}/line: unknown shuttle line '${name}' (lines: ${lines.map((l) => l.name).join(', ')})`,
    );
  }
  return found;
}

async function applyShuttleChange(
  db: Db,
  territoryId: string,
  change: ShuttleChange,
  at: string,
): Promise<void> {
  switch (change.kind) {
    case 'add_line': {
      const all = await communesOf(db, territoryId);
      let marketPlaceId: string;
      if ('place' in change.market) {
        const placeName = change.market.place;
        const [place] = await db
          .select({ id: schema.places.id })
          .from(schema.places)
          .where(and(eq(schema.places.territoryId, territoryId), eq(schema.places.name, placeName)));
        if (!place) throw new ScenarioApplyError(`${at}/market/place: unknown place '${placeName}'`);
        marketPlaceId = place.id;
      } else {
        const communeId = communeIdByName(all, change.market.commune, `${at}/market/commune`);
        const commune = all.find((c) => c.id === communeId)!;
        const [place] = await db
          .insert(schema.places)
          .values({
            territoryId,
            communeId,
            name: change.market.name,
            kind: 'market',
            outsideTerritory: false,
            address: null,
            lat: change.market.lat ?? commune.lat,
            lon: change.market.lon ?? commune.lon,
            aliases: [],
          })
          .returning({ id: schema.places.id });
        marketPlaceId = place!.id;
      }
      const communeIds = change.communes.map((name, i) => communeIdByName(all, name, `${at}/communes/${i}`));
      const [line] = await db
        .insert(schema.shuttleLines)
        .values({
          territoryId,
          name: change.name,
          marketPlaceId,
          weekday: change.weekday,
          arrivalTime: `${change.arrivalTime}:00`,
          departureTime: `${change.departureTime}:00`,
          mode: change.mode,
          marketWindowMinutes: change.marketWindowMinutes,
          bookingCutoffHours: change.bookingCutoffHours,
          maxRideMinutes: change.maxRideMinutes,
        })
        .returning({ id: schema.shuttleLines.id });
      await db
        .insert(schema.shuttleLineVehicles)
        .values(change.vehicles.map((vehicle) => ({ shuttleLineId: line!.id, ...vehicle })));
      await db
        .insert(schema.shuttleLineCommunes)
        .values(communeIds.map((communeId) => ({ shuttleLineId: line!.id, communeId })));
      if (change.mode === 'stops') {
        await db.insert(schema.shuttleStops).values(
          communeIds.map((communeId, i) => {
            const commune = all.find((c) => c.id === communeId)!;
            return {
              shuttleLineId: line!.id,
              communeId,
              name: `Mairie de ${commune.name}`,
              lat: commune.lat,
              lon: commune.lon,
              sequence: i + 1,
            };
          }),
        );
      }
      return;
    }
    case 'add_vehicle': {
      const line = await lineByName(db, territoryId, change.line, at);
      await db.insert(schema.shuttleLineVehicles).values({ shuttleLineId: line.id, ...change.vehicle });
      // Rounds already generated get it too, as staff adding a vehicle to each would.
      const rounds = await db
        .select({ id: schema.shuttleRounds.id })
        .from(schema.shuttleRounds)
        .where(
          and(
            eq(schema.shuttleRounds.shuttleLineId, line.id),
            inArray(schema.shuttleRounds.status, ['open']),
          ),
        )
        .orderBy(asc(schema.shuttleRounds.serviceDate));
      if (rounds.length > 0) {
        await db
          .insert(schema.shuttleRoundVehicles)
          .values(rounds.map((r) => ({ shuttleRoundId: r.id, ...change.vehicle })));
      }
      return;
    }
    case 'add_commune': {
      const line = await lineByName(db, territoryId, change.line, at);
      const all = await communesOf(db, territoryId);
      const communeId = communeIdByName(all, change.commune, `${at}/commune`);
      const commune = all.find((c) => c.id === communeId)!;
      await db
        .insert(schema.shuttleLineCommunes)
        .values({ shuttleLineId: line.id, communeId })
        .onConflictDoNothing();
      if (line.mode === 'stops') {
        const [last] = await db
          .select({ seq: sql<number>`coalesce(max(${schema.shuttleStops.sequence}), 0)` })
          .from(schema.shuttleStops)
          .where(eq(schema.shuttleStops.shuttleLineId, line.id));
        await db.insert(schema.shuttleStops).values({
          shuttleLineId: line.id,
          communeId,
          name: `Mairie de ${commune.name}`,
          lat: commune.lat,
          lon: commune.lon,
          sequence: Number(last?.seq ?? 0) + 1,
        });
      }
      return;
    }
    case 'change_cutoff': {
      const line = await lineByName(db, territoryId, change.line, at);
      await db
        .update(schema.shuttleLines)
        .set({ bookingCutoffHours: change.bookingCutoffHours })
        .where(eq(schema.shuttleLines.id, line.id));
      return;
    }
  }
}
