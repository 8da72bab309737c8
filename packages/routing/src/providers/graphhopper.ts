import { mapWithConcurrency, type RetryPolicy, withRetries } from './async';
import { createLruMatrixCellCache, type MatrixCell, type MatrixCellCache, matrixCellKey } from './cache';
import { RoutingError, UnroutablePointError } from './errors';
import { assertValidPoints, uniquePoints } from './geo';
import {
  callGraphHopper,
  type GhMatrixResponse,
  type GhRouteResponse,
  GhUnroutableError,
  loadGraphHopperLibrary,
} from './graphhopper-library';
import type {
  FromToMatrix,
  LatLon,
  LonLat,
  MatrixOptions,
  RouteResult,
  RoutingProvider,
  TravelMatrix,
  UnroutablePair,
  UnroutableReason,
} from './types';

export const GRAPHHOPPER_HOSTED_URL = 'https://graphhopper.com/api/1';

export interface GraphHopperProviderOptions {
  /** Server root, e.g. `http://graphhopper:8989` (self-hosted) or the hosted API (default with a key). */
  baseUrl?: string;
  /** Hosted API key; without one the server is taken to be a self-hosted open-source GraphHopper. */
  apiKey?: string;
  /** GraphHopper profile (default `car`). */
  profile?: string;
  /** Hard deadline of one HTTP request (default 10 000 ms). */
  timeoutMs?: number;
  /** `/route` calls in flight when a matrix is built from routes (default 4). */
  maxConcurrency?: number;
  /** Extra attempts on 5xx, 429, network errors and timeouts (default 2); never on other 4xx. */
  retries?: number;
  retryBaseDelayMs?: number;
  retryMaxDelayMs?: number;
  /** Matrix cell cache; default a private in-memory LRU; `null` disables caching. */
  cache?: MatrixCellCache | null;
  /** Use the hosted `/matrix` endpoint (default: when an API key is given; the open-source server has none). */
  useMatrixEndpoint?: boolean;
  /** Largest number of origins (and of destinations) in one `/matrix` request (default 80). */
  maxMatrixLocations?: number;
  /** Instruction language if a caller ever asks for them (default `fr`). */
  locale?: string;
}

export interface GraphHopperProvider extends RoutingProvider {
  readonly kind: 'graphhopper';
  readonly mode: 'hosted' | 'self-hosted';
  readonly baseUrl: string;
}

interface CellResult {
  durations: Float64Array;
  distances: Float64Array;
  /** Pairs with no road answer, as unique-slot indices. */
  failed: { from: number; to: number; reason: UnroutableReason }[];
  /** Unique slots GraphHopper could not snap to a road, per side. */
  notFoundFrom: Set<number>;
  notFoundTo: Set<number>;
}

export function createGraphHopperProvider(options: GraphHopperProviderOptions = {}): GraphHopperProvider {
  const apiKey = options.apiKey || undefined;
  const baseUrl = (options.baseUrl || (apiKey ? GRAPHHOPPER_HOSTED_URL : '')).replace(/\/+$/, '');
  if (!baseUrl) {
    throw new RoutingError(
      'bad_request',
      'GraphHopper needs a base URL (self-hosted) or an API key (hosted)',
    );
  }
  const profile = options.profile ?? 'car';
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxConcurrency = Math.max(1, options.maxConcurrency ?? 4);
  const retry: RetryPolicy = {
    retries: Math.max(0, options.retries ?? 2),
    baseDelayMs: options.retryBaseDelayMs ?? 250,
    maxDelayMs: options.retryMaxDelayMs ?? 4_000,
  };
  const cache = options.cache === null ? undefined : (options.cache ?? createLruMatrixCellCache());
  const useMatrixEndpoint = options.useMatrixEndpoint ?? apiKey !== undefined;
  const maxLocations = Math.max(1, options.maxMatrixLocations ?? 80);
  const omitKey = apiKey === undefined;

  const lib = loadGraphHopperLibrary();
  const clientArgs = { key: apiKey ?? '', host: baseUrl, timeout: timeoutMs };
  // Constructor defaults, not request values: the library overwrites falsy request values with these.
  const routing = new lib.Routing(clientArgs, {
    profile,
    locale: options.locale ?? 'fr',
    instructions: false,
    elevation: false,
    points_encoded: false,
    calc_points: false,
    debug: false,
    // The library sends optimize:"false" by default; the open-source server does not document it.
    optimize: undefined,
  });
  const matrixClient = new lib.Matrix(clientArgs, { profile, fail_fast: false, debug: false });

  const call = <T>(
    client: { doRequest(a: Record<string | symbol, unknown>): Promise<T> },
    build: () => Record<string, unknown>,
    signal?: AbortSignal,
  ) =>
    withRetries(
      retry,
      // A fresh body per attempt: the library mutates the object it is given.
      () => callGraphHopper(client, build(), { timeoutMs, omitKey, ...(signal ? { signal } : {}) }),
      signal,
    );

  const lonLat = (p: LatLon): LonLat => [p.lon, p.lat];

  async function routePair(a: LatLon, b: LatLon, signal?: AbortSignal): Promise<MatrixCell> {
    const res = await call<GhRouteResponse>(
      routing,
      () => ({ profile, points: [lonLat(a), lonLat(b)] }),
      signal,
    );
    const path = res.paths?.[0];
    if (!path || !Number.isFinite(path.distance) || !Number.isFinite(path.time)) {
      throw new RoutingError('invalid_response', 'GraphHopper /route answer has no path');
    }
    return { distanceMeters: path.distance, durationSeconds: path.time / 1000 };
  }

  /** Fills every (from, to) cell of unique slots: cache first, then GraphHopper for the missing ones. */
  async function computeCells(
    from: LatLon[],
    fromKeys: string[],
    to: LatLon[],
    toKeys: string[],
    square: boolean,
    signal?: AbortSignal,
  ): Promise<CellResult> {
    const F = from.length;
    const T = to.length;
    const durations = new Float64Array(F * T).fill(Number.NaN);
    const distances = new Float64Array(F * T).fill(Number.NaN);
    const result: CellResult = {
      durations,
      distances,
      failed: [],
      notFoundFrom: new Set(),
      notFoundTo: new Set(),
    };
    const cellKeys: string[] = [];
    const cellIndex: number[] = [];
    for (let i = 0; i < F; i++) {
      for (let j = 0; j < T; j++) {
        if (fromKeys[i] === toKeys[j]) {
          durations[i * T + j] = 0;
          distances[i * T + j] = 0;
        } else {
          cellKeys.push(matrixCellKey(profile, from[i]!, to[j]!));
          cellIndex.push(i * T + j);
        }
      }
    }
    const cached = cache && cellKeys.length > 0 ? await cache.getMany(cellKeys) : [];
    const missing: number[] = [];
    cellIndex.forEach((idx, k) => {
      const cell = cached[k];
      if (cell) {
        durations[idx] = cell.durationSeconds;
        distances[idx] = cell.distanceMeters;
      } else {
        missing.push(k);
      }
    });
    if (missing.length === 0) return result;

    // In a square matrix a slot is both an origin and a destination: once it fails to snap, every
    // pair that involves it is known to fail without asking.
    const markNotFound = (side: 'from' | 'to', slot: number) => {
      if (square || side === 'from') result.notFoundFrom.add(slot);
      if (square || side === 'to') result.notFoundTo.add(slot);
    };
    const fresh: [string, MatrixCell][] = [];
    const store = (k: number, cell: MatrixCell) => {
      const idx = cellIndex[k]!;
      durations[idx] = cell.durationSeconds;
      distances[idx] = cell.distanceMeters;
      fresh.push([cellKeys[k]!, cell]);
    };
    const fail = (k: number, reason: UnroutableReason) => {
      const idx = cellIndex[k]!;
      durations[idx] = Number.POSITIVE_INFINITY;
      distances[idx] = Number.POSITIVE_INFINITY;
      result.failed.push({ from: Math.floor(idx / T), to: idx % T, reason });
    };

    try {
      if (useMatrixEndpoint) {
        await fetchWithMatrixEndpoint(
          missing,
          cellIndex,
          from,
          fromKeys,
          to,
          toKeys,
          store,
          fail,
          result,
          signal,
        );
      } else {
        await mapWithConcurrency(
          missing,
          maxConcurrency,
          async (k, _i, innerSignal) => {
            const idx = cellIndex[k]!;
            const i = Math.floor(idx / T);
            const j = idx % T;
            if (result.notFoundFrom.has(i) || result.notFoundTo.has(j)) {
              fail(k, 'point_not_found');
              return;
            }
            try {
              store(k, await routePair(from[i]!, to[j]!, innerSignal));
            } catch (err) {
              if (!(err instanceof GhUnroutableError)) throw err;
              if (err.reason === 'point_not_found') {
                const local = err.pointIndexes.length > 0 ? err.pointIndexes : [0, 1];
                if (local.includes(0)) markNotFound('from', i);
                if (local.includes(1)) markNotFound('to', j);
              }
              fail(k, err.reason);
            }
          },
          signal,
        );
      }
    } finally {
      // Keep what was learnt even when a later call failed: the retry of the job starts from there.
      if (cache && fresh.length > 0) await cache.setMany(fresh);
    }
    return result;
  }

  async function fetchWithMatrixEndpoint(
    missing: number[],
    cellIndex: number[],
    from: LatLon[],
    fromKeys: string[],
    to: LatLon[],
    toKeys: string[],
    store: (k: number, cell: MatrixCell) => void,
    fail: (k: number, reason: UnroutableReason) => void,
    result: CellResult,
    signal?: AbortSignal,
  ): Promise<void> {
    const T = to.length;
    // Rows missing the same columns share one request: a new point added to a cached round costs one
    // row plus one column, not the whole square (hosted credits are counted per cell).
    const colsByRow = new Map<number, Set<number>>();
    const kByCell = new Map<number, number>();
    for (const k of missing) {
      const idx = cellIndex[k]!;
      const row = Math.floor(idx / T);
      const cols = colsByRow.get(row) ?? new Set<number>();
      cols.add(idx % T);
      colsByRow.set(row, cols);
      kByCell.set(idx, k);
    }
    // Same-place cells (the diagonal) are free and never missing, so every row of a fresh square
    // matrix would have its own column set. Each row may also be grouped with its same-place columns
    // added (their answers are ignored); it takes whichever variant more rows share.
    const variants = [...colsByRow].map(([row, missingCols]) => {
      const plain = [...missingCols].sort((a, b) => a - b);
      const withSame = new Set(missingCols);
      for (let c = 0; c < T; c++) if (toKeys[c] === fromKeys[row]) withSame.add(c);
      return { row, options: [plain, [...withSame].sort((a, b) => a - b)] };
    });
    const popularity = new Map<string, number>();
    for (const v of variants) {
      for (const key of new Set(v.options.map((o) => o.join(',')))) {
        popularity.set(key, (popularity.get(key) ?? 0) + 1);
      }
    }
    const groups = new Map<string, { rows: number[]; cols: number[] }>();
    for (const { row, options } of variants) {
      const [plain, withSame] = options as [number[], number[]];
      const pick =
        (popularity.get(withSame.join(',')) ?? 0) > (popularity.get(plain.join(',')) ?? 0) ? withSame : plain;
      const key = pick.join(',');
      const g = groups.get(key) ?? { rows: [], cols: pick };
      g.rows.push(row);
      groups.set(key, g);
    }
    const blocks: { rows: number[]; cols: number[] }[] = [];
    for (const g of groups.values()) {
      for (let r = 0; r < g.rows.length; r += maxLocations) {
        for (let c = 0; c < g.cols.length; c += maxLocations) {
          blocks.push({ rows: g.rows.slice(r, r + maxLocations), cols: g.cols.slice(c, c + maxLocations) });
        }
      }
    }
    await mapWithConcurrency(
      blocks,
      maxConcurrency,
      async ({ rows, cols }, _b, innerSignal) => {
        let res: GhMatrixResponse;
        try {
          res = await call<GhMatrixResponse>(
            matrixClient,
            () => ({
              profile,
              from_points: rows.map((r) => lonLat(from[r]!)),
              to_points: cols.map((c) => lonLat(to[c]!)),
              out_arrays: ['times', 'distances'],
              fail_fast: false,
            }),
            innerSignal,
          );
        } catch (err) {
          // With fail_fast:false this should not happen, but an API answering 400 "Cannot find
          // from_points: …" is handled the same way.
          if (!(err instanceof GhUnroutableError) || err.reason !== 'point_not_found') throw err;
          for (const i of err.fromIndexes) if (rows[i] !== undefined) result.notFoundFrom.add(rows[i]!);
          for (const j of err.toIndexes) if (cols[j] !== undefined) result.notFoundTo.add(cols[j]!);
          rows.forEach((r) => {
            cols.forEach((c) => {
              const k = kByCell.get(r * T + c);
              if (k !== undefined) fail(k, 'point_not_found');
            });
          });
          return;
        }
        for (const hint of res.hints ?? []) {
          for (const i of hint.invalid_from_points ?? [])
            if (rows[i] !== undefined) result.notFoundFrom.add(rows[i]!);
          for (const j of hint.invalid_to_points ?? [])
            if (cols[j] !== undefined) result.notFoundTo.add(cols[j]!);
        }
        if (!Array.isArray(res.times) || !Array.isArray(res.distances) || res.times.length !== rows.length) {
          throw new RoutingError('invalid_response', 'GraphHopper /matrix answer lacks times or distances');
        }
        rows.forEach((r, a) => {
          cols.forEach((c, b) => {
            const k = kByCell.get(r * T + c);
            if (k === undefined) return;
            const time = res.times?.[a]?.[b];
            const dist = res.distances?.[a]?.[b];
            if (typeof time === 'number' && typeof dist === 'number') {
              store(k, { durationSeconds: time, distanceMeters: dist });
            } else {
              const notFound = result.notFoundFrom.has(r) || result.notFoundTo.has(c);
              fail(k, notFound ? 'point_not_found' : 'connection_not_found');
            }
          });
        });
      },
      signal,
    );
  }

  async function fromTo(
    from: readonly LatLon[],
    to: readonly LatLon[],
    opts: MatrixOptions,
    square: boolean,
  ): Promise<FromToMatrix> {
    assertValidPoints(from, square ? 'points' : 'from');
    assertValidPoints(to, square ? 'points' : 'to');
    const uf = uniquePoints(from);
    const ut = square ? uf : uniquePoints(to);
    const cells = await computeCells(uf.unique, uf.keys, ut.unique, ut.keys, square, opts.signal);
    const UT = ut.unique.length;
    const durations = new Float64Array(from.length * to.length);
    const distances = new Float64Array(from.length * to.length);
    for (let i = 0; i < from.length; i++) {
      const ui = uf.index[i]!;
      for (let j = 0; j < to.length; j++) {
        const uj = ut.index[j]!;
        durations[i * to.length + j] = cells.durations[ui * UT + uj]!;
        distances[i * to.length + j] = cells.distances[ui * UT + uj]!;
      }
    }
    const unroutable: UnroutablePair[] = [];
    if (cells.failed.length > 0) {
      const failedByCell = new Map(cells.failed.map((f) => [f.from * UT + f.to, f.reason]));
      for (let i = 0; i < from.length; i++) {
        for (let j = 0; j < to.length; j++) {
          const reason = failedByCell.get(uf.index[i]! * UT + ut.index[j]!);
          if (reason) unroutable.push({ from: i, to: j, reason });
        }
      }
      if ((opts.unroutable ?? 'throw') === 'throw') {
        throw blame(from, to, uf.index, ut.index, cells, unroutable, square);
      }
    }
    return { fromCount: from.length, toCount: to.length, durations, distances, unroutable };
  }

  async function route(points: readonly LatLon[], signal?: AbortSignal): Promise<RouteResult> {
    assertValidPoints(points);
    if (points.length < 2) throw new RoutingError('bad_request', 'a route needs at least two points');
    let res: GhRouteResponse;
    try {
      res = await call<GhRouteResponse>(
        routing,
        () => ({ profile, points: points.map(lonLat), calc_points: true }),
        signal,
      );
    } catch (err) {
      if (!(err instanceof GhUnroutableError)) throw err;
      throw await explainRouteFailure(points, err, signal);
    }
    const path = res.paths?.[0];
    if (!path || !Number.isFinite(path.distance) || !Number.isFinite(path.time)) {
      throw new RoutingError('invalid_response', 'GraphHopper /route answer has no path');
    }
    const coords = typeof path.points === 'object' && path.points ? path.points.coordinates : [];
    return {
      distanceMeters: path.distance,
      durationSeconds: path.time / 1000,
      geometry: coords.map((c) => [c[0]!, c[1]!] as LonLat),
    };
  }

  /** GraphHopper does not say which leg of a multi-point route is disconnected: probe the legs. */
  async function explainRouteFailure(
    points: readonly LatLon[],
    err: GhUnroutableError,
    signal?: AbortSignal,
  ): Promise<UnroutablePointError> {
    if (err.reason === 'point_not_found') {
      const idx = err.pointIndexes[0] ?? 0;
      return new UnroutablePointError({
        reason: 'point_not_found',
        pointIndex: idx,
        point: points[idx],
        detail: err.message,
        ...(err.status === undefined ? {} : { status: err.status }),
      });
    }
    const pairs: UnroutablePair[] = [];
    if (points.length === 2) {
      pairs.push({ from: 0, to: 1, reason: 'connection_not_found' });
    } else {
      const legs = points.slice(1).map((_, k) => k);
      await mapWithConcurrency(
        legs,
        maxConcurrency,
        async (k, _i, innerSignal) => {
          try {
            await routePair(points[k]!, points[k + 1]!, innerSignal);
          } catch (legErr) {
            if (!(legErr instanceof GhUnroutableError)) throw legErr;
            pairs.push({ from: k, to: k + 1, reason: legErr.reason });
          }
        },
        signal,
      );
      pairs.sort((a, b) => a.from - b.from);
    }
    const first = pairs[0];
    const pointIndex = first ? first.to : points.length - 1;
    return new UnroutablePointError({
      reason: first?.reason ?? 'connection_not_found',
      pointIndex,
      point: points[pointIndex],
      pairs,
      detail: err.message,
      ...(err.status === undefined ? {} : { status: err.status }),
    });
  }

  return {
    kind: 'graphhopper',
    mode: apiKey ? 'hosted' : 'self-hosted',
    baseUrl,
    profile,
    async matrix(points, opts = {}): Promise<TravelMatrix> {
      const m = await fromTo(points, points, opts, true);
      return {
        n: points.length,
        durations: m.durations,
        distances: m.distances,
        unroutable: m.unroutable ?? [],
      };
    },
    matrixFromTo(from, to, opts = {}) {
      return fromTo(from, to, opts, false);
    },
    route(points, opts = {}) {
      return route(points, opts.signal);
    },
  };
}

/**
 * Picks the point to blame for a failed matrix: a point GraphHopper could not snap first, else the
 * point involved in most disconnected pairs (an island point fails with every other point).
 */
function blame(
  from: readonly LatLon[],
  to: readonly LatLon[],
  fromIndex: number[],
  toIndex: number[],
  cells: CellResult,
  pairs: UnroutablePair[],
  square: boolean,
): UnroutablePointError {
  const firstCaller = (slots: number[], slot: number) => slots.indexOf(slot);
  const notFoundFrom = [...cells.notFoundFrom].sort((a, b) => a - b)[0];
  const notFoundTo = [...cells.notFoundTo].sort((a, b) => a - b)[0];
  if (notFoundFrom !== undefined || notFoundTo !== undefined) {
    const onFrom = notFoundFrom !== undefined;
    const idx = onFrom ? firstCaller(fromIndex, notFoundFrom) : firstCaller(toIndex, notFoundTo!);
    return new UnroutablePointError({
      reason: 'point_not_found',
      pointIndex: idx,
      point: onFrom ? from[idx] : to[idx],
      side: square ? 'points' : onFrom ? 'from' : 'to',
      pairs,
    });
  }
  const counts = new Map<string, number>();
  const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const p of pairs) {
    bump(square ? `points:${p.from}` : `from:${p.from}`);
    bump(square ? `points:${p.to}` : `to:${p.to}`);
  }
  let best = '';
  let bestCount = -1;
  for (const [key, count] of counts) {
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  const [side, idxText] = best.split(':') as ['points' | 'from' | 'to', string];
  const idx = Number(idxText);
  return new UnroutablePointError({
    reason: 'connection_not_found',
    pointIndex: idx,
    point: side === 'to' ? to[idx] : from[idx],
    side,
    pairs,
  });
}
