import { pointKey } from './geo';
import type { LatLon } from './types';

/** One origin→destination answer of the road network. */
export interface MatrixCell {
  durationSeconds: number;
  distanceMeters: number;
}

/**
 * Storage for matrix cells, batched so a shared implementation (Redis, Postgres) costs one round trip
 * per matrix. Only successful cells are stored: an unroutable pair is asked again next time, because
 * the usual cause (a badly geocoded address) gets fixed.
 */
export interface MatrixCellCache {
  getMany(keys: readonly string[]): Promise<(MatrixCell | undefined)[]>;
  setMany(entries: readonly (readonly [string, MatrixCell])[]): Promise<void>;
}

/** Cache key of the cell from `a` to `b`: profile plus both positions rounded to 5 decimals (~1 m). */
export function matrixCellKey(profile: string, a: LatLon, b: LatLon): string {
  return `${profile}|${pointKey(a)}|${pointKey(b)}`;
}

export interface LruMatrixCellCache extends MatrixCellCache {
  readonly size: number;
  clear(): void;
}

/**
 * In-process LRU. 100 000 cells ≈ 316 distinct points fully connected, a few MB; enough for the
 * rounds and volunteer trips of one territory.
 */
export function createLruMatrixCellCache(maxEntries = 100_000): LruMatrixCellCache {
  if (!(maxEntries >= 1)) throw new RangeError('maxEntries must be ≥ 1');
  // A Map iterates in insertion order: re-inserting on read makes the first key the least recently used.
  const map = new Map<string, MatrixCell>();
  return {
    get size() {
      return map.size;
    },
    clear() {
      map.clear();
    },
    async getMany(keys) {
      return keys.map((key) => {
        const cell = map.get(key);
        if (cell !== undefined) {
          map.delete(key);
          map.set(key, cell);
        }
        return cell;
      });
    },
    async setMany(entries) {
      for (const [key, cell] of entries) {
        map.delete(key);
        map.set(key, { durationSeconds: cell.durationSeconds, distanceMeters: cell.distanceMeters });
        if (map.size > maxEntries) {
          const oldest = map.keys().next();
          if (!oldest.done) map.delete(oldest.value);
        }
      }
    },
  };
}
