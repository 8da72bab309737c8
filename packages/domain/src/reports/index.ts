export { communeReport } from './by-commune';
export { zoneReport } from './by-zone';
export { reportCsv } from './csv';
export { monthlyReport } from './monthly';
export {
  MAX_REPORT_MONTHS,
  type Report,
  type ReportFigures,
  type ReportKind,
  ReportQuery,
  type ReportRow,
  type RideFigures,
  type ShuttleFigures,
} from './schemas';
