export { STATEMENT_CSV_COLUMNS, statementCsv } from './csv';
export { type MonthlyStatement, monthlyStatement, StatementMonth, type StatementRow } from './monthly';
export { MILEAGE_RULE_NOTE, statementPdf } from './pdf';
