export { earliestTimes, latestTimes, scheduleSequence } from './feasibility';
export { compileProblem, type Problem } from './problem';
export { Rng } from './rng';
export { insertRequest, scheduleRoute, solveDarp } from './solve';
export type {
  DarpInstance,
  DarpRequest,
  DarpVehicle,
  InsertResult,
  Matrix,
  Objective,
  Plan,
  PlannedRoute,
  PlannedStop,
  SolveOptions,
  StopKind,
  StopSpec,
  UnassignedReason,
  UnassignedRequest,
} from './types';
