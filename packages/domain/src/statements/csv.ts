import { stringify } from 'csv-stringify/sync';
import type { MonthlyStatement } from './monthly';

/** French decimal comma, as the spreadsheet of a French CIAS expects. */
const decimal = (value: number | null, digits: number) =>
  value === null ? '' : value.toFixed(digits).replace('.', ',');

export const STATEMENT_CSV_COLUMNS = [
  'date',
  'heure',
  'trajet',
  'depart',
  'arrivee',
  'km',
  'taux_eur_km',
  'montant_eur',
] as const;

/**
 * The statement as CSV for accounting: UTF-8 with a byte-order mark and semicolons, as French
 * spreadsheets open it; one row per trip, decimal commas; an empty km means not measured yet.
 */
export function statementCsv(statement: MonthlyStatement): string {
  return stringify(
    statement.rows.map((r) => [
      r.date,
      r.time,
      r.code,
      r.from,
      r.to,
      decimal(r.km, 1),
      decimal(r.rateEurPerKm, 3),
      decimal(r.amountEur, 2),
    ]),
    {
      header: true,
      columns: [...STATEMENT_CSV_COLUMNS],
      delimiter: ';',
      bom: true,
      record_delimiter: 'windows',
    },
  );
}
