export type { Comparison, ComparisonRow, Indicator } from './compare';
export { compareMetrics, comparisonCsv, INDICATORS, metricsCsv, metricsRows } from './compare';
export { describeScenario } from './describe';
export { getSimulation, simulationCsv, simulationPdf } from './get';
export type { Distribution, Metrics } from './metrics';
export { unmetReasonLabel } from './reasons';
export type { ReportContext } from './report-pdf';
export { comparisonPdf } from './report-pdf';
export { claimSimulation, finishSimulation, recordSimulationProgress } from './run-state';
export type {
  GeneratedDemand,
  Scenario,
  ScenarioBaseline,
  ScenarioInput,
  ShuttleChange,
  VolunteerChange,
} from './scenario';
export { parseScenario, ScenarioError, ScenarioSchema } from './scenario';
export { StartSimulationInput } from './schemas';
export { startSimulation } from './start';
export type { SimulationResultDocument, SimulationStatus, SimulationView } from './view';
