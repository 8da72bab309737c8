import { useMutation, useQuery } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { useMemo, useState } from 'react';
import { api, call } from '../../api/client';
import { downloadFile } from '../../api/download';
import type { Report, ReportFigures } from '../../api/types';
import { BarChart, type BarSeries } from '../../components/BarChart';
import { ErrorSummary, LoadState } from '../../components/Feedback';
import { RadioGroup, TextField } from '../../components/Field';
import { Page } from '../../components/Layout';
import { unmetReasonLabel } from '../../i18n/labels';
import { displayZone, formatDateTime } from '../../lib/format';

type Grouping = 'month' | 'commune' | 'zone';

const ENDPOINTS = {
  month: '/reports/monthly',
  commune: '/reports/communes',
  zone: '/reports/zones',
} as const;
const GROUP_NAMES: Record<Grouping, string> = { month: 'Mois', commune: 'Commune', zone: 'Zone' };

const number = (value: number, digits = 0) =>
  value.toLocaleString('fr-FR', { maximumFractionDigits: digits });

/** The columns of the detailed table, each read from a row's figures. */
const COLUMNS: { header: string; read: (f: ReportFigures) => string }[] = [
  { header: 'Demandes', read: (f) => number(f.requests) },
  { header: 'Servies', read: (f) => number(f.served) },
  { header: 'Sans solution', read: (f) => number(f.unmet) },
  { header: 'Annulées', read: (f) => number(f.cancelled) },
  { header: 'Passagers', read: (f) => number(f.passengers) },
  { header: 'Km', read: (f) => number(f.km, 1) },
  { header: 'Heures bénévoles', read: (f) => number(f.volunteerHours, 1) },
  { header: 'Habitants touchés', read: (f) => number(f.residentsReached) },
  { header: 'Trajets solidaires servis', read: (f) => number(f.rides.served) },
  { header: 'Places de navette servies', read: (f) => number(f.shuttles.served) },
];

const KEY_FIGURES: { label: string; read: (f: ReportFigures) => string }[] = [
  { label: 'demandes', read: (f) => number(f.requests) },
  { label: 'servies', read: (f) => number(f.served) },
  { label: 'sans solution', read: (f) => number(f.unmet) },
  { label: 'passagers transportés', read: (f) => number(f.passengers) },
  { label: 'kilomètres', read: (f) => number(f.km, 0) },
  { label: 'heures de bénévolat', read: (f) => number(f.volunteerHours, 1) },
  { label: 'habitants différents', read: (f) => number(f.residentsReached) },
];

/** 'YYYY-MM' as "septembre 2026". */
const monthName = (month: string) => DateTime.fromISO(`${month}-01`).setLocale('fr').toFormat('LLLL yyyy');

/** When the figures were computed: the settled months may come from the summary, computed earlier. */
function Freshness({ report }: { report: Report }) {
  const { summary } = report;
  if (!summary) return <p className="muted">Calculé le {formatDateTime(report.generatedAt)}.</p>;
  const months =
    summary.from === summary.to
      ? `le mois de ${monthName(summary.from)}`
      : `les mois de ${monthName(summary.from)} à ${monthName(summary.to)}`;
  return (
    <p className="muted">
      Calculé le {formatDateTime(report.generatedAt)} ; pour {months}, récapitulatif calculé le{' '}
      {formatDateTime(summary.computedAt)}.
    </p>
  );
}

const monthOf = (offset: number) =>
  DateTime.now().setZone(displayZone()).plus({ months: offset }).toFormat('yyyy-MM');

function KeyFigures({ totals }: { totals: ReportFigures }) {
  return (
    <ul className="key-figures" aria-label="Chiffres clés de la période">
      {KEY_FIGURES.map((figure) => (
        <li key={figure.label}>
          <strong>{figure.read(totals)}</strong> {figure.label}
        </li>
      ))}
    </ul>
  );
}

function Charts({ report }: { report: Report }) {
  const labels = useMemo(() => report.rows.map((row) => row.label), [report]);
  const outcomes = useMemo<BarSeries[]>(
    () => [
      { label: 'Servies', values: report.rows.map((r) => r.served), colour: '#1d6b34' },
      { label: 'Sans solution', values: report.rows.map((r) => r.unmet), colour: '#a3001b' },
      { label: 'Annulées', values: report.rows.map((r) => r.cancelled), colour: '#6b7079' },
      { label: 'En cours', values: report.rows.map((r) => r.pending), colour: '#7fa7d9' },
    ],
    [report],
  );
  const distances = useMemo<BarSeries[]>(
    () => [
      { label: 'Trajets solidaires', values: report.rows.map((r) => r.rides.km), colour: '#004a99' },
      { label: 'Navettes', values: report.rows.map((r) => r.shuttles.km), colour: '#a34700' },
    ],
    [report],
  );
  const per = GROUP_NAMES[report.kind].toLowerCase();
  return (
    <div className="charts">
      <figure>
        <figcaption>Demandes par {per} : servies, sans solution, annulées, en cours</figcaption>
        <BarChart
          labels={labels}
          series={outcomes}
          summary={`Graphique en barres des demandes par ${per}. Les mêmes chiffres sont dans le tableau détaillé.`}
        />
      </figure>
      <figure>
        <figcaption>Kilomètres par {per} : bénévoles et navettes</figcaption>
        <BarChart
          labels={labels}
          series={distances}
          unit="km"
          summary={`Graphique en barres des kilomètres par ${per}. Les mêmes chiffres sont dans le tableau détaillé.`}
        />
      </figure>
    </div>
  );
}

function DetailTable({ report }: { report: Report }) {
  const group = GROUP_NAMES[report.kind];
  return (
    <div className="table-wrap">
      <table className="report-table">
        <caption>Tableau détaillé par {group.toLowerCase()}</caption>
        <thead>
          <tr>
            <th scope="col">{group}</th>
            {COLUMNS.map((column) => (
              <th key={column.header} scope="col" className="number">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {COLUMNS.map((column) => (
                <td key={column.header} className="number">
                  {column.read(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total de la période</th>
            {COLUMNS.map((column) => (
              <td key={column.header} className="number">
                {column.read(report.totals)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function UnmetReasons({ totals }: { totals: ReportFigures }) {
  const reasons = Object.entries(totals.unmetReasons).sort(([, a], [, b]) => b - a);
  return (
    <section aria-labelledby="reasons-title">
      <h2 id="reasons-title">Pourquoi des demandes sont restées sans solution</h2>
      {reasons.length === 0 ? (
        <p className="empty">Aucune demande sans solution sur la période.</p>
      ) : (
        <ul className="reasons">
          {reasons.map(([reason, count]) => (
            <li key={reason}>
              {unmetReasonLabel(reason)} : <strong>{count}</strong>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Reports for staff, elected officials and funders: a period of months, grouped by month, commune or
 * zone; key figures, two charts, the detailed table (the charts' text twin), unmet reasons, CSV export.
 * The figures are the API's: the page only draws them.
 */
export function ReportsPage() {
  const [from, setFrom] = useState(() => monthOf(-11));
  const [to, setTo] = useState(() => monthOf(0));
  const [grouping, setGrouping] = useState<Grouping>('month');
  const valid = /^\d{4}-\d{2}$/.test(from) && /^\d{4}-\d{2}$/.test(to);
  const report = useQuery({
    queryKey: ['reports', grouping, from, to],
    queryFn: () => call(api.GET(ENDPOINTS[grouping], { params: { query: { from, to } } })),
    enabled: valid,
  });
  const exportCsv = useMutation({
    mutationFn: () =>
      downloadFile(
        `${ENDPOINTS[grouping]}?from=${from}&to=${to}&format=csv`,
        `rapport-${grouping}-${from}-${to}.csv`,
      ),
  });
  return (
    <Page
      title="Rapports"
      lead="Trajets solidaires et navettes du marché, pour le CIAS, les élus et les financeurs."
    >
      <search className="filters" aria-label="Période et regroupement">
        <TextField
          label="Du mois"
          type="month"
          value={from}
          onChange={(event) => setFrom(event.target.value)}
        />
        <TextField
          label="Au mois (inclus)"
          type="month"
          value={to}
          onChange={(event) => setTo(event.target.value)}
        />
        <RadioGroup
          legend="Regrouper par"
          name="grouping"
          value={grouping}
          onChange={setGrouping}
          choices={[
            { value: 'month', label: 'Mois' },
            { value: 'commune', label: 'Commune' },
            { value: 'zone', label: 'Zone' },
          ]}
          className="inline-choices"
        />
        <button type="button" className="secondary" onClick={() => exportCsv.mutate()} disabled={!valid}>
          Exporter en CSV (tableur)
        </button>
      </search>
      <ErrorSummary error={exportCsv.error} focus={false} />
      <LoadState loading={report.isPending && valid} error={report.error} label="Rapport" />
      {report.data && (
        <>
          <section aria-labelledby="totals-title">
            <h2 id="totals-title">
              {report.data.territoryName}, de {report.data.rows[0]?.label ?? from} à{' '}
              {report.data.kind === 'month' ? report.data.rows.at(-1)?.label : to}
            </h2>
            <KeyFigures totals={report.data.totals} />
          </section>
          <Charts report={report.data} />
          <DetailTable report={report.data} />
          <UnmetReasons totals={report.data.totals} />
          <details className="definitions">
            <summary>Comment les chiffres sont comptés</summary>
            <ul>
              <li>
                Une demande compte dans le mois de son heure demandée ; une place de navette, dans le mois de
                la tournée. Les communes et zones sont celles où habitent les personnes.
              </li>
              <li>
                Kilomètres : ceux des bénévoles (de leur domicile au retour chez eux) et ceux prévus pour les
                navettes ; un véhicule partagé est réparti entre les passagers.
              </li>
              <li>
                Habitants touchés : chaque personne transportée compte une fois, même si elle voyage souvent.
              </li>
              <li>
                Le mois en cours et le mois précédent sont calculés à chaque affichage. Les mois plus anciens
                viennent d'un récapitulatif que le service recalcule toutes les 10 minutes : une correction
                sur un mois ancien (un trajet clos en retard, une personne qui a déménagé) y apparaît dans les
                10 minutes.
              </li>
            </ul>
            <Freshness report={report.data} />
          </details>
        </>
      )}
    </Page>
  );
}
