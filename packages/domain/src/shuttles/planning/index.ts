export type { PlanStopView, PlanVehicleView, RoundPlanView } from './get-plan';
export { getRoundPlan } from './get-plan';
export type {
  LegPlan,
  PlanningInput,
  PlanningPassenger,
  PlanningVehicle,
  PlanStrategy,
  RoundPlan,
  SolverOptions,
} from './model';
export { DEFAULT_SOLVER } from './model';
export type { PlanRoundDeps, PlanRoundOutcome } from './plan-round';
export { planRound } from './plan-round';
export { sendDayBeforeReminders } from './reminders';
export type { RouteSheet, RouteSheetRow } from './route-sheet';
export { getRouteSheet, getRouteSheetByLink } from './route-sheet';
export { renderRouteSheetPdf } from './route-sheet-pdf';
export { planRoundInput } from './solve';
