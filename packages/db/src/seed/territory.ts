import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import {
  communes,
  places,
  shuttleLineCommunes,
  shuttleLines,
  shuttleLineVehicles,
  shuttleStops,
  territories,
} from '../schema';
import type { TerritorySeed } from './territory-file';

export interface TerritorySeedResult {
  territoryId: string;
  /** Rows created by this run; all zero when the territory was already fully seeded. */
  created: {
    territory: number;
    communes: number;
    places: number;
    shuttleLines: number;
    shuttleLineCommunes: number;
    shuttleLineVehicles: number;
    shuttleStops: number;
  };
}

/**
 * Creates whatever part of the territory is missing, matching rows by natural key (slug, INSEE code,
 * place / line / stop name). Existing rows are left untouched on purpose: staff edit zones, aliases,
 * times and the mileage rate in the back office, and a re-seed at every start must not undo that.
 */
export async function seedTerritory(db: DbOrTx, seed: TerritorySeed): Promise<TerritorySeedResult> {
  return db.transaction(async (tx) => {
    const t = seed.territory;
    const insertedTerritory = await tx
      .insert(territories)
      .values({
        slug: t.slug,
        name: t.name,
        timezone: t.timezone,
        mileageRateEurPerKm: t.mileageRateEurPerKm,
        contactPhone: t.contactPhone,
      })
      .onConflictDoNothing()
      .returning({ id: territories.id });
    const [territory] = await tx
      .select({ id: territories.id })
      .from(territories)
      .where(eq(territories.slug, t.slug));
    if (!territory) throw new Error(`territory ${t.slug} vanished while seeding`);
    const territoryId = territory.id;

    const insertedCommunes = await tx
      .insert(communes)
      .values(seed.communes.map((c) => ({ territoryId, ...c })))
      .onConflictDoNothing()
      .returning({ id: communes.id });
    const communeRows = await tx
      .select({ id: communes.id, name: communes.name, inseeCode: communes.inseeCode })
      .from(communes)
      .where(eq(communes.territoryId, territoryId));
    // Look up by INSEE code through the seed so a commune renamed by staff is still found.
    const idByInsee = new Map(communeRows.map((c) => [c.inseeCode, c.id]));
    const inseeByName = new Map(seed.communes.map((c) => [c.name, c.inseeCode]));
    const communeId = (name: string): string => {
      const id = idByInsee.get(inseeByName.get(name) ?? '');
      if (!id) throw new Error(`commune ${name} is missing from territory ${t.slug}`);
      return id;
    };

    const insertedPlaces =
      seed.places.length === 0
        ? []
        : await tx
            .insert(places)
            .values(
              seed.places.map((p) => ({
                territoryId,
                communeId: p.commune === null ? null : communeId(p.commune),
                name: p.name,
                kind: p.kind,
                outsideTerritory: p.outsideTerritory,
                address: p.address,
                lat: p.lat,
                lon: p.lon,
                aliases: p.aliases,
              })),
            )
            .onConflictDoNothing()
            .returning({ id: places.id });

    const created = {
      territory: insertedTerritory.length,
      communes: insertedCommunes.length,
      places: insertedPlaces.length,
      shuttleLines: 0,
      shuttleLineCommunes: 0,
      shuttleLineVehicles: 0,
      shuttleStops: 0,
    };

    for (const line of seed.shuttleLines) {
      const [market] = await tx
        .select({ id: places.id })
        .from(places)
        .where(and(eq(places.territoryId, territoryId), eq(places.name, line.marketPlace)));
      if (!market) throw new Error(`market place ${line.marketPlace} is missing from territory ${t.slug}`);
      const insertedLine = await tx
        .insert(shuttleLines)
        .values({
          territoryId,
          name: line.name,
          marketPlaceId: market.id,
          weekday: line.weekday,
          arrivalTime: `${line.arrivalTime}:00`,
          departureTime: `${line.departureTime}:00`,
          mode: line.mode,
          marketWindowMinutes: line.marketWindowMinutes,
          bookingCutoffHours: line.bookingCutoffHours,
          maxRideMinutes: line.maxRideMinutes,
        })
        .onConflictDoNothing()
        .returning({ id: shuttleLines.id });
      created.shuttleLines += insertedLine.length;
      // Communes and stops are only filled when the line is new: on an existing line they are staff data.
      const [lineRow] = insertedLine;
      if (!lineRow) continue;
      const vehicles = await tx
        .insert(shuttleLineVehicles)
        .values(line.vehicles.map((v) => ({ shuttleLineId: lineRow.id, ...v })))
        .returning({ id: shuttleLineVehicles.id });
      created.shuttleLineVehicles += vehicles.length;
      if (line.communes.length > 0) {
        const rows = await tx
          .insert(shuttleLineCommunes)
          .values(line.communes.map((name) => ({ shuttleLineId: lineRow.id, communeId: communeId(name) })))
          .onConflictDoNothing()
          .returning({ id: shuttleLineCommunes.communeId });
        created.shuttleLineCommunes += rows.length;
      }
      if (line.stops.length > 0) {
        const rows = await tx
          .insert(shuttleStops)
          .values(
            line.stops.map((s, i) => ({
              shuttleLineId: lineRow.id,
              communeId: communeId(s.commune),
              name: s.name,
              lat: s.lat,
              lon: s.lon,
              sequence: i + 1,
            })),
          )
          .onConflictDoNothing()
          .returning({ id: shuttleStops.id });
        created.shuttleStops += rows.length;
      }
    }
    return { territoryId, created };
  });
}

/** True when the schema this code writes to exists, i.e. migrations have been applied. */
export async function isDatabaseMigrated(db: DbOrTx): Promise<boolean> {
  // The tables this seed writes; the list is constant, so inlining it is safe.
  const tables = [
    'territories',
    'communes',
    'places',
    'shuttle_lines',
    'staff_users',
    'seat_bookings',
    'messages',
  ];
  const checks = tables.map((t) => `to_regclass('${t}') is not null`).join(' and ');
  const [row] = await db.execute<{ ok: boolean }>(sql.raw(`select (${checks}) as ok`));
  return row?.ok === true;
}
