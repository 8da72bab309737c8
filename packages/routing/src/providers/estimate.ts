import { RoutingError } from './errors';
import { assertValidPoints, haversineMeters } from './geo';
import type { FromToMatrix, LatLon, RouteResult, RoutingProvider, TravelMatrix } from './types';

/**
 * Offline road estimate: road distance = circuity × great-circle distance + a fixed access detour, and
 * travel time = overhead + Σ (road metres falling in each distance band) / (that band's speed).
 *
 * The bands are *marginal* speeds: every trip drives its first kilometre at bourg speed, the next ones
 * faster, the tail of a long trip at departmental-road speed. So time grows continuously and is concave
 * in distance, which keeps the estimate monotone and triangle-consistent (a detour never looks faster),
 * while a longer trip still averages a higher speed than a short one, as it does on a rural network.
 */
export interface SpeedBand {
  /** Road distance into the trip at which this band starts (the first band starts at 0). */
  fromMeters: number;
  kmh: number;
}

export interface EstimateParams {
  /** Multiplier of the great-circle distance (dimensionless, ≥ 1). */
  circuity: number;
  /** Added to every non-zero trip: reaching the through road from a door and back (metres). */
  detourMeters: number;
  bands: SpeedBand[];
  /** Added to every non-zero trip: pulling out, parking, the last metres at walking pace (seconds). */
  overheadSeconds: number;
}

/**
 * Defaults for the Questembert Communauté area (rural Morbihan: bourgs joined by departmental roads,
 * the D775 2×2 lanes between Vannes and Redon). Sources and assumptions, in docs/adr/0003:
 * - circuity 1.15 + 300 m: ratio 1.45 at 1 km, 1.21 at 5 km, 1.18 at 10 km, 1.16 at 30 km. Published
 *   road/crow-fly ratios are about 1.2 for random point pairs (Newell 1980, via the Wikibooks
 *   "Transportation Geography and Network Science/Circuity" page), 1.12–1.30 for shortest routes in US
 *   regions and counties (CDX Technologies, "Straight-line distance as an estimate for driving routes"),
 *   about 1.3 on European motorway networks (Wang, Bette, Schreckenberg & Guhr 2024, arXiv:2406.06490),
 *   and higher for short trips than long ones (Héran 2009, "Des distances à vol d'oiseau aux distances
 *   réelles ou de l'origine des détours", Flux; the Great Britain "route factor" analysis by D. Olner,
 *   2015). The split into 1.15 × d + 300 m is our assumption, to be replaced by `calibrateEstimate`
 *   on GraphHopper routes of the area.
 * - speeds: limits are 50 km/h in built-up areas (many bourg centres 30) and 80 km/h on two-way roads
 *   without a central separator since 1 July 2018 (décret n° 2018-487), 110 km/h on 2×2 lanes. Trip
 *   averages sit well below the limits: the marginal speeds 30/50/70/80 km/h are assumptions that give
 *   Questembert → Malansac (≈ 13.8 km) ≈ 13.7 min, in line with what route planners show for that trip.
 * - overhead 30 s: assumption (pulling out of a driveway, stopping at a door).
 */
export const DEFAULT_ESTIMATE_PARAMS: Readonly<EstimateParams> = Object.freeze({
  circuity: 1.15,
  detourMeters: 300,
  bands: [
    { fromMeters: 0, kmh: 30 },
    { fromMeters: 1_000, kmh: 50 },
    { fromMeters: 3_000, kmh: 70 },
    { fromMeters: 10_000, kmh: 80 },
  ],
  overheadSeconds: 30,
});

export function validateEstimateParams(params: EstimateParams): EstimateParams {
  const fail = (why: string) => {
    throw new RoutingError('bad_request', `invalid estimate parameters: ${why}`);
  };
  if (!(params.circuity >= 1) || !Number.isFinite(params.circuity)) fail('circuity must be ≥ 1');
  if (!(params.detourMeters >= 0)) fail('detourMeters must be ≥ 0');
  if (!(params.overheadSeconds >= 0)) fail('overheadSeconds must be ≥ 0');
  if (params.bands.length === 0 || params.bands[0]?.fromMeters !== 0)
    fail('the first band must start at 0 m');
  params.bands.forEach((b, i) => {
    if (!(b.kmh > 0) || !Number.isFinite(b.kmh)) fail(`band ${i} speed must be > 0`);
    const prev = params.bands[i - 1];
    if (prev && !(b.fromMeters > prev.fromMeters)) fail('band starts must increase');
  });
  return params;
}

function resolveParams(params?: Partial<EstimateParams>): EstimateParams {
  return validateEstimateParams({
    circuity: params?.circuity ?? DEFAULT_ESTIMATE_PARAMS.circuity,
    detourMeters: params?.detourMeters ?? DEFAULT_ESTIMATE_PARAMS.detourMeters,
    bands: (params?.bands ?? DEFAULT_ESTIMATE_PARAMS.bands).map((b) => ({ ...b })),
    overheadSeconds: params?.overheadSeconds ?? DEFAULT_ESTIMATE_PARAMS.overheadSeconds,
  });
}

export function estimateRoadMeters(params: EstimateParams, crowMeters: number): number {
  return crowMeters > 0 ? params.circuity * crowMeters + params.detourMeters : 0;
}

/** Metres of a trip of `roadMeters` that fall in each band. */
function bandLengths(bandStarts: readonly number[], roadMeters: number): number[] {
  return bandStarts.map((start, k) => {
    const end = bandStarts[k + 1] ?? Number.POSITIVE_INFINITY;
    return Math.max(0, Math.min(roadMeters, end) - start);
  });
}

export function estimateSeconds(params: EstimateParams, roadMeters: number): number {
  if (roadMeters <= 0) return 0;
  const lengths = bandLengths(
    params.bands.map((b) => b.fromMeters),
    roadMeters,
  );
  let seconds = params.overheadSeconds;
  lengths.forEach((len, k) => {
    seconds += (len * 3.6) / params.bands[k]!.kmh;
  });
  return seconds;
}

export function estimateLeg(
  params: EstimateParams,
  a: LatLon,
  b: LatLon,
): { distanceMeters: number; durationSeconds: number } {
  const distanceMeters = estimateRoadMeters(params, haversineMeters(a, b));
  return { distanceMeters, durationSeconds: estimateSeconds(params, distanceMeters) };
}

export interface EstimateProvider extends RoutingProvider {
  readonly kind: 'estimate';
  readonly params: Readonly<EstimateParams>;
}

/** Offline, deterministic provider; never fails on a valid position (every pair is "routable"). */
export function createEstimateProvider(
  params?: Partial<EstimateParams>,
  opts: { profile?: string } = {},
): EstimateProvider {
  const p = resolveParams(params);
  const fromTo = (from: readonly LatLon[], to: readonly LatLon[]): FromToMatrix => {
    assertValidPoints(from, 'from');
    assertValidPoints(to, 'to');
    const durations = new Float64Array(from.length * to.length);
    const distances = new Float64Array(from.length * to.length);
    from.forEach((a, i) => {
      to.forEach((b, j) => {
        const leg = estimateLeg(p, a, b);
        distances[i * to.length + j] = leg.distanceMeters;
        durations[i * to.length + j] = leg.durationSeconds;
      });
    });
    return { fromCount: from.length, toCount: to.length, durations, distances, unroutable: [] };
  };
  return {
    kind: 'estimate',
    profile: opts.profile ?? 'car',
    params: p,
    async matrix(points): Promise<TravelMatrix> {
      const m = fromTo(points, points);
      return { n: points.length, durations: m.durations, distances: m.distances, unroutable: [] };
    },
    async matrixFromTo(from, to) {
      return fromTo(from, to);
    },
    async route(points): Promise<RouteResult> {
      assertValidPoints(points);
      if (points.length < 2) throw new RoutingError('bad_request', 'a route needs at least two points');
      let distanceMeters = 0;
      let durationSeconds = 0;
      for (let i = 1; i < points.length; i++) {
        const leg = estimateLeg(p, points[i - 1]!, points[i]!);
        distanceMeters += leg.distanceMeters;
        durationSeconds += leg.durationSeconds;
      }
      return { distanceMeters, durationSeconds, geometry: points.map((q) => [q.lon, q.lat]) };
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Calibration

export interface CalibrationSample {
  from: LatLon;
  to: LatLon;
  /** Real road distance, e.g. from GraphHopper (metres). */
  distanceMeters: number;
  /** Real travel time (seconds). */
  durationSeconds: number;
}

export interface CalibrationOptions {
  /** Band starts to fit speeds for; default: the prior's. */
  bandStartsMeters?: number[];
  /** Values used where the sample says nothing (e.g. no trip reaches a band). Default: the defaults. */
  prior?: EstimateParams;
  /** Fit the constant detour (default true); when false the prior's is kept. */
  fitDetour?: boolean;
  /** Fit the per-trip overhead (default true); when false the prior's is kept. */
  fitOverhead?: boolean;
  /** Relative ridge pulling under-determined coefficients towards the prior (default 1e-9). */
  ridge?: number;
}

export interface ErrorStats {
  n: number;
  /** Mean of |predicted − real| / real, as a fraction (0.05 = 5 %). */
  meanAbsPercentError: number;
  maxAbsPercentError: number;
  rootMeanSquareError: number;
  /** Mean of predicted − real: positive means the estimate is pessimistic. */
  meanError: number;
}

export interface CalibrationResult {
  params: EstimateParams;
  /** Error of the fitted parameters on the sample (distance in metres, duration in seconds). */
  distance: ErrorStats;
  duration: ErrorStats;
  /** Error of the prior on the same sample, to show what calibration bought. */
  prior: { distance: ErrorStats; duration: ErrorStats };
  used: number;
  /** Samples ignored because a distance was zero or not finite. */
  skipped: number;
}

/**
 * Real routes to calibrate from: every finite off-diagonal cell of `provider`'s matrix over `points`
 * (typically a GraphHopper provider and the addresses of the territory's residents and markets).
 * Unroutable pairs are left out rather than failing the whole sample.
 */
export async function collectCalibrationSamples(
  provider: RoutingProvider,
  points: readonly LatLon[],
  opts: { signal?: AbortSignal } = {},
): Promise<CalibrationSample[]> {
  const m = await provider.matrix(points, {
    unroutable: 'infinity',
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  const samples: CalibrationSample[] = [];
  for (let i = 0; i < m.n; i++) {
    for (let j = 0; j < m.n; j++) {
      const distanceMeters = m.distances[i * m.n + j]!;
      const durationSeconds = m.durations[i * m.n + j]!;
      if (
        i !== j &&
        Number.isFinite(distanceMeters) &&
        Number.isFinite(durationSeconds) &&
        distanceMeters > 0
      ) {
        samples.push({ from: points[i]!, to: points[j]!, distanceMeters, durationSeconds });
      }
    }
  }
  return samples;
}

const MIN_KMH = 5;
const MAX_KMH = 130;

/**
 * Fits circuity, detour, overhead and band speeds by least squares. Distance: r ≈ a·d + b with b ≥ 0.
 * Duration: t ≈ overhead + Σ_k L_k(r̂)·pace_k, linear in (overhead, pace), where L_k are the metres of the
 * *predicted* road distance in band k, so the fit minimises the error the provider will actually make.
 * A tiny ridge towards the prior keeps bands no sample reaches at their prior speed.
 */
export function calibrateEstimate(
  samples: readonly CalibrationSample[],
  options: CalibrationOptions = {},
): CalibrationResult {
  const prior = validateEstimateParams(options.prior ?? resolveParams());
  const bandStarts = options.bandStartsMeters ?? prior.bands.map((b) => b.fromMeters);
  const ridge = options.ridge ?? 1e-9;
  const priorSpeedAt = (start: number) => {
    let kmh = prior.bands[0]!.kmh;
    for (const b of prior.bands) if (b.fromMeters <= start) kmh = b.kmh;
    return kmh;
  };

  const used = samples
    .map((s) => ({ s, d: haversineMeters(s.from, s.to) }))
    .filter(
      ({ s, d }) =>
        d > 0 &&
        Number.isFinite(s.distanceMeters) &&
        s.distanceMeters > 0 &&
        Number.isFinite(s.durationSeconds) &&
        s.durationSeconds > 0,
    );
  if (used.length < 2) throw new RoutingError('bad_request', 'calibration needs at least two usable samples');

  // Distance: ordinary least squares on (a, b), falling back to b fixed when b would be negative.
  let circuity: number;
  let detourMeters: number;
  const sdd = used.reduce((acc, u) => acc + u.d * u.d, 0);
  const fitSlopeWith = (b: number) => used.reduce((acc, u) => acc + u.d * (u.s.distanceMeters - b), 0) / sdd;
  if (options.fitDetour === false) {
    detourMeters = prior.detourMeters;
    circuity = fitSlopeWith(detourMeters);
  } else {
    const sol = solveLinear(
      [
        [sdd, used.reduce((acc, u) => acc + u.d, 0)],
        [used.reduce((acc, u) => acc + u.d, 0), used.length],
      ],
      [
        used.reduce((acc, u) => acc + u.d * u.s.distanceMeters, 0),
        used.reduce((acc, u) => acc + u.s.distanceMeters, 0),
      ],
    );
    if (sol && sol[1]! >= 0) {
      circuity = sol[0]!;
      detourMeters = sol[1]!;
    } else {
      detourMeters = 0;
      circuity = fitSlopeWith(0);
    }
  }
  circuity = Math.max(1, circuity);

  // Duration: ridge-regularised least squares on (overhead?, pace_1..pace_K) in s/m.
  const fitOverhead = options.fitOverhead !== false;
  const priorTheta = [
    ...(fitOverhead ? [prior.overheadSeconds] : []),
    ...bandStarts.map((start) => 3.6 / priorSpeedAt(start)),
  ];
  const rows = used.map((u) => {
    const road = circuity * u.d + detourMeters;
    const x = [...(fitOverhead ? [1] : []), ...bandLengths(bandStarts, road)];
    const y = u.s.durationSeconds - (fitOverhead ? 0 : prior.overheadSeconds);
    return { x, y };
  });
  let theta = ridgeLeastSquares(rows, priorTheta, ridge);
  let overheadSeconds = fitOverhead ? theta[0]! : prior.overheadSeconds;
  if (fitOverhead && overheadSeconds < 0) {
    // A negative overhead is not physical: refit with none.
    theta = [
      0,
      ...ridgeLeastSquares(
        rows.map((r) => ({ x: r.x.slice(1), y: r.y })),
        priorTheta.slice(1),
        ridge,
      ),
    ];
    overheadSeconds = 0;
  }
  const paces = fitOverhead ? theta.slice(1) : theta;
  const bands = bandStarts.map((fromMeters, k) => {
    const pace = paces[k]!;
    const kmh = pace > 0 ? 3.6 / pace : MAX_KMH;
    return { fromMeters, kmh: Math.min(MAX_KMH, Math.max(MIN_KMH, kmh)) };
  });
  const params = validateEstimateParams({ circuity, detourMeters, bands, overheadSeconds });

  const statsFor = (p: EstimateParams) => {
    const dist = used.map((u) => ({ pred: estimateRoadMeters(p, u.d), real: u.s.distanceMeters }));
    const dur = used.map((u) => ({
      pred: estimateSeconds(p, estimateRoadMeters(p, u.d)),
      real: u.s.durationSeconds,
    }));
    return { distance: errorStats(dist), duration: errorStats(dur) };
  };
  const fitted = statsFor(params);
  return {
    params,
    distance: fitted.distance,
    duration: fitted.duration,
    prior: statsFor(prior),
    used: used.length,
    skipped: samples.length - used.length,
  };
}

function errorStats(pairs: { pred: number; real: number }[]): ErrorStats {
  let sumAbsPct = 0;
  let maxAbsPct = 0;
  let sumSq = 0;
  let sumErr = 0;
  for (const { pred, real } of pairs) {
    const err = pred - real;
    const pct = Math.abs(err) / real;
    sumAbsPct += pct;
    maxAbsPct = Math.max(maxAbsPct, pct);
    sumSq += err * err;
    sumErr += err;
  }
  const n = pairs.length;
  return {
    n,
    meanAbsPercentError: sumAbsPct / n,
    maxAbsPercentError: maxAbsPct,
    rootMeanSquareError: Math.sqrt(sumSq / n),
    meanError: sumErr / n,
  };
}

function ridgeLeastSquares(rows: { x: number[]; y: number }[], prior: number[], ridge: number): number[] {
  const p = prior.length;
  const a = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const rhs = new Array<number>(p).fill(0);
  for (const { x, y } of rows) {
    for (let i = 0; i < p; i++) {
      rhs[i]! += x[i]! * y;
      for (let j = 0; j < p; j++) a[i]![j]! += x[i]! * x[j]!;
    }
  }
  // Each coefficient is pulled in proportion to its own column's weight (units differ: seconds for
  // the overhead, s/m for paces); a column no sample touches gets the mean weight, hence the prior.
  const mean = a.reduce((acc, row, i) => acc + row[i]!, 0) / p || 1;
  for (let i = 0; i < p; i++) {
    const lambda = ridge * (a[i]![i]! > 0 ? a[i]![i]! : mean);
    a[i]![i]! += lambda;
    rhs[i]! += lambda * prior[i]!;
  }
  return solveLinear(a, rhs) ?? prior;
}

/** Gaussian elimination with partial pivoting; undefined when singular. */
function solveLinear(matrix: number[][], rhs: number[]): number[] | undefined {
  const n = rhs.length;
  const m = matrix.map((row, i) => [...row, rhs[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    if (Math.abs(m[pivot]![col]!) < 1e-12) return undefined;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / m[col]![col]!;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}
