import { describe, expect, it } from 'vitest';
import {
  type CalibrationSample,
  calibrateEstimate,
  createEstimateProvider,
  DEFAULT_ESTIMATE_PARAMS,
  type EstimateParams,
  estimateLeg,
  haversineMeters,
  type LatLon,
} from '../../src/providers';

// Town halls (approximate) of Questembert Communauté.
const QUESTEMBERT: LatLon = { lat: 47.6608, lon: -2.4522 };
const MALANSAC: LatLon = { lat: 47.6783, lon: -2.2981 };
const ROCHEFORT: LatLon = { lat: 47.6978, lon: -2.3369 };
const LIMERZEL: LatLon = { lat: 47.6356, lon: -2.3528 };
const BERRIC: LatLon = { lat: 47.6336, lon: -2.5225 };
const LA_VRAIE_CROIX: LatLon = { lat: 47.6894, lon: -2.5436 };
const PLACES = [QUESTEMBERT, MALANSAC, ROCHEFORT, LIMERZEL, BERRIC, LA_VRAIE_CROIX];

/** Deterministic pseudo-random generator (mulberry32) so sample sets are reproducible. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomPointNear(rand: () => number, center: LatLon, radiusDeg: number): LatLon {
  return {
    lat: center.lat + (rand() * 2 - 1) * radiusDeg,
    lon: center.lon + (rand() * 2 - 1) * radiusDeg * 1.5,
  };
}

describe('estimate provider', () => {
  const provider = createEstimateProvider();

  it('gives Questembert → Malansac a realistic road distance and time', async () => {
    const crow = haversineMeters(QUESTEMBERT, MALANSAC);
    expect(crow).toBeGreaterThan(11_000);
    expect(crow).toBeLessThan(12_500);
    const m = await provider.matrix([QUESTEMBERT, MALANSAC]);
    const km = m.distances[1]! / 1000;
    const min = m.durations[1]! / 60;
    expect(km).toBeGreaterThanOrEqual(12);
    expect(km).toBeLessThanOrEqual(14);
    expect(min).toBeGreaterThanOrEqual(12);
    expect(min).toBeLessThanOrEqual(15);
  });

  it('is symmetric with a zero diagonal and satisfies the triangle inequality', async () => {
    const m = await provider.matrix(PLACES);
    const n = PLACES.length;
    expect(m.n).toBe(n);
    for (let i = 0; i < n; i++) {
      expect(m.durations[i * n + i]).toBe(0);
      expect(m.distances[i * n + i]).toBe(0);
      for (let j = 0; j < n; j++) {
        expect(m.durations[i * n + j]).toBeCloseTo(m.durations[j * n + i]!, 9);
        expect(m.distances[i * n + j]).toBeCloseTo(m.distances[j * n + i]!, 9);
        if (i !== j) expect(m.distances[i * n + j]!).toBeGreaterThan(haversineMeters(PLACES[i]!, PLACES[j]!));
        for (let k = 0; k < n; k++) {
          expect(m.distances[i * n + j]!).toBeLessThanOrEqual(
            m.distances[i * n + k]! + m.distances[k * n + j]! + 1e-6,
          );
          expect(m.durations[i * n + j]!).toBeLessThanOrEqual(
            m.durations[i * n + k]! + m.durations[k * n + j]! + 1e-6,
          );
        }
      }
    }
  });

  it('drives longer trips at a higher average speed, and time grows with distance', () => {
    const speeds = [500, 2_000, 8_000, 30_000].map((metres) => {
      const to = { lat: QUESTEMBERT.lat + metres / 111_195, lon: QUESTEMBERT.lon };
      const leg = estimateLeg(DEFAULT_ESTIMATE_PARAMS, QUESTEMBERT, to);
      return { leg, kmh: (leg.distanceMeters / leg.durationSeconds) * 3.6 };
    });
    for (let i = 1; i < speeds.length; i++) {
      expect(speeds[i]!.kmh).toBeGreaterThan(speeds[i - 1]!.kmh);
      expect(speeds[i]!.leg.durationSeconds).toBeGreaterThan(speeds[i - 1]!.leg.durationSeconds);
    }
    expect(speeds[0]!.kmh).toBeLessThan(30);
    expect(speeds[3]!.kmh).toBeGreaterThan(60);
    expect(speeds[3]!.kmh).toBeLessThan(90);
  });

  it('builds from/to matrices consistent with the square one', async () => {
    const square = await provider.matrix(PLACES);
    const rect = await provider.matrixFromTo([PLACES[1]!, PLACES[4]!], PLACES);
    expect(rect.fromCount).toBe(2);
    expect(rect.toCount).toBe(PLACES.length);
    for (let j = 0; j < PLACES.length; j++) {
      expect(rect.durations[j]).toBeCloseTo(square.durations[1 * PLACES.length + j]!, 9);
      expect(rect.distances[PLACES.length + j]).toBeCloseTo(square.distances[4 * PLACES.length + j]!, 9);
    }
  });

  it('routes through the points with straight segments', async () => {
    const r = await provider.route([QUESTEMBERT, ROCHEFORT, MALANSAC]);
    const a = estimateLeg(provider.params, QUESTEMBERT, ROCHEFORT);
    const b = estimateLeg(provider.params, ROCHEFORT, MALANSAC);
    expect(r.distanceMeters).toBeCloseTo(a.distanceMeters + b.distanceMeters, 6);
    expect(r.durationSeconds).toBeCloseTo(a.durationSeconds + b.durationSeconds, 6);
    expect(r.geometry).toEqual([
      [QUESTEMBERT.lon, QUESTEMBERT.lat],
      [ROCHEFORT.lon, ROCHEFORT.lat],
      [MALANSAC.lon, MALANSAC.lat],
    ]);
  });

  it('rejects invalid positions and parameters', async () => {
    await expect(provider.matrix([QUESTEMBERT, { lat: 95, lon: 0 }])).rejects.toMatchObject({
      code: 'bad_request',
    });
    expect(() => createEstimateProvider({ circuity: 0.8 })).toThrow(/circuity/);
    expect(() => createEstimateProvider({ bands: [{ fromMeters: 100, kmh: 50 }] })).toThrow(/band/);
  });
});

describe('calibrateEstimate', () => {
  const truth: EstimateParams = {
    circuity: 1.27,
    detourMeters: 450,
    overheadSeconds: 55,
    bands: [
      { fromMeters: 0, kmh: 24 },
      { fromMeters: 1_000, kmh: 44 },
      { fromMeters: 3_000, kmh: 66 },
      { fromMeters: 10_000, kmh: 84 },
    ],
  };

  function samples(seed: number, count: number, noise: number): CalibrationSample[] {
    const rand = rng(seed);
    return Array.from({ length: count }, () => {
      // Crow-fly lengths log-uniform in 150 m – 25 km: hops inside a bourg as well as trips across the
      // territory, or overhead and first-band speed could not be told apart (both are constant beyond 1 km).
      const from = randomPointNear(rand, QUESTEMBERT, 0.1);
      const crow = 150 * (25_000 / 150) ** rand();
      const bearing = rand() * 2 * Math.PI;
      const to = {
        lat: from.lat + (crow * Math.cos(bearing)) / 111_195,
        lon: from.lon + (crow * Math.sin(bearing)) / (111_195 * Math.cos((from.lat * Math.PI) / 180)),
      };
      const leg = estimateLeg(truth, from, to);
      const jitter = () => 1 + (rand() * 2 - 1) * noise;
      return {
        from,
        to,
        distanceMeters: leg.distanceMeters * jitter(),
        durationSeconds: leg.durationSeconds * jitter(),
      };
    }).filter((s) => s.distanceMeters > 0);
  }

  it('recovers known parameters exactly from noise-free samples', () => {
    const result = calibrateEstimate(samples(1, 300, 0));
    expect(result.used).toBe(300);
    expect(result.params.circuity).toBeCloseTo(truth.circuity, 6);
    expect(result.params.detourMeters).toBeCloseTo(truth.detourMeters, 3);
    expect(result.params.overheadSeconds).toBeCloseTo(truth.overheadSeconds, 2);
    result.params.bands.forEach((band, k) => {
      expect(band.fromMeters).toBe(truth.bands[k]!.fromMeters);
      expect(band.kmh).toBeCloseTo(truth.bands[k]!.kmh, 3);
    });
    expect(result.distance.meanAbsPercentError).toBeLessThan(1e-9);
    expect(result.duration.meanAbsPercentError).toBeLessThan(1e-6);
    // The defaults are not the truth, so the prior must have done worse on the same sample.
    expect(result.prior.distance.meanAbsPercentError).toBeGreaterThan(0.05);
  });

  it('gets close to the truth from noisy samples and reports the error', () => {
    const result = calibrateEstimate(samples(7, 2_000, 0.05));
    expect(result.params.circuity).toBeGreaterThan(truth.circuity * 0.97);
    expect(result.params.circuity).toBeLessThan(truth.circuity * 1.03);
    result.params.bands.forEach((band, k) => {
      expect(Math.abs(band.kmh - truth.bands[k]!.kmh) / truth.bands[k]!.kmh).toBeLessThan(0.1);
    });
    expect(result.distance.meanAbsPercentError).toBeGreaterThan(0.01);
    expect(result.distance.meanAbsPercentError).toBeLessThan(0.05);
    expect(result.duration.meanAbsPercentError).toBeLessThan(result.prior.duration.meanAbsPercentError);
  });

  it('keeps the prior speed of a band no sample reaches', () => {
    // All trips under ~6 km crow-fly: nothing reaches 40 km of road.
    const short = samples(3, 400, 0).filter((s) => haversineMeters(s.from, s.to) < 6_000);
    const result = calibrateEstimate(short, { bandStartsMeters: [0, 1_000, 3_000, 40_000] });
    expect(result.params.bands[3]!.kmh).toBeCloseTo(DEFAULT_ESTIMATE_PARAMS.bands[3]!.kmh, 6);
    expect(result.params.bands[1]!.kmh).toBeCloseTo(44, 3);
  });

  it('refuses a sample it cannot fit and skips degenerate samples', () => {
    expect(() => calibrateEstimate([])).toThrow(/two usable samples/);
    const good = samples(5, 50, 0);
    const result = calibrateEstimate([
      ...good,
      { from: QUESTEMBERT, to: QUESTEMBERT, distanceMeters: 0, durationSeconds: 0 },
    ]);
    expect(result.skipped).toBe(1);
    expect(result.used).toBe(good.length);
  });
});
