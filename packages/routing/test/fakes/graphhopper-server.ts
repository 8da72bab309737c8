/**
 * A local GraphHopper speaking the real JSON of the open-source server (/route, /info, /health) and of
 * the hosted Directions API (/matrix, /vrp/optimize, /vrp/solution/{id}). Shapes follow GraphHopper's
 * own client fixtures (graphhopper/graphhopper, client-hc/src/test/resources/com/graphhopper/api/:
 * matrix.json, matrix_error.json, matrix-point-not-found-fail-fast.json, …).
 *
 * Answers are computed, not canned: road distance = haversine × circuity, time at a constant speed,
 * so tests can check real numbers. Failures are injected on demand; every request is recorded.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeLatLon {
  lat: number;
  lon: number;
}

export interface FakeGraphHopperOptions {
  /** `hosted` requires `key` on every call and serves /matrix and /vrp; `self-hosted` serves neither. */
  mode?: 'hosted' | 'self-hosted';
  /** The valid key in hosted mode (default `test-key`). */
  apiKey?: string;
  /** Serve /matrix (default: hosted mode only). */
  matrix?: boolean;
  /** Road distance / great-circle distance (default 1.3). */
  circuity?: number;
  /** Constant driving speed (default 60 km/h). */
  speedKmh?: number;
  /** Positions no road snaps to (within `snapRadiusMeters`): "Cannot find point". */
  unsnappable?: FakeLatLon[];
  /** Positions on a road island: reachable from each other only ("Connection between locations not found"). */
  island?: FakeLatLon[];
  snapRadiusMeters?: number;
  /** Polls answered "processing" before a VRP job is finished (default 2). */
  vrpProcessingPolls?: number;
  /** Profiles accepted (default car, foot, bike). */
  profiles?: string[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

interface Fault {
  remaining: number;
  status: number;
  path?: string;
}

export interface FakeGraphHopper {
  /** Base URL, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: string;
  apiKey: string;
  requests: RecordedRequest[];
  /** Requests whose path starts with `prefix` (e.g. `/route`). */
  count(prefix?: string): number;
  /** Highest number of requests being handled at the same time since start (or `reset`). */
  maxInFlight: number;
  /** Answer the next `times` requests (optionally only those under `path`) with `status` (default 503). */
  failNext(times: number, opts?: { status?: number; path?: string }): void;
  /** Delay every answer by `ms` (0 to stop); used for timeout tests and to let calls overlap. */
  setDelay(ms: number): void;
  /** Let every VRP job stay `processing` forever (bounded-polling tests). */
  setVrpNeverFinishes(value: boolean): void;
  reset(): void;
  close(): Promise<void>;
}

const EARTH_RADIUS_M = 6_371_008.8;
const COPYRIGHTS = ['GraphHopper', 'OpenStreetMap contributors'];

function haversine(a: FakeLatLon, b: FakeLatLon): number {
  const r = (d: number) => (d * Math.PI) / 180;
  const h =
    Math.sin(r(b.lat - a.lat) / 2) ** 2 +
    Math.cos(r(a.lat)) * Math.cos(r(b.lat)) * Math.sin(r(b.lon - a.lon) / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Google polyline encoding at 1e5, as GraphHopper does when points_encoded=true. */
function encodePolyline(coords: number[][]): string {
  let out = '';
  let prevLat = 0;
  let prevLon = 0;
  const enc = (v: number) => {
    let x = v < 0 ? ~(v << 1) : v << 1;
    while (x >= 0x20) {
      out += String.fromCharCode((0x20 | (x & 0x1f)) + 63);
      x >>= 5;
    }
    out += String.fromCharCode(x + 63);
  };
  for (const [lon, lat] of coords) {
    const la = Math.round(lat! * 1e5);
    const lo = Math.round(lon! * 1e5);
    enc(la - prevLat);
    enc(lo - prevLon);
    prevLat = la;
    prevLon = lo;
  }
  return out;
}

class FakeError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(typeof body === 'object' && body && 'message' in body ? String(body.message) : 'error');
  }
}

const pointNotFound = (index: number, p: FakeLatLon) => {
  const message = `Cannot find point ${index}: ${p.lat},${p.lon}`;
  return new FakeError(400, {
    message,
    hints: [
      { message, details: 'com.graphhopper.util.exceptions.PointNotFoundException', point_index: index },
    ],
  });
};

const connectionNotFound = () => {
  const message = 'Connection between locations not found';
  return new FakeError(400, {
    message,
    hints: [{ message, details: 'com.graphhopper.util.exceptions.ConnectionNotFoundException' }],
  });
};

const badRequest = (message: string) => new FakeError(400, { message, hints: [{ message }] });

interface VrpJob {
  id: string;
  polls: number;
  solution: unknown;
}

export async function startFakeGraphHopper(options: FakeGraphHopperOptions = {}): Promise<FakeGraphHopper> {
  const mode = options.mode ?? 'hosted';
  const apiKey = options.apiKey ?? 'test-key';
  const serveMatrix = options.matrix ?? mode === 'hosted';
  const circuity = options.circuity ?? 1.3;
  const speedMs = (options.speedKmh ?? 60) / 3.6;
  const snapRadius = options.snapRadiusMeters ?? 50;
  const profiles = options.profiles ?? ['car', 'foot', 'bike'];
  const processingPolls = options.vrpProcessingPolls ?? 2;

  const requests: RecordedRequest[] = [];
  const faults: Fault[] = [];
  const jobs = new Map<string, VrpJob>();
  const timers = new Set<NodeJS.Timeout>();
  let delayMs = 0;
  let vrpNeverFinishes = false;
  let inFlight = 0;
  let jobSeq = 0;

  const near = (list: FakeLatLon[] | undefined, p: FakeLatLon) =>
    (list ?? []).some((q) => haversine(p, q) <= snapRadius);

  /** Distance (m) and time (ms) of one leg, or the GraphHopper error for it. */
  const leg = (a: FakeLatLon, b: FakeLatLon): { distance: number; time: number } => {
    if (near(options.island, a) !== near(options.island, b)) throw connectionNotFound();
    const distance = haversine(a, b) * circuity;
    return { distance, time: Math.round((distance / speedMs) * 1000) };
  };

  const checkSnaps = (points: FakeLatLon[]) => {
    points.forEach((p, i) => {
      if (near(options.unsnappable, p)) throw pointNotFound(i, p);
    });
  };

  const checkProfile = (profile: unknown) => {
    if (profile !== undefined && !profiles.includes(String(profile))) {
      throw badRequest(`The requested profile '${String(profile)}' does not exist`);
    }
  };

  const parseLonLatList = (value: unknown, name: string): FakeLatLon[] => {
    if (!Array.isArray(value)) throw badRequest(`${name} is missing`);
    return value.map((pair) => {
      if (
        !Array.isArray(pair) ||
        pair.length < 2 ||
        typeof pair[0] !== 'number' ||
        typeof pair[1] !== 'number'
      ) {
        throw badRequest(`${name} must be [longitude, latitude] arrays`);
      }
      return { lon: pair[0], lat: pair[1] };
    });
  };

  const flag = (value: unknown, fallback: boolean) => {
    if (value === undefined || value === null || value === '') return fallback;
    return value === true || value === 'true';
  };

  const route = (points: FakeLatLon[], params: Record<string, unknown>) => {
    if (points.length < 2)
      throw badRequest(`At least 2 points have to be specified, but was:${points.length}`);
    checkProfile(params.profile);
    checkSnaps(points);
    let distance = 0;
    let time = 0;
    for (let i = 1; i < points.length; i++) {
      const l = leg(points[i - 1]!, points[i]!);
      distance += l.distance;
      time += l.time;
    }
    const calcPoints = flag(params.calc_points, true);
    const encoded = flag(params.points_encoded, true);
    const path: Record<string, unknown> = {
      distance: Math.round(distance * 1000) / 1000,
      weight: time / 1000,
      time,
      transfers: 0,
    };
    if (calcPoints) {
      // Straight segments with a midpoint per leg, so geometry has more vertices than waypoints.
      const coords: number[][] = [];
      points.forEach((p, i) => {
        if (i > 0) {
          const prev = points[i - 1]!;
          coords.push([(prev.lon + p.lon) / 2, (prev.lat + p.lat) / 2]);
        }
        coords.push([p.lon, p.lat]);
      });
      const lons = coords.map((c) => c[0]!);
      const lats = coords.map((c) => c[1]!);
      const waypoints = points.map((p) => [p.lon, p.lat]);
      path.points_encoded = encoded;
      path.bbox = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
      path.points = encoded ? encodePolyline(coords) : { type: 'LineString', coordinates: coords };
      path.snapped_waypoints = encoded
        ? encodePolyline(waypoints)
        : { type: 'LineString', coordinates: waypoints };
      if (flag(params.instructions, true)) {
        path.instructions = [
          {
            distance: path.distance,
            heading: 0,
            sign: 0,
            interval: [0, coords.length - 1],
            text: 'Continuer',
            time,
            street_name: '',
          },
          {
            distance: 0,
            sign: 4,
            interval: [coords.length - 1, coords.length - 1],
            text: 'Arrivée',
            time: 0,
            street_name: '',
          },
        ];
      }
      path.legs = [];
      path.details = {};
      path.ascend = 0;
      path.descend = 0;
    }
    return {
      hints: { 'visited_nodes.sum': 42 * points.length, 'visited_nodes.average': 42.0 },
      info: { copyrights: COPYRIGHTS, took: 1 },
      paths: [path],
    };
  };

  const matrix = (body: Record<string, unknown>) => {
    checkProfile(body.profile);
    const from = parseLonLatList(body.from_points ?? body.points, 'from_points');
    const to = parseLonLatList(body.to_points ?? body.points, 'to_points');
    const outArrays = Array.isArray(body.out_arrays) ? (body.out_arrays as string[]) : ['weights'];
    const failFast = flag(body.fail_fast, true);
    const badFrom = from.flatMap((p, i) => (near(options.unsnappable, p) ? [i] : []));
    const badTo = to.flatMap((p, i) => (near(options.unsnappable, p) ? [i] : []));
    if (failFast && (badFrom.length > 0 || badTo.length > 0)) {
      const hints = [];
      if (badFrom.length) hints.push({ message: `Cannot find from_points: ${badFrom.join(', ')}` });
      if (badTo.length) hints.push({ message: `Cannot find to_points: ${badTo.join(', ')}` });
      throw new FakeError(400, { message: hints[0]!.message, hints });
    }
    const times: (number | null)[][] = [];
    const distances: (number | null)[][] = [];
    const weights: (number | null)[][] = [];
    const pairs: [number, number][] = [];
    from.forEach((a, i) => {
      const tr: (number | null)[] = [];
      const dr: (number | null)[] = [];
      const wr: (number | null)[] = [];
      to.forEach((b, j) => {
        try {
          if (badFrom.includes(i) || badTo.includes(j)) throw connectionNotFound();
          const l = leg(a, b);
          tr.push(Math.round(l.time / 1000));
          dr.push(Math.round(l.distance));
          wr.push(Math.round(l.time) / 1000);
        } catch {
          pairs.push([i, j]);
          tr.push(null);
          dr.push(null);
          wr.push(null);
        }
      });
      times.push(tr);
      distances.push(dr);
      weights.push(wr);
    });
    if (failFast && pairs.length > 0) throw connectionNotFound();
    const out: Record<string, unknown> = { info: { copyrights: COPYRIGHTS, took: 0.05 } };
    if (outArrays.includes('times')) out.times = times;
    if (outArrays.includes('distances')) out.distances = distances;
    if (outArrays.includes('weights')) out.weights = weights;
    const hints: Record<string, unknown>[] = [];
    if (pairs.length > 0) {
      hints.push({
        message: `There were ${pairs.length} connections that could not be found, see point_pairs for details`,
        details: 'com.graphhopper.util.exceptions.ConnectionNotFoundException',
        point_pairs: pairs,
      });
    }
    if (badFrom.length > 0 || badTo.length > 0) {
      hints.push({
        message: `There were ${badFrom.length} from_points and ${badTo.length} to_points that could not be found, see invalid_from/to_points for details`,
        details: 'com.graphhopper.util.exceptions.PointsNotFoundException',
        invalid_from_points: badFrom,
        invalid_to_points: badTo,
      });
    }
    if (hints.length > 0) out.hints = hints;
    return out;
  };

  /** A feasible, not optimised, solution: shipments round-robin over vehicles, pickup then delivery. */
  const solveVrp = (body: Record<string, unknown>) => {
    const vehicles = body.vehicles as
      | {
          vehicle_id: string;
          type_id?: string;
          start_address: FakeLatLon & { location_id: string };
          earliest_start?: number;
        }[]
      | undefined;
    if (!Array.isArray(vehicles) || vehicles.length === 0) throw badRequest('vehicles are missing');
    const types = new Map(
      ((body.vehicle_types as { type_id: string; capacity?: number[] }[] | undefined) ?? []).map((t) => [
        t.type_id,
        t,
      ]),
    );
    type Stop = {
      address: FakeLatLon & { location_id: string };
      duration?: number;
      time_windows?: { earliest: number; latest: number }[];
    };
    const shipments =
      (body.shipments as { id: string; pickup: Stop; delivery: Stop; size?: number[] }[] | undefined) ?? [];
    const unassignedIds: string[] = [];
    const details: { id: string; code: number; reason: string }[] = [];
    const perVehicle = new Map<string, typeof shipments>(vehicles.map((v) => [v.vehicle_id, []]));
    shipments.forEach((s, i) => {
      const v = vehicles[i % vehicles.length]!;
      const capacity = v.type_id ? types.get(v.type_id)?.capacity : undefined;
      if (capacity && (s.size ?? []).some((q, d) => q > (capacity[d] ?? 0))) {
        unassignedIds.push(s.id);
        details.push({ id: s.id, code: 3, reason: 'does not fit into any vehicle due to capacity' });
        return;
      }
      perVehicle.get(v.vehicle_id)!.push(s);
    });
    let totalDistance = 0;
    let totalTransport = 0;
    const routes = vehicles.map((v) => {
      let t = v.earliest_start ?? 0;
      let here: FakeLatLon = v.start_address;
      let distance = 0;
      let transport = 0;
      const activities: Record<string, unknown>[] = [
        {
          type: 'start',
          location_id: v.start_address.location_id,
          address: v.start_address,
          end_time: t,
          distance: 0,
          driving_time: 0,
        },
      ];
      const visit = (type: string, id: string, stop: Stop) => {
        const l = leg(here, stop.address);
        distance += Math.round(l.distance);
        transport += Math.round(l.time / 1000);
        const arr = t + Math.round(l.time / 1000);
        const earliest = stop.time_windows?.[0]?.earliest ?? arr;
        const start = Math.max(arr, earliest);
        const end = start + (stop.duration ?? 0);
        activities.push({
          type,
          id,
          location_id: stop.address.location_id,
          address: stop.address,
          arr_time: arr,
          end_time: end,
          waiting_time: start - arr,
          distance,
          driving_time: transport,
        });
        t = end;
        here = stop.address;
      };
      for (const s of perVehicle.get(v.vehicle_id)!) {
        visit('pickupShipment', s.id, s.pickup);
        visit('deliverShipment', s.id, s.delivery);
      }
      const back = leg(here, v.start_address);
      distance += Math.round(back.distance);
      transport += Math.round(back.time / 1000);
      t += Math.round(back.time / 1000);
      activities.push({
        type: 'end',
        location_id: v.start_address.location_id,
        address: v.start_address,
        arr_time: t,
        distance,
        driving_time: transport,
      });
      totalDistance += distance;
      totalTransport += transport;
      return {
        vehicle_id: v.vehicle_id,
        distance,
        transport_time: transport,
        completion_time: t - (v.earliest_start ?? 0),
        waiting_time: 0,
        service_duration: 0,
        preparation_time: 0,
        activities,
      };
    });
    const used = routes.filter((r) => r.activities.length > 2);
    return {
      costs: totalTransport,
      distance: totalDistance,
      time: totalTransport,
      transport_time: totalTransport,
      completion_time: Math.max(0, ...used.map((r) => r.completion_time)),
      max_operation_time: Math.max(0, ...used.map((r) => r.completion_time)),
      waiting_time: 0,
      service_duration: 0,
      preparation_time: 0,
      no_vehicles: used.length,
      no_unassigned: unassignedIds.length,
      routes: used,
      unassigned: { services: [], shipments: unassignedIds, breaks: [], details },
    };
  };

  const readBody = (req: IncomingMessage): Promise<string> =>
    new Promise((resolve, reject) => {
      let data = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => {
        data += chunk;
      });
      req.on('end', () => resolve(data));
      req.on('error', reject);
    });

  const handle = async (req: IncomingMessage): Promise<{ status: number; body: unknown; text?: string }> => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    const raw = method === 'POST' ? await readBody(req) : '';
    let body: unknown;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        throw badRequest('Cannot parse JSON body');
      }
    }
    requests.push({ method, path: url.pathname, query: url.searchParams, body });

    const fault = faults.find((f) => f.remaining > 0 && (!f.path || url.pathname.startsWith(f.path)));
    if (fault) {
      fault.remaining--;
      throw new FakeError(fault.status, { message: `Injected failure ${fault.status}` });
    }
    if (url.pathname === '/health') return { status: 200, body: undefined, text: 'OK' };

    const hostedOnly = url.pathname === '/matrix' || url.pathname.startsWith('/vrp');
    if (mode === 'hosted' && url.searchParams.get('key') !== apiKey) {
      throw new FakeError(401, {
        message:
          'Wrong credentials. Register and get a valid API key at https://www.graphhopper.com/developers/',
      });
    }
    if (url.pathname === '/info') {
      return {
        status: 200,
        body: {
          bbox: [-5.2, 47.2, -1.0, 48.9],
          profiles: profiles.map((name) => ({ name })),
          version: '10.0',
          elevation: false,
          encoded_values: {},
          import_date: '2026-11-01T00:00:00Z',
          data_date: '2026-10-30T21:21:11Z',
        },
      };
    }
    if (url.pathname === '/route') {
      if (method === 'GET') {
        const points = url.searchParams.getAll('point').map((s) => {
          const [lat, lon] = s.split(',').map(Number);
          return { lat: lat!, lon: lon! };
        });
        const params = Object.fromEntries(url.searchParams.entries());
        return { status: 200, body: route(points, params) };
      }
      if (method === 'POST') {
        const b = (body ?? {}) as Record<string, unknown>;
        return { status: 200, body: route(parseLonLatList(b.points, 'points'), b) };
      }
    }
    if (hostedOnly && (mode !== 'hosted' || (url.pathname === '/matrix' && !serveMatrix))) {
      // What the open-source server (Dropwizard/Jersey) answers for an unknown resource.
      throw new FakeError(404, { code: 404, message: 'HTTP 404 Not Found' });
    }
    if (url.pathname === '/matrix' && method === 'POST') {
      return { status: 200, body: matrix((body ?? {}) as Record<string, unknown>) };
    }
    if (url.pathname === '/vrp/optimize' && method === 'POST') {
      const solution = solveVrp((body ?? {}) as Record<string, unknown>);
      const id = `fake-job-${++jobSeq}`;
      jobs.set(id, { id, polls: 0, solution });
      return { status: 200, body: { job_id: id } };
    }
    const sol = /^\/vrp\/solution\/([^/]+)$/.exec(url.pathname);
    if (sol && method === 'GET') {
      const job = jobs.get(decodeURIComponent(sol[1]!));
      if (!job) throw new FakeError(404, { message: `Job ${sol[1]} not found` });
      job.polls++;
      if (job.polls === 1)
        return {
          status: 200,
          body: { job_id: job.id, status: 'waiting_in_queue', waiting_time_in_queue: 0, processing_time: 0 },
        };
      if (vrpNeverFinishes || job.polls <= 1 + processingPolls) {
        return {
          status: 200,
          body: {
            job_id: job.id,
            status: 'processing',
            waiting_time_in_queue: 0,
            processing_time: 10 * job.polls,
          },
        };
      }
      return {
        status: 200,
        body: {
          job_id: job.id,
          status: 'finished',
          waiting_time_in_queue: 0,
          processing_time: 30,
          solution: job.solution,
        },
      };
    }
    throw new FakeError(404, { code: 404, message: 'HTTP 404 Not Found' });
  };

  const send = (res: ServerResponse, status: number, body: unknown, text?: string) => {
    if (res.destroyed) return;
    if (text !== undefined) {
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(text);
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const server: Server = createServer((req, res) => {
    inFlight++;
    fake.maxInFlight = Math.max(fake.maxInFlight, inFlight);
    let finished = false;
    const done = () => {
      if (!finished) {
        finished = true;
        inFlight--;
      }
    };
    res.on('close', done);
    handle(req)
      .then(
        (r) => [r.status, r.body, r.text] as const,
        (err: unknown) =>
          err instanceof FakeError
            ? ([err.status, err.body, undefined] as const)
            : ([500, { message: String((err as Error)?.message ?? err) }, undefined] as const),
      )
      .then(([status, body, text]) => {
        if (delayMs > 0) {
          const timer = setTimeout(() => {
            timers.delete(timer);
            send(res, status, body, text);
          }, delayMs);
          timers.add(timer);
        } else {
          send(res, status, body, text);
        }
      });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const fake: FakeGraphHopper = {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    requests,
    maxInFlight: 0,
    count(prefix) {
      return prefix ? requests.filter((r) => r.path.startsWith(prefix)).length : requests.length;
    },
    failNext(times, opts = {}) {
      faults.push({
        remaining: times,
        status: opts.status ?? 503,
        ...(opts.path ? { path: opts.path } : {}),
      });
    },
    setDelay(ms) {
      delayMs = ms;
    },
    setVrpNeverFinishes(value) {
      vrpNeverFinishes = value;
    },
    reset() {
      requests.length = 0;
      faults.length = 0;
      fake.maxInFlight = inFlight;
      delayMs = 0;
      vrpNeverFinishes = false;
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}
