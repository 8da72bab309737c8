import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { placeKind } from '../schema/enums';
import type { Place } from '../types';

/** The Questembert Communauté seed file shipped with the repository. */
export const questembertSeedPath = fileURLToPath(new URL('../../seed/questembert.json', import.meta.url));

export interface CommuneSeed {
  name: string;
  inseeCode: string;
  postalCode: string;
  lat: number;
  lon: number;
  zone: string;
  population: number | null;
}

export interface PlaceSeed {
  name: string;
  kind: Place['kind'];
  /** Name of a commune of the same file; null only for a place outside the territory. */
  commune: string | null;
  /** A destination outside the territory that volunteer rides may still go to (a hospital in Vannes). */
  outsideTerritory: boolean;
  address: string | null;
  lat: number;
  lon: number;
  aliases: string[];
}

export interface ShuttleStopSeed {
  name: string;
  commune: string;
  lat: number;
  lon: number;
}

export interface ShuttleVehicleSeed {
  name: string;
  seats: number;
  wheelchairPlaces: number;
}

export interface ShuttleLineSeed {
  name: string;
  /** Name of a place of the same file. */
  marketPlace: string;
  weekday: number;
  /** Local time, HH:MM. */
  arrivalTime: string;
  departureTime: string;
  mode: 'stops' | 'door_to_door';
  /** The vehicles every round of the line starts with. */
  vehicles: ShuttleVehicleSeed[];
  /** Drop-offs at most this long before the arrival time, return pick-ups at most this long after departure. */
  marketWindowMinutes: number;
  bookingCutoffHours: number;
  maxRideMinutes: number;
  communes: string[];
  /** In travel order; `sequence` is the position in this list, starting at 1. */
  stops: ShuttleStopSeed[];
}

export interface TerritorySeed {
  territory: {
    slug: string;
    name: string;
    timezone: string;
    mileageRateEurPerKm: number;
    contactPhone: string | null;
  };
  communes: CommuneSeed[];
  places: PlaceSeed[];
  shuttleLines: ShuttleLineSeed[];
}

export class TerritorySeedError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`Territory seed ${source} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TerritorySeedError';
  }
}

const PLACE_KINDS: readonly Place['kind'][] = placeKind.enumValues;

/**
 * Collects every problem of the file rather than stopping at the first, so whoever edits the JSON
 * fixes it in one pass. Extra keys (notes, sources) are allowed and ignored.
 */
class Reader {
  readonly problems: string[] = [];

  private fail(path: string, message: string): undefined {
    this.problems.push(`${path}: ${message}`);
    return undefined;
  }

  object(value: unknown, path: string): Record<string, unknown> | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
    return this.fail(path, 'expected an object');
  }

  array(value: unknown, path: string): unknown[] {
    if (Array.isArray(value)) return value;
    this.fail(path, 'expected an array');
    return [];
  }

  string(value: unknown, path: string, pattern?: RegExp, hint?: string): string {
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail(path, 'expected a non-empty string');
      return '';
    }
    if (pattern && !pattern.test(value))
      this.fail(path, `"${value}" is not ${hint ?? `matching ${pattern}`}`);
    return value;
  }

  nullableString(value: unknown, path: string, pattern?: RegExp, hint?: string): string | null {
    return value === null || value === undefined ? null : this.string(value, path, pattern, hint);
  }

  number(value: unknown, path: string, min: number, max: number, integer = false): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(path, 'expected a number');
      return 0;
    }
    if (value < min || value > max) this.fail(path, `${value} is outside ${min}..${max}`);
    if (integer && !Number.isInteger(value)) this.fail(path, `${value} is not an integer`);
    return value;
  }

  unique(values: string[], path: string): void {
    const seen = new Set<string>();
    for (const value of values) {
      if (seen.has(value)) this.fail(path, `"${value}" appears twice`);
      seen.add(value);
    }
  }

  known(value: string, known: Set<string>, path: string, what: string): void {
    if (value && !known.has(value)) this.fail(path, `"${value}" is not a ${what} of this file`);
  }
}

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
/** What the recogniser compares against: lower-case ASCII words, no accents. */
const ALIAS = /^[a-z0-9][a-z0-9' -]*$/;

function isKnownTimezone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

/** Validates parsed JSON against the territory seed shape; throws TerritorySeedError listing every problem. */
export function parseTerritorySeed(json: unknown, source = 'territory seed'): TerritorySeed {
  const r = new Reader();
  const root = r.object(json, '$') ?? {};
  const t = r.object(root.territory, 'territory') ?? {};
  const territory = {
    slug: r.string(t.slug, 'territory.slug', /^[a-z0-9-]+$/, 'a lower-case slug'),
    name: r.string(t.name, 'territory.name'),
    timezone: r.string(t.timezone, 'territory.timezone'),
    mileageRateEurPerKm: r.number(t.mileageRateEurPerKm, 'territory.mileageRateEurPerKm', 0, 5, false),
    contactPhone: r.nullableString(t.contactPhone, 'territory.contactPhone', /^\+[1-9][0-9]{6,14}$/, 'E.164'),
  };
  if (territory.timezone && !isKnownTimezone(territory.timezone)) {
    r.problems.push(`territory.timezone: "${territory.timezone}" is not an IANA time zone`);
  }

  const communes = r.array(root.communes, 'communes').map((value, i): CommuneSeed => {
    const p = `communes[${i}]`;
    const c = r.object(value, p) ?? {};
    return {
      name: r.string(c.name, `${p}.name`),
      inseeCode: r.string(c.inseeCode, `${p}.inseeCode`, /^[0-9][0-9AB][0-9]{3}$/, 'an INSEE code'),
      postalCode: r.string(c.postalCode, `${p}.postalCode`, /^[0-9]{5}$/, 'a 5-digit postcode'),
      lat: r.number(c.lat, `${p}.lat`, -90, 90),
      lon: r.number(c.lon, `${p}.lon`, -180, 180),
      zone: r.string(c.zone, `${p}.zone`),
      population:
        c.population === null || c.population === undefined
          ? null
          : r.number(c.population, `${p}.population`, 0, 10_000_000, true),
    };
  });
  if (communes.length === 0) r.problems.push('communes: at least one commune is required');
  r.unique(
    communes.map((c) => c.name),
    'communes[].name',
  );
  r.unique(
    communes.map((c) => c.inseeCode),
    'communes[].inseeCode',
  );
  const communeNames = new Set(communes.map((c) => c.name));

  const places = r.array(root.places, 'places').map((value, i): PlaceSeed => {
    const p = `places[${i}]`;
    const o = r.object(value, p) ?? {};
    const kind = r.string(o.kind, `${p}.kind`);
    if (kind && !PLACE_KINDS.includes(kind as Place['kind'])) {
      r.problems.push(`${p}.kind: "${kind}" is not one of ${PLACE_KINDS.join(', ')}`);
    }
    const outsideTerritory = o.outsideTerritory === true;
    if (o.outsideTerritory !== undefined && typeof o.outsideTerritory !== 'boolean') {
      r.problems.push(`${p}.outsideTerritory: must be true or false`);
    }
    // A place outside the territory may have no commune of the territory; every other place needs one.
    const commune = outsideTerritory && o.commune === null ? null : r.string(o.commune, `${p}.commune`);
    if (commune !== null) r.known(commune, communeNames, `${p}.commune`, 'commune');
    return {
      name: r.string(o.name, `${p}.name`),
      kind: kind as Place['kind'],
      commune,
      outsideTerritory,
      address: r.nullableString(o.address, `${p}.address`),
      lat: r.number(o.lat, `${p}.lat`, -90, 90),
      lon: r.number(o.lon, `${p}.lon`, -180, 180),
      aliases: r
        .array(o.aliases ?? [], `${p}.aliases`)
        .map((a, j) => r.string(a, `${p}.aliases[${j}]`, ALIAS, 'lower-case and accent-free')),
    };
  });
  r.unique(
    places.map((p) => p.name),
    'places[].name',
  );
  // An alias naming two places would make recognition ambiguous.
  r.unique(
    places.flatMap((p) => p.aliases),
    'places[].aliases',
  );
  const placeNames = new Set(places.map((p) => p.name));

  const shuttleLines = r.array(root.shuttleLines ?? [], 'shuttleLines').map((value, i): ShuttleLineSeed => {
    const p = `shuttleLines[${i}]`;
    const o = r.object(value, p) ?? {};
    const marketPlace = r.string(o.marketPlace, `${p}.marketPlace`);
    r.known(marketPlace, placeNames, `${p}.marketPlace`, 'place');
    const mode = r.string(o.mode, `${p}.mode`, /^(stops|door_to_door)$/, '"stops" or "door_to_door"');
    const arrivalTime = r.string(o.arrivalTime, `${p}.arrivalTime`, TIME, 'a HH:MM time');
    const departureTime = r.string(o.departureTime, `${p}.departureTime`, TIME, 'a HH:MM time');
    if (arrivalTime && departureTime && arrivalTime >= departureTime) {
      r.problems.push(`${p}: arrivalTime must be before departureTime`);
    }
    const communes = r.array(o.communes, `${p}.communes`).map((c, j) => {
      const name = r.string(c, `${p}.communes[${j}]`);
      r.known(name, communeNames, `${p}.communes[${j}]`, 'commune');
      return name;
    });
    r.unique(communes, `${p}.communes`);
    const stops = r.array(o.stops ?? [], `${p}.stops`).map((s, j): ShuttleStopSeed => {
      const sp = `${p}.stops[${j}]`;
      const so = r.object(s, sp) ?? {};
      const commune = r.string(so.commune, `${sp}.commune`);
      r.known(commune, new Set(communes), `${sp}.commune`, 'commune served by this line');
      return {
        name: r.string(so.name, `${sp}.name`),
        commune,
        lat: r.number(so.lat, `${sp}.lat`, -90, 90),
        lon: r.number(so.lon, `${sp}.lon`, -180, 180),
      };
    });
    r.unique(
      stops.map((s) => s.name),
      `${p}.stops[].name`,
    );
    const vehicles = r.array(o.vehicles, `${p}.vehicles`).map((v, j): ShuttleVehicleSeed => {
      const vp = `${p}.vehicles[${j}]`;
      const vo = r.object(v, vp) ?? {};
      return {
        name: r.string(vo.name, `${vp}.name`),
        seats: r.number(vo.seats, `${vp}.seats`, 0, 60, true),
        wheelchairPlaces: r.number(vo.wheelchairPlaces ?? 0, `${vp}.wheelchairPlaces`, 0, 10, true),
      };
    });
    if (vehicles.length === 0) r.problems.push(`${p}.vehicles: a line needs at least one vehicle`);
    r.unique(
      vehicles.map((v) => v.name),
      `${p}.vehicles[].name`,
    );
    if (mode === 'stops' && stops.length === 0)
      r.problems.push(`${p}.stops: a line in "stops" mode needs stops`);
    return {
      name: r.string(o.name, `${p}.name`),
      marketPlace,
      weekday: r.number(o.weekday, `${p}.weekday`, 1, 7, true),
      arrivalTime,
      departureTime,
      mode: mode as ShuttleLineSeed['mode'],
      vehicles,
      marketWindowMinutes: r.number(o.marketWindowMinutes ?? 30, `${p}.marketWindowMinutes`, 0, 180, true),
      bookingCutoffHours: r.number(o.bookingCutoffHours ?? 24, `${p}.bookingCutoffHours`, 0, 168, true),
      maxRideMinutes: r.number(o.maxRideMinutes ?? 45, `${p}.maxRideMinutes`, 5, 180, true),
      communes,
      stops,
    };
  });
  r.unique(
    shuttleLines.map((l) => l.name),
    'shuttleLines[].name',
  );

  if (r.problems.length > 0) throw new TerritorySeedError(source, r.problems);
  return { territory, communes, places, shuttleLines };
}

/** Reads and validates a territory seed file. */
export async function loadTerritorySeedFile(path: string): Promise<TerritorySeed> {
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new TerritorySeedError(path, [`not valid JSON: ${(error as Error).message}`]);
  }
  return parseTerritorySeed(json, path);
}
