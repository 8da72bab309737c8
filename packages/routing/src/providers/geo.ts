import { RoutingError } from './errors';
import type { LatLon } from './types';

/** Mean Earth radius (IUGG), metres. */
const EARTH_RADIUS_M = 6_371_008.8;

const toRad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine). */
export function haversineMeters(a: LatLon, b: LatLon): number {
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * 5 decimals ≈ 1.1 m in latitude: finer than geocoding precision, so two bookings at the same door
 * share cache cells and matrix rows.
 */
export function pointKey(p: LatLon): string {
  return `${p.lat.toFixed(5)},${p.lon.toFixed(5)}`;
}

export function assertValidPoints(points: readonly LatLon[], what = 'points'): void {
  points.forEach((p, i) => {
    if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon) || Math.abs(p.lat) > 90 || Math.abs(p.lon) > 180) {
      throw new RoutingError(
        'bad_request',
        `${what}[${i}] is not a valid WGS84 position: ${p.lat}, ${p.lon}`,
      );
    }
  });
}

/** Deduplicates points by rounded key; `index[i]` is the unique slot of caller point i. */
export function uniquePoints(points: readonly LatLon[]): {
  unique: LatLon[];
  keys: string[];
  index: number[];
} {
  const slots = new Map<string, number>();
  const unique: LatLon[] = [];
  const keys: string[] = [];
  const index = points.map((p) => {
    const key = pointKey(p);
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = unique.length;
      slots.set(key, slot);
      unique.push(p);
      keys.push(key);
    }
    return slot;
  });
  return { unique, keys, index };
}
