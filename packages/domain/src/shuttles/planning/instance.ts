import type { DarpInstance, DarpRequest, DarpVehicle, LatLon, RoutingProvider } from '@solimob/routing';
import type { PlanningInput } from './model';

/*
 * The round as two dial-a-ride instances over one matrix. Node 0 is the market (vehicles start and end
 * there: the CIAS minibuses are kept in the bourg), then one node per distinct pick-up point. Times are
 * minutes from `origin` (six hours before the arrival), distances kilometres.
 */

export interface RoundMatrix {
  /** Minutes, row-major. */
  time: Float64Array;
  /** Kilometres, row-major. */
  distance: Float64Array;
  points: LatLon[];
  /** Booking id → node. */
  nodeOf: Map<string, number>;
}

const ORIGIN_LEAD_MINUTES = 6 * 60;
/** How long after the arrival a vehicle may still be driving back to its depot at the market. */
const END_SLACK_MINUTES = 60;
/** How long the return trips may take, from the departure time. */
const RETURN_HORIZON_MINUTES = 5 * 60;
/**
 * At the market a group gets off or on together, so each passenger adds one minute there, not a whole
 * boarding at a door (a wheelchair user still needs the ramp: their own boarding time).
 */
const MARKET_MINUTES = 1;
const atMarket = (p: { boardingMinutes: number; wheelchairs: number }) =>
  p.wheelchairs > 0 ? p.boardingMinutes : Math.min(MARKET_MINUTES, p.boardingMinutes);

export const originOf = (input: PlanningInput) =>
  new Date(input.arrival.getTime() - ORIGIN_LEAD_MINUTES * 60_000);
export const toMinutes = (origin: Date, at: Date) => (at.getTime() - origin.getTime()) / 60_000;
export const toInstant = (origin: Date, minutes: number) =>
  new Date(origin.getTime() + Math.round(minutes * 60) * 1000);

/** One road matrix for both legs; the provider's cache makes the second round of the day cheap. */
export async function roundMatrix(input: PlanningInput, routing: RoutingProvider): Promise<RoundMatrix> {
  const points: LatLon[] = [input.market];
  const index = new Map<string, number>();
  const nodeOf = new Map<string, number>();
  for (const passenger of input.passengers) {
    const key = `${passenger.pickup.lat.toFixed(5)},${passenger.pickup.lon.toFixed(5)}`;
    let node = index.get(key);
    if (node === undefined) {
      node = points.length;
      points.push(passenger.pickup);
      index.set(key, node);
    }
    nodeOf.set(passenger.bookingId, node);
  }
  const matrix = await routing.matrix(points, { unroutable: 'infinity' });
  const time = new Float64Array(matrix.durations.length);
  const distance = new Float64Array(matrix.distances.length);
  for (let i = 0; i < time.length; i++) {
    time[i] = matrix.durations[i]! / 60;
    distance[i] = matrix.distances[i]! / 1000;
  }
  return { time, distance, points, nodeOf };
}

function vehicles(
  input: PlanningInput,
  start: { earliest: number; latest: number },
  endLatest: number,
): DarpVehicle[] {
  return input.vehicles.map((v) => ({
    id: v.id,
    start: { node: 0, ...start },
    end: { node: 0, earliest: start.earliest, latest: endLatest },
    seats: v.seats,
    wheelchairs: v.wheelchairPlaces,
  }));
}

/**
 * Outbound: pick-ups anywhere before the arrival, drop-offs at the market inside its window, each ride
 * within the line's maximum. With `anchored`, a resident who was told a time is picked up no earlier
 * than that and at most `replanToleranceMinutes` later (they will be waiting at the door from then on).
 */
export function outboundInstance(input: PlanningInput, matrix: RoundMatrix, anchored: boolean): DarpInstance {
  const origin = originOf(input);
  const arrival = toMinutes(origin, input.arrival);
  const size = matrix.points.length;
  const requests: DarpRequest[] = input.passengers.map((p) => {
    const node = matrix.nodeOf.get(p.bookingId)!;
    // Bounds the other constraints imply (drop-off window, ride limit, direct trip): stating them lets
    // the search's filters discard hopeless positions early; no feasible plan is lost.
    const impliedEarliest = Math.max(
      0,
      arrival - input.marketWindowMinutes - input.maxRideMinutes - p.boardingMinutes,
    );
    const impliedLatest = arrival - p.boardingMinutes - matrix.time[node * size]!;
    // Residents are told the minute ("vers 9 h 12"): the window opens at that minute, not a second later.
    const announced =
      anchored && p.announcedPickupAt ? Math.floor(toMinutes(origin, p.announcedPickupAt) + 1e-9) : null;
    const earliest = announced ?? impliedEarliest;
    const latest =
      announced === null ? impliedLatest : Math.min(impliedLatest, announced + input.replanToleranceMinutes);
    return {
      id: p.bookingId,
      pickup: {
        node,
        earliest,
        // An unreachable home (or a window the announcement cannot keep) must still be a valid window:
        // the optimiser then reports the passenger unassigned instead of refusing the instance.
        latest: Math.max(earliest, latest),
        serviceTime: p.boardingMinutes,
      },
      dropoff: {
        node: 0,
        earliest: arrival - input.marketWindowMinutes,
        latest: arrival,
        serviceTime: atMarket(p),
      },
      seats: p.seats,
      wheelchairs: p.wheelchairs,
      maxRideTime: input.maxRideMinutes,
    };
  });
  return {
    time: matrix.time,
    distance: matrix.distance,
    requests,
    vehicles: vehicles(input, { earliest: 0, latest: arrival }, arrival + END_SLACK_MINUTES),
  };
}

/**
 * Return: everyone boards at the market from the departure time (a second trip within the window),
 * and is dropped where they were picked up. Vehicles leave the market at the departure time, so the
 * first trip does not wait for the end of the window.
 */
export function returnInstance(input: PlanningInput, matrix: RoundMatrix): DarpInstance {
  const origin = originOf(input);
  const departure = toMinutes(origin, input.departure);
  const requests: DarpRequest[] = input.passengers.map((p) => ({
    id: p.bookingId,
    pickup: {
      node: 0,
      earliest: departure,
      latest: departure + input.marketWindowMinutes,
      serviceTime: atMarket(p),
    },
    dropoff: { node: matrix.nodeOf.get(p.bookingId)!, serviceTime: p.boardingMinutes },
    seats: p.seats,
    wheelchairs: p.wheelchairs,
    maxRideTime: input.maxRideMinutes,
  }));
  return {
    time: matrix.time,
    distance: matrix.distance,
    requests,
    vehicles: vehicles(input, { earliest: departure, latest: departure }, departure + RETURN_HORIZON_MINUTES),
  };
}
