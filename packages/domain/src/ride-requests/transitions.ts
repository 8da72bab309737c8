import type { RideRequest } from '@solimob/db';
import { ServiceError } from '../errors';

export type RideRequestStatus = RideRequest['status'];

/**
 * The ride request lifecycle. Matching may fall back (an offered or matched request goes back to
 * matching when a volunteer withdraws); completed, cancelled and unmet are final.
 */
export const rideRequestTransitions: Record<RideRequestStatus, readonly RideRequestStatus[]> = {
  received: ['matching', 'cancelled', 'unmet'],
  matching: ['offered', 'matched', 'cancelled', 'unmet'],
  offered: ['matching', 'matched', 'cancelled', 'unmet'],
  matched: ['matching', 'completed', 'cancelled', 'unmet'],
  completed: [],
  cancelled: [],
  unmet: [],
};

export const canTransition = (from: RideRequestStatus, to: RideRequestStatus) =>
  rideRequestTransitions[from].includes(to);

export function assertTransition(from: RideRequestStatus, to: RideRequestStatus): void {
  if (!canTransition(from, to)) {
    throw new ServiceError('conflict', `A ride request cannot go from '${from}' to '${to}'`);
  }
}
