export { communeReport } from './by-commune';
export { zoneReport } from './by-zone';
export { reportCsv } from './csv';
export { monthlyReport } from './monthly';
export { type ReportSummaryRefresh, refreshReportSummaries } from './refresh-summaries';
export {
  MAX_REPORT_MONTHS,
  type Report,
  type ReportFigures,
  type ReportKind,
  ReportQuery,
  type ReportRow,
  type ReportSummaryUse,
  type RideFigures,
  type ShuttleFigures,
} from './schemas';
