/**
 * Adapter around graphhopper-js-api-client 7.6.5 (GraphHopperRouting, GraphHopperMatrix).
 *
 * Traps of that library, and what we do about them (see docs/adr/0003):
 * - its package entry is a browser bundle: the classes are loaded from `src/*.js` with `require`.
 * - `doRequest` copies a constructor default over any *falsy* request value, so `instructions: false`
 *   becomes `true`: every value we need false is set as a constructor default instead.
 * - it rejects with `new Error(message + " - for url " + url)`: the HTTP status is lost (5xx and 4xx look
 *   alike), a network error reads "undefined", and the URL carries the API key. We tag each request
 *   body with a call id; interceptors on the library's own axios instance act only on tagged requests:
 *   they remove the tag before the body is serialised, attach our AbortSignal, and record status, error
 *   code and JSON body for that call. Other axios users in the process are untouched. (A symbol or
 *   non-enumerable tag does not survive: axios clones plain-object bodies in mergeConfig.)
 * - its `timeout` is axios' socket-idle timeout; the AbortSignal adds a hard deadline per request.
 * - it always appends `?key=<key>`, i.e. `?key=undefined` for a self-hosted server: stripped.
 */
import { createRequire } from 'node:module';
import { RoutingError } from './errors';
import type { UnroutableReason } from './types';

const CALL = Symbol.for('@solimob/routing/graphhopper-call');
/** Body property carrying the call id from our code to the interceptor; never sent. */
const TAG = '_solimobGraphHopperCall';
const calls = new Map<string, CallContext>();
let callSeq = 0;
const INSTALLED = Symbol.for('@solimob/routing/graphhopper-interceptors');

export interface GhPath {
  distance: number;
  /** Milliseconds. */
  time: number;
  points?: { type: 'LineString'; coordinates: number[][] } | string;
  points_encoded?: boolean;
}

export interface GhRouteResponse {
  paths?: GhPath[];
  info?: unknown;
}

export interface GhMatrixHint {
  message?: string;
  details?: string;
  point_pairs?: [number, number][];
  invalid_from_points?: number[];
  invalid_to_points?: number[];
}

export interface GhMatrixResponse {
  /** Seconds. */
  times?: (number | null)[][];
  /** Metres. */
  distances?: (number | null)[][];
  weights?: (number | null)[][];
  hints?: GhMatrixHint[];
  info?: unknown;
}

type RequestArgs = Record<string | symbol, unknown>;

interface GhClient<T> {
  doRequest(args: RequestArgs): Promise<T>;
}

type GhClientCtor<T> = new (
  args: { key?: string; host?: string; timeout?: number },
  requestDefaults?: Record<string, unknown>,
) => GhClient<T>;

interface CallContext {
  signal: AbortSignal;
  omitKey: boolean;
  status?: number;
  code?: string;
  body?: unknown;
}

interface AxiosConfigLike {
  data?: unknown;
  url?: string;
  signal?: AbortSignal;
  [CALL]?: CallContext;
}

interface AxiosLike {
  [INSTALLED]?: boolean;
  interceptors: {
    request: { use(onFulfilled: (config: AxiosConfigLike) => AxiosConfigLike): number };
    response: {
      use(
        onFulfilled: (res: { status: number; config: AxiosConfigLike }) => unknown,
        onRejected: (err: {
          code?: string;
          config?: AxiosConfigLike;
          response?: { status: number; data: unknown };
        }) => unknown,
      ): number;
    };
  };
}

export interface GraphHopperLibrary {
  Routing: GhClientCtor<GhRouteResponse>;
  Matrix: GhClientCtor<GhMatrixResponse>;
}

let loaded: GraphHopperLibrary | undefined;

/** Loads the library classes on first use (never at import time) and hooks its axios instance once. */
export function loadGraphHopperLibrary(): GraphHopperLibrary {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const routingPath = require.resolve('graphhopper-js-api-client/src/GraphHopperRouting.js');
  const Routing = require(routingPath) as GhClientCtor<GhRouteResponse>;
  const Matrix =
    require('graphhopper-js-api-client/src/GraphHopperMatrix.js') as GhClientCtor<GhMatrixResponse>;
  // The same module instance the library's own `require('axios')` returned.
  const axios = createRequire(routingPath)('axios') as AxiosLike;
  installInterceptors(axios);
  loaded = { Routing, Matrix };
  return loaded;
}

function installInterceptors(axios: AxiosLike): void {
  if (axios[INSTALLED]) return;
  axios[INSTALLED] = true;
  axios.interceptors.request.use((config) => {
    const data = config.data as RequestArgs | undefined;
    const id = data && typeof data === 'object' ? data[TAG] : undefined;
    if (typeof id !== 'string') return config;
    delete data![TAG];
    const ctx = calls.get(id);
    if (!ctx) return config;
    config[CALL] = ctx;
    config.signal = ctx.signal;
    if (ctx.omitKey && config.url)
      config.url = config.url.replace(/\?key=[^&]*$/, '').replace(/\?key=[^&]*&/, '?');
    return config;
  });
  axios.interceptors.response.use(
    (res) => {
      const ctx = res.config?.[CALL];
      if (ctx) ctx.status = res.status;
      return res;
    },
    (err) => {
      const ctx = err?.config?.[CALL];
      if (ctx) {
        if (err.code !== undefined) ctx.code = err.code;
        if (err.response) {
          ctx.status = err.response.status;
          ctx.body = err.response.data;
        }
      }
      return Promise.reject(err);
    },
  );
}

/** GraphHopper's own unroutable answer, with indices local to the request that got it. */
export class GhUnroutableError extends RoutingError {
  override readonly name = 'GhUnroutableError';
  constructor(
    readonly reason: UnroutableReason,
    /** `points` indices for /route; from/to indices for /matrix. */
    readonly pointIndexes: readonly number[],
    readonly fromIndexes: readonly number[],
    readonly toIndexes: readonly number[],
    message: string,
    status: number,
  ) {
    super('unroutable', message, { status });
  }
}

export interface CallOptions {
  timeoutMs: number;
  omitKey: boolean;
  signal?: AbortSignal;
}

/** One library call with a hard deadline, mapped to a `RoutingError` that keeps the HTTP status. */
export async function callGraphHopper<T>(
  client: GhClient<T>,
  args: Record<string, unknown>,
  opts: CallOptions,
): Promise<T> {
  if (opts.signal?.aborted) throw new RoutingError('aborted', 'routing request aborted by the caller');
  const deadline = AbortSignal.timeout(opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, deadline]) : deadline;
  const ctx: CallContext = { signal, omitKey: opts.omitKey };
  const id = String(++callSeq);
  calls.set(id, ctx);
  args[TAG] = id;
  try {
    return await client.doRequest(args as RequestArgs);
  } catch (libraryError) {
    if (opts.signal?.aborted) {
      throw new RoutingError('aborted', 'routing request aborted by the caller', {
        cause: opts.signal.reason,
      });
    }
    if (deadline.aborted || ctx.code === 'ECONNABORTED' || ctx.code === 'ETIMEDOUT') {
      throw new RoutingError('timeout', `GraphHopper did not answer within ${opts.timeoutMs} ms`, {
        retryable: true,
      });
    }
    throw classify(ctx, libraryError);
  } finally {
    calls.delete(id);
  }
}

function messageOf(body: unknown): string | undefined {
  if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string') {
    return body.message;
  }
  return undefined;
}

function classify(ctx: CallContext, libraryError: unknown): RoutingError {
  const status = ctx.status;
  const libMessage = String((libraryError as Error)?.message ?? libraryError).split(' - for url ')[0];
  const message = messageOf(ctx.body) ?? libMessage ?? 'unknown error';
  if (status === undefined) {
    if (ctx.code) {
      return new RoutingError('network', `GraphHopper unreachable (${ctx.code})`, {
        retryable: true,
        cause: libraryError,
      });
    }
    return new RoutingError('invalid_response', `GraphHopper client failed: ${message}`, {
      cause: libraryError,
    });
  }
  if (status >= 200 && status < 300) {
    return new RoutingError('invalid_response', `GraphHopper answered ${status}: ${message}`, { status });
  }
  if (status === 401 || status === 403) {
    return new RoutingError('auth', `GraphHopper refused the API key (${status}): ${message}`, { status });
  }
  if (status === 429) {
    // A 4xx, but a transient one: the hosted API's per-minute credit limit.
    return new RoutingError('rate_limited', `GraphHopper rate limit (429): ${message}`, {
      status,
      retryable: true,
    });
  }
  if (status >= 500) {
    return new RoutingError('server', `GraphHopper server error (${status}): ${message}`, {
      status,
      retryable: true,
    });
  }
  return (
    parseUnroutable(ctx.body, status) ??
    new RoutingError('bad_request', `GraphHopper: ${message}`, { status })
  );
}

interface GhErrorHint {
  message?: string;
  details?: string;
  point_index?: number;
  invalid_from_points?: number[];
  invalid_to_points?: number[];
}

/**
 * GraphHopper's error body is `{ message, hints: [{ message, details: <exception class>, ... }] }`.
 * PointNotFoundException carries `point_index` ("Cannot find point 1: 47.6,-2.4"); the matrix says
 * "Cannot find from_points: 7, 8"; ConnectionNotFoundException says "Connection between locations not found".
 */
export function parseUnroutable(body: unknown, status: number): GhUnroutableError | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as { message?: unknown; hints?: unknown };
  const hints: GhErrorHint[] = Array.isArray(b.hints) ? (b.hints as GhErrorHint[]) : [];
  const texts = [typeof b.message === 'string' ? b.message : '', ...hints.map((h) => h.message ?? '')];
  const message = texts.find((t) => t) ?? 'unroutable';

  const points = new Set<number>();
  const from = new Set<number>();
  const to = new Set<number>();
  for (const h of hints) {
    if (typeof h.point_index === 'number') points.add(h.point_index);
    for (const i of h.invalid_from_points ?? []) from.add(i);
    for (const i of h.invalid_to_points ?? []) to.add(i);
  }
  for (const t of texts) {
    const single = /Cannot find point (\d+)/.exec(t);
    if (single) points.add(Number(single[1]));
    const list = /Cannot find (from|to)_points: ([\d,\s]+)/.exec(t);
    if (list) {
      for (const part of list[2]!.split(',')) {
        const n = Number.parseInt(part.trim(), 10);
        if (Number.isInteger(n)) (list[1] === 'from' ? from : to).add(n);
      }
    }
  }
  if (points.size + from.size + to.size > 0 || hints.some((h) => h.details?.includes('PointNotFound'))) {
    return new GhUnroutableError('point_not_found', [...points], [...from], [...to], message, status);
  }
  if (
    texts.some((t) => t.includes('Connection between locations not found')) ||
    hints.some((h) => h.details?.includes('ConnectionNotFound'))
  ) {
    return new GhUnroutableError('connection_not_found', [], [], [], message, status);
  }
  return undefined;
}
