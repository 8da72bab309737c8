export { type CandidateRules, eligibleVolunteers } from './candidates';
export { approachDistances } from './distances';
export { loadMatchingHistory, monthBounds } from './load-history';
export { loadVolunteerProfiles } from './load-volunteers';
export { type MatchOutcome, matchRideRequest } from './match-ride-request';
export type * from './model';
export {
  ARRIVAL_MARGIN_MINUTES,
  BOARDING_MINUTES,
  type MissionPlan,
  type PlannedLeg,
  type PlanningRequest,
  type PoolingRules,
  planPooled,
  planSolo,
  requestPoints,
  type TravelTable,
  travelTable,
} from './plan';
export { rankVolunteers } from './rank';
