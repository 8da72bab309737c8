import { stringify } from 'csv-stringify/sync';
import type { Report, ReportFigures } from './schemas';

/** French decimal comma, as the spreadsheet of a French CIAS expects. */
const decimal = (value: number) => value.toFixed(1).replace('.', ',');

const GROUP_HEADER: Record<Report['kind'], string> = { month: 'mois', commune: 'commune', zone: 'zone' };

/** Columns after the group's name, with how each reads its figure. */
const COLUMNS: [string, (f: ReportFigures) => string | number][] = [
  ['demandes', (f) => f.requests],
  ['servies', (f) => f.served],
  ['sans_solution', (f) => f.unmet],
  ['annulees', (f) => f.cancelled],
  ['en_cours', (f) => f.pending],
  ['passagers', (f) => f.passengers],
  ['km', (f) => decimal(f.km)],
  ['heures_benevoles', (f) => decimal(f.volunteerHours)],
  ['habitants_touches', (f) => f.residentsReached],
  ['trajets_demandes', (f) => f.rides.requests],
  ['trajets_servis', (f) => f.rides.served],
  ['trajets_sans_solution', (f) => f.rides.unmet],
  ['trajets_annules', (f) => f.rides.cancelled],
  ['trajets_passagers', (f) => f.rides.passengers],
  ['trajets_km', (f) => decimal(f.rides.km)],
  ['navette_reservations', (f) => f.shuttles.bookings],
  ['navette_servies', (f) => f.shuttles.served],
  ['navette_sans_solution', (f) => f.shuttles.unmet],
  ['navette_annulees', (f) => f.shuttles.cancelled],
  ['navette_passagers', (f) => f.shuttles.passengers],
  ['navette_km', (f) => decimal(f.shuttles.km)],
];

/**
 * A report as CSV for a spreadsheet: UTF-8 with a byte-order mark, semicolons, decimal commas; one line
 * per group, then the total (whose residents reached are counted once over the period, not summed).
 * Unmet reasons get one column each ('sans_solution_<reason>'), the reasons met in the period.
 */
export function reportCsv(report: Report): string {
  const reasons = Object.keys(report.totals.unmetReasons).sort();
  const line = (name: string, figures: ReportFigures) => [
    name,
    ...COLUMNS.map(([, read]) => read(figures)),
    ...reasons.map((reason) => figures.unmetReasons[reason] ?? 0),
  ];
  return stringify([...report.rows.map((row) => line(row.label, row)), line('Total', report.totals)], {
    header: true,
    columns: [
      GROUP_HEADER[report.kind],
      ...COLUMNS.map(([name]) => name),
      ...reasons.map((reason) => `sans_solution_${reason}`),
    ],
    delimiter: ';',
    bom: true,
    record_delimiter: 'windows',
  });
}
