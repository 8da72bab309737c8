/** A WGS84 position in decimal degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** [longitude, latitude], the order GraphHopper and GeoJSON use. */
export type LonLat = [number, number];

/** Why a cell of a matrix, or a route, cannot be computed. */
export type UnroutableReason = 'point_not_found' | 'connection_not_found';

/** One origin→destination pair that has no road answer (indices into the caller's lists). */
export interface UnroutablePair {
  from: number;
  to: number;
  reason: UnroutableReason;
}

export interface MatrixOptions {
  /**
   * `throw` (default): an unroutable pair rejects with `UnroutablePointError`.
   * `infinity`: the cell is `Infinity` in both arrays and is listed in `unroutable`, so a planner can
   * leave the requests that need it unassigned instead of failing the whole plan.
   */
  unroutable?: 'throw' | 'infinity';
  signal?: AbortSignal;
}

/** Square matrix over one list of points; cell (i, j) is at index `i * n + j`. */
export interface TravelMatrix {
  n: number;
  /** Seconds, row-major n×n. */
  durations: Float64Array;
  /** Metres, row-major n×n. */
  distances: Float64Array;
  /** Only with `unroutable: 'infinity'`; empty when every pair is routable. */
  unroutable?: UnroutablePair[];
}

/** Rectangular matrix from `fromCount` origins to `toCount` destinations; cell (i, j) at `i * toCount + j`. */
export interface FromToMatrix {
  fromCount: number;
  toCount: number;
  durations: Float64Array;
  distances: Float64Array;
  unroutable?: UnroutablePair[];
}

export interface RouteOptions {
  signal?: AbortSignal;
}

/** A drivable route through the points in order, for maps and route sheets. */
export interface RouteResult {
  distanceMeters: number;
  durationSeconds: number;
  /** [lon, lat] vertices. */
  geometry: LonLat[];
}

/** Travel times and distances on the road network. Implementations: estimate (offline) and GraphHopper. */
export interface RoutingProvider {
  readonly kind: 'estimate' | 'graphhopper';
  /** Profile the numbers are for (e.g. `car`); part of every cache key. */
  readonly profile: string;
  matrix(points: readonly LatLon[], opts?: MatrixOptions): Promise<TravelMatrix>;
  matrixFromTo(from: readonly LatLon[], to: readonly LatLon[], opts?: MatrixOptions): Promise<FromToMatrix>;
  route(points: readonly LatLon[], opts?: RouteOptions): Promise<RouteResult>;
}
