import type { RideRequest } from '@solimob/db';
import { ServiceError } from '../errors';

export type RideRequestStatus = RideRequest['status'];

/**
 * The ride request lifecycle. Matching may fall back (an offered request goes back to matching when it
 * is pooled, a matched one when its volunteer withdraws). Completed and cancelled are final; unmet is
 * final for the service, but staff who find a driver by hand may still assign one (unmet → matched).
 */
export const rideRequestTransitions: Record<RideRequestStatus, readonly RideRequestStatus[]> = {
  received: ['matching', 'offered', 'matched', 'cancelled', 'unmet'],
  matching: ['offered', 'matched', 'cancelled', 'unmet'],
  offered: ['matching', 'matched', 'cancelled', 'unmet'],
  matched: ['matching', 'offered', 'completed', 'cancelled', 'unmet'],
  completed: [],
  cancelled: [],
  unmet: ['matched'],
};

export const canTransition = (from: RideRequestStatus, to: RideRequestStatus) =>
  rideRequestTransitions[from].includes(to);

export function assertTransition(from: RideRequestStatus, to: RideRequestStatus): void {
  if (!canTransition(from, to)) {
    throw new ServiceError('conflict', `A ride request cannot go from '${from}' to '${to}'`);
  }
}
