export { acknowledgement, cancellation } from './acknowledgement';
export { cancelRideRequest } from './cancel';
export { createRideRequest } from './create';
export { getRideRequest, ListRideRequestsQuery, listRideRequests } from './get';
export { type IntakeProblem, serviceDaysText, serviceHoursSentence } from './intake';
export {
  CancelRideRequestInput,
  CreateRideRequestInput,
  EndpointInput,
  rideRequestStatusValues,
  timeAnchorValues,
  tripPurposeValues,
} from './schemas';
export { transitionRideRequest } from './transition';
export type { RideRequestStatus } from './transitions';
export { assertTransition, canTransition, rideRequestTransitions } from './transitions';
export type { RideRequestView } from './view';
