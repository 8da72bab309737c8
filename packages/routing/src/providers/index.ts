export type { RetryPolicy } from './async';
export {
  createLruMatrixCellCache,
  type LruMatrixCellCache,
  type MatrixCell,
  type MatrixCellCache,
  matrixCellKey,
} from './cache';
export { RoutingError, type RoutingErrorCode, UnroutablePointError } from './errors';
export {
  type CalibrationOptions,
  type CalibrationResult,
  type CalibrationSample,
  calibrateEstimate,
  collectCalibrationSamples,
  createEstimateProvider,
  DEFAULT_ESTIMATE_PARAMS,
  type ErrorStats,
  type EstimateParams,
  type EstimateProvider,
  estimateLeg,
  estimateRoadMeters,
  estimateSeconds,
  type SpeedBand,
  validateEstimateParams,
} from './estimate';
export { createRoutingProvider, type RoutingProviderConfig } from './factory';
export { haversineMeters, pointKey } from './geo';
export {
  createGraphHopperProvider,
  GRAPHHOPPER_HOSTED_URL,
  type GraphHopperProvider,
  type GraphHopperProviderOptions,
} from './graphhopper';
export type {
  FromToMatrix,
  LatLon,
  LonLat,
  MatrixOptions,
  RouteOptions,
  RouteResult,
  RoutingProvider,
  TravelMatrix,
  UnroutablePair,
  UnroutableReason,
} from './types';
export {
  createGraphHopperVrpClient,
  type GraphHopperVrpClient,
  type GraphHopperVrpClientOptions,
  type NeutralPlan,
  type NeutralPlanStop,
  type VrpActivity,
  type VrpActivityType,
  type VrpAddress,
  type VrpJobStatus,
  type VrpProblem,
  type VrpRoute,
  type VrpService,
  type VrpShipment,
  type VrpSolution,
  type VrpStop,
  type VrpTimeWindow,
  type VrpUnassigned,
  type VrpVehicle,
  type VrpVehicleType,
  vrpSolutionToPlan,
} from './vrp';
