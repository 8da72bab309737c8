import type { LatLon, UnroutablePair, UnroutableReason } from './types';

export type RoutingErrorCode =
  | 'unroutable'
  | 'timeout'
  | 'network'
  | 'server'
  | 'rate_limited'
  | 'auth'
  | 'bad_request'
  | 'invalid_response'
  | 'aborted'
  | 'vrp_failed';

/** Every failure of a routing provider; `retryable` says whether the same request may succeed later. */
export class RoutingError extends Error {
  override readonly name: string = 'RoutingError';
  readonly code: RoutingErrorCode;
  readonly status: number | undefined;
  readonly retryable: boolean;

  constructor(
    code: RoutingErrorCode,
    message: string,
    opts: { status?: number; retryable?: boolean; cause?: unknown } = {},
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.code = code;
    this.status = opts.status;
    this.retryable = opts.retryable ?? false;
  }
}

/**
 * A point the road network cannot serve. `pointIndex` is an index into the list the caller passed
 * (for `matrixFromTo`, `side` tells which list). For `connection_not_found` the blamed point is the one
 * involved in most failing pairs (an island point fails with everybody); `pairs` lists them all.
 */
export class UnroutablePointError extends RoutingError {
  override readonly name = 'UnroutablePointError';
  readonly reason: UnroutableReason;
  readonly pointIndex: number;
  readonly point: LatLon | undefined;
  readonly side: 'points' | 'from' | 'to';
  readonly pairs: readonly UnroutablePair[];

  constructor(args: {
    reason: UnroutableReason;
    pointIndex: number;
    point: LatLon | undefined;
    side?: 'points' | 'from' | 'to';
    pairs?: readonly UnroutablePair[];
    detail?: string;
    status?: number;
  }) {
    const side = args.side ?? 'points';
    const where = args.point ? ` (${args.point.lat}, ${args.point.lon})` : '';
    const why =
      args.reason === 'point_not_found'
        ? 'is not near any road of the network'
        : 'cannot be connected by road to the other points';
    const label = side === 'points' ? 'point' : `${side} point`;
    super(
      'unroutable',
      `${label} ${args.pointIndex}${where} ${why}${args.detail ? `: ${args.detail}` : ''}`,
      args.status === undefined ? {} : { status: args.status },
    );
    this.reason = args.reason;
    this.pointIndex = args.pointIndex;
    this.point = args.point;
    this.side = side;
    this.pairs = args.pairs ?? [];
  }
}
