import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  calibrateEstimate,
  collectCalibrationSamples,
  createGraphHopperProvider,
  createLruMatrixCellCache,
  createRoutingProvider,
  haversineMeters,
  type LatLon,
  RoutingError,
  UnroutablePointError,
} from '../../src/providers';
import { type FakeGraphHopper, startFakeGraphHopper } from '../fakes';

const QUESTEMBERT: LatLon = { lat: 47.6608, lon: -2.4522 };
const MALANSAC: LatLon = { lat: 47.6783, lon: -2.2981 };
const ROCHEFORT: LatLon = { lat: 47.6978, lon: -2.3369 };
const LIMERZEL: LatLon = { lat: 47.6356, lon: -2.3528 };
const BERRIC: LatLon = { lat: 47.6336, lon: -2.5225 };
// Not snappable (a field far from any road) and an island (Île d'Arz: no bridge).
const NOWHERE: LatLon = { lat: 47.7001, lon: -2.4001 };
const ISLAND: LatLon = { lat: 47.595, lon: -2.803 };

const FAKE_CIRCUITY = 1.3;
const FAKE_SPEED_MS = 60 / 3.6;

/** What the fake answers for a pair, so assertions check real numbers, not just shapes. */
const expected = (a: LatLon, b: LatLon) => {
  const distance = haversineMeters(a, b) * FAKE_CIRCUITY;
  return { distance, seconds: distance / FAKE_SPEED_MS };
};

function expectMatrixMatchesFake(
  points: LatLon[],
  m: { durations: Float64Array; distances: Float64Array },
  tolerance: { metres: number; seconds: number },
) {
  const n = points.length;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const e = expected(points[i]!, points[j]!);
      expect(Math.abs(m.distances[i * n + j]! - e.distance)).toBeLessThanOrEqual(tolerance.metres);
      expect(Math.abs(m.durations[i * n + j]! - e.seconds)).toBeLessThanOrEqual(tolerance.seconds);
    }
  }
}

describe('GraphHopper provider, hosted API (/matrix)', () => {
  let gh: FakeGraphHopper;
  beforeAll(async () => {
    gh = await startFakeGraphHopper({
      mode: 'hosted',
      apiKey: 'secret-key',
      unsnappable: [NOWHERE],
      island: [ISLAND],
    });
  });
  afterEach(() => gh.reset());
  afterAll(() => gh.close());

  const provider = (extra: Parameters<typeof createGraphHopperProvider>[0] = {}) =>
    createGraphHopperProvider({ baseUrl: gh.url, apiKey: 'secret-key', retryBaseDelayMs: 1, ...extra });

  it('builds the matrix with one /matrix call carrying the key, times in s and distances in m', async () => {
    const points = [QUESTEMBERT, MALANSAC, ROCHEFORT, LIMERZEL];
    const p = provider();
    expect(p.mode).toBe('hosted');
    const m = await p.matrix(points);
    expect(m.n).toBe(4);
    // The hosted API rounds to whole seconds and metres.
    expectMatrixMatchesFake(points, m, { metres: 0.5, seconds: 0.5 });
    expect(gh.count('/matrix')).toBe(1);
    expect(gh.count('/route')).toBe(0);
    const req = gh.requests[0]!;
    expect(req.query.get('key')).toBe('secret-key');
    expect(req.body).toMatchObject({ profile: 'car', out_arrays: ['times', 'distances'], fail_fast: false });
    expect(req.body).not.toHaveProperty('_solimobGraphHopperCall');
  });

  it('serves a repeated matrix from the cache and asks only for the cells of a new point', async () => {
    const p = provider();
    await p.matrix([QUESTEMBERT, MALANSAC, ROCHEFORT]);
    expect(gh.count('/matrix')).toBe(1);
    const again = await p.matrix([ROCHEFORT, QUESTEMBERT, MALANSAC]);
    expect(gh.count('/matrix')).toBe(1);
    expectMatrixMatchesFake([ROCHEFORT, QUESTEMBERT, MALANSAC], again, { metres: 0.5, seconds: 0.5 });

    gh.reset();
    await p.matrix([QUESTEMBERT, MALANSAC, ROCHEFORT, BERRIC]);
    // One request for Berric's row, one for Berric's column: not the whole square again.
    expect(gh.count('/matrix')).toBe(2);
    const asked = gh.requests.map((r) => r.body as { from_points: number[][]; to_points: number[][] });
    const cells = asked.reduce((acc, b) => acc + b.from_points.length * b.to_points.length, 0);
    expect(cells).toBeLessThanOrEqual(4 + 3);
  });

  it('shares a cache between providers and keys it by profile', async () => {
    const cache = createLruMatrixCellCache();
    await provider({ cache }).matrix([QUESTEMBERT, MALANSAC]);
    await provider({ cache }).matrix([QUESTEMBERT, MALANSAC]);
    expect(gh.count('/matrix')).toBe(1);
    await provider({ cache, profile: 'bike' }).matrix([QUESTEMBERT, MALANSAC]);
    expect(gh.count('/matrix')).toBe(2);
    expect(cache.size).toBe(4);
  });

  it('names the point no road snaps to', async () => {
    const err = await provider()
      .matrix([QUESTEMBERT, MALANSAC, NOWHERE, ROCHEFORT])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnroutablePointError);
    expect(err).toMatchObject({ reason: 'point_not_found', pointIndex: 2, point: NOWHERE, side: 'points' });
    expect((err as Error).message).toMatch(/point 2/);
  });

  it('names the disconnected point, or marks its cells Infinity on request', async () => {
    const points = [QUESTEMBERT, ISLAND, MALANSAC, ROCHEFORT];
    const err = await provider()
      .matrix(points)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnroutablePointError);
    expect(err).toMatchObject({ reason: 'connection_not_found', pointIndex: 1 });
    expect((err as UnroutablePointError).pairs).toHaveLength(6);

    const m = await provider().matrix(points, { unroutable: 'infinity' });
    expect(m.durations[0 * 4 + 1]).toBe(Number.POSITIVE_INFINITY);
    expect(m.distances[1 * 4 + 2]).toBe(Number.POSITIVE_INFINITY);
    expect(m.durations[0 * 4 + 2]).toBeGreaterThan(0);
    expect(Number.isFinite(m.durations[0 * 4 + 2]!)).toBe(true);
    expect(m.unroutable).toHaveLength(6);
    expect(m.unroutable).toContainEqual({ from: 1, to: 3, reason: 'connection_not_found' });
  });

  it('builds from/to matrices and blames the right side', async () => {
    const m = await provider().matrixFromTo([QUESTEMBERT], [MALANSAC, ROCHEFORT, QUESTEMBERT]);
    expect(m.fromCount).toBe(1);
    expect(m.toCount).toBe(3);
    expect(m.durations[2]).toBe(0);
    expect(Math.abs(m.distances[0]! - expected(QUESTEMBERT, MALANSAC).distance)).toBeLessThanOrEqual(0.5);
    const err = await provider()
      .matrixFromTo([QUESTEMBERT, MALANSAC], [ROCHEFORT, NOWHERE])
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: 'point_not_found', side: 'to', pointIndex: 1 });
  });

  it('refuses a bad key without retrying', async () => {
    const bad = createGraphHopperProvider({
      baseUrl: gh.url,
      apiKey: 'wrong',
      retries: 3,
      retryBaseDelayMs: 1,
    });
    const err = await bad.matrix([QUESTEMBERT, MALANSAC]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RoutingError);
    expect(err).toMatchObject({ code: 'auth', status: 401, retryable: false });
    expect((err as Error).message).not.toContain('wrong');
    expect(gh.count('/matrix')).toBe(1);
  });

  it('retries a 5xx and then succeeds', async () => {
    gh.failNext(2, { status: 503, path: '/matrix' });
    const m = await provider({ retries: 2 }).matrix([QUESTEMBERT, MALANSAC]);
    expect(m.distances[1]).toBeGreaterThan(0);
    expect(gh.count('/matrix')).toBe(3);
  });
});

describe('GraphHopper provider, self-hosted server (matrix from /route)', () => {
  let gh: FakeGraphHopper;
  beforeAll(async () => {
    gh = await startFakeGraphHopper({ mode: 'self-hosted', unsnappable: [NOWHERE], island: [ISLAND] });
  });
  afterEach(() => gh.reset());
  afterAll(() => gh.close());

  const provider = (extra: Parameters<typeof createGraphHopperProvider>[0] = {}) =>
    createGraphHopperProvider({ baseUrl: gh.url, retryBaseDelayMs: 1, ...extra });

  it('has no /matrix: the fake answers 404 like the open-source server', async () => {
    const res = await fetch(`${gh.url}/matrix`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
  });

  it('builds the matrix from /route calls, never more than maxConcurrency in flight', async () => {
    const points = [QUESTEMBERT, MALANSAC, ROCHEFORT, LIMERZEL, BERRIC];
    gh.setDelay(15); // make calls overlap so the bound is exercised
    const p = provider({ maxConcurrency: 3 });
    expect(p.mode).toBe('self-hosted');
    const m = await p.matrix(points);
    expectMatrixMatchesFake(points, m, { metres: 0.01, seconds: 0.001 });
    expect(gh.count('/route')).toBe(5 * 4);
    expect(gh.count('/matrix')).toBe(0);
    expect(gh.maxInFlight).toBeLessThanOrEqual(3);
    expect(gh.maxInFlight).toBeGreaterThan(1);
    const body = gh.requests[0]!.body as Record<string, unknown>;
    // The library would turn these false values into true without our constructor defaults.
    expect(body).toMatchObject({
      calc_points: false,
      instructions: false,
      elevation: false,
      points_encoded: false,
    });
    expect(body).not.toHaveProperty('optimize');
    expect(gh.requests[0]!.query.has('key')).toBe(false);
  });

  it('asks once per distinct position and serves a re-plan from the cache', async () => {
    const p = provider();
    const sameDoor = { lat: QUESTEMBERT.lat + 0.000001, lon: QUESTEMBERT.lon };
    const m = await p.matrix([QUESTEMBERT, MALANSAC, sameDoor]);
    expect(gh.count('/route')).toBe(2);
    expect(m.durations[0 * 3 + 2]).toBe(0);
    expect(m.durations[2 * 3 + 1]).toBe(m.durations[0 * 3 + 1]);
    await p.matrix([MALANSAC, QUESTEMBERT]);
    expect(gh.count('/route')).toBe(2);
    await p.matrix([MALANSAC, QUESTEMBERT, ROCHEFORT]);
    expect(gh.count('/route')).toBe(2 + 4);
  });

  it('retries 5xx then succeeds; gives up after the configured retries', async () => {
    gh.failNext(2, { status: 502 });
    const r = await provider({ retries: 2 }).route([QUESTEMBERT, MALANSAC]);
    expect(r.distanceMeters).toBeCloseTo(expected(QUESTEMBERT, MALANSAC).distance, 2);
    expect(gh.count('/route')).toBe(3);

    gh.reset();
    gh.failNext(5, { status: 500 });
    const err = await provider({ retries: 1 })
      .route([QUESTEMBERT, MALANSAC])
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'server', status: 500, retryable: true });
    expect(gh.count('/route')).toBe(2);
  });

  it('does not retry a 4xx', async () => {
    const err = await provider({ retries: 3, profile: 'hovercraft' })
      .route([QUESTEMBERT, MALANSAC])
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'bad_request', status: 400 });
    expect((err as Error).message).toMatch(/hovercraft/);
    expect(gh.count('/route')).toBe(1);
  });

  it('times out a slow server', async () => {
    gh.setDelay(2_000);
    const err = await provider({ timeoutMs: 100, retries: 0 })
      .route([QUESTEMBERT, MALANSAC])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RoutingError);
    expect(err).toMatchObject({ code: 'timeout', retryable: true });
  });

  it('reports a network failure as retryable', async () => {
    const closed = await startFakeGraphHopper({ mode: 'self-hosted' });
    const url = closed.url;
    await closed.close();
    const err = await createGraphHopperProvider({ baseUrl: url, retries: 1, retryBaseDelayMs: 1 })
      .route([QUESTEMBERT, MALANSAC])
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'network', retryable: true });
  });

  it('names the unsnappable point of a matrix and stops asking about it', async () => {
    const err = await provider({ maxConcurrency: 1 })
      .matrix([QUESTEMBERT, MALANSAC, ROCHEFORT, NOWHERE])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnroutablePointError);
    expect(err).toMatchObject({ reason: 'point_not_found', pointIndex: 3, point: NOWHERE });
    expect((err as UnroutablePointError).pairs).toHaveLength(6);
    // Row by row: 0→1, 0→2, 0→3 (fails), 1→0, 1→2, 2→0, 2→1; the other five pairs involve point 3.
    expect(gh.count('/route')).toBe(7);
  });

  it('names the island point of a matrix', async () => {
    const err = await provider({ maxConcurrency: 2 })
      .matrix([ISLAND, QUESTEMBERT, MALANSAC])
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: 'connection_not_found', pointIndex: 0 });
    expect((err as UnroutablePointError).pairs).toHaveLength(4);
  });

  it('returns a route with geometry, and names the failing point of a route', async () => {
    const r = await provider().route([QUESTEMBERT, ROCHEFORT, MALANSAC]);
    const e = expected(QUESTEMBERT, ROCHEFORT).distance + expected(ROCHEFORT, MALANSAC).distance;
    expect(r.distanceMeters).toBeCloseTo(e, 1);
    expect(r.durationSeconds).toBeGreaterThan(0);
    expect(r.geometry.length).toBeGreaterThan(3);
    expect(r.geometry[0]).toEqual([QUESTEMBERT.lon, QUESTEMBERT.lat]);
    expect(r.geometry.at(-1)).toEqual([MALANSAC.lon, MALANSAC.lat]);

    const notFound = await provider()
      .route([QUESTEMBERT, NOWHERE, MALANSAC])
      .catch((e: unknown) => e);
    expect(notFound).toMatchObject({ reason: 'point_not_found', pointIndex: 1 });

    const island = await provider()
      .route([QUESTEMBERT, MALANSAC, ISLAND])
      .catch((e: unknown) => e);
    expect(island).toMatchObject({ reason: 'connection_not_found', pointIndex: 2 });
    expect((island as UnroutablePointError).pairs).toEqual([
      { from: 1, to: 2, reason: 'connection_not_found' },
    ]);
  });

  it('stops at the caller abort', async () => {
    gh.setDelay(1_000);
    const controller = new AbortController();
    const pending = provider().matrix([QUESTEMBERT, MALANSAC, ROCHEFORT], { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ code: 'aborted' });
  });

  it('calibrates the offline estimate on its routes', async () => {
    // A grid of addresses over the territory, with close pairs so short hops are represented.
    const points: LatLon[] = [];
    for (let a = 0; a < 4; a++) {
      for (let b = 0; b < 3; b++) {
        points.push({ lat: 47.62 + a * 0.03, lon: -2.52 + b * 0.09 });
        points.push({ lat: 47.62 + a * 0.03 + 0.002, lon: -2.52 + b * 0.09 + 0.001 });
      }
    }
    const samples = await collectCalibrationSamples(provider({ maxConcurrency: 8 }), points);
    expect(samples).toHaveLength(points.length * (points.length - 1));
    const result = calibrateEstimate(samples);
    // The fake drives haversine × 1.3 at a constant 60 km/h with no overhead.
    expect(result.params.circuity).toBeCloseTo(FAKE_CIRCUITY, 3);
    expect(result.params.detourMeters).toBeLessThan(1);
    expect(result.params.overheadSeconds).toBeLessThan(1);
    for (const band of result.params.bands) expect(band.kmh).toBeCloseTo(60, 0);
    expect(result.duration.meanAbsPercentError).toBeLessThan(0.001);
    expect(result.prior.duration.meanAbsPercentError).toBeGreaterThan(0.05);
  });

  it('answers GET /route with GraphHopper JSON (fake fidelity)', async () => {
    const res = await fetch(
      `${gh.url}/route?point=${QUESTEMBERT.lat},${QUESTEMBERT.lon}&point=${MALANSAC.lat},${MALANSAC.lon}&profile=car`,
    );
    expect(res.status).toBe(200);
    const json = (await res.json()) as {
      paths: { distance: number; time: number; points: string; points_encoded: boolean }[];
    };
    expect(json.paths[0]!.points_encoded).toBe(true);
    expect(typeof json.paths[0]!.points).toBe('string');
    expect(json.paths[0]!.distance).toBeCloseTo(expected(QUESTEMBERT, MALANSAC).distance, 2);
    expect((await fetch(`${gh.url}/health`)).status).toBe(200);
    expect(
      ((await (await fetch(`${gh.url}/info`)).json()) as { profiles: unknown[] }).profiles.length,
    ).toBeGreaterThan(0);
  });
});

describe('createRoutingProvider', () => {
  it('picks GraphHopper when a URL or a key is configured, the estimate otherwise', () => {
    expect(createRoutingProvider({}).kind).toBe('estimate');
    expect(createRoutingProvider({ graphhopperUrl: '  ', graphhopperApiKey: '' }).kind).toBe('estimate');
    const self = createRoutingProvider({ graphhopperUrl: 'http://127.0.0.1:8989/' });
    expect(self).toMatchObject({
      kind: 'graphhopper',
      mode: 'self-hosted',
      baseUrl: 'http://127.0.0.1:8989',
    });
    const hosted = createRoutingProvider({ graphhopperApiKey: 'k', profile: 'car' });
    expect(hosted).toMatchObject({
      kind: 'graphhopper',
      mode: 'hosted',
      baseUrl: 'https://graphhopper.com/api/1',
    });
  });
});
