import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { downloadFile } from '../../api/download';
import { useCommunes, usePlaces, useShuttleLines } from '../../api/queries';
import { BarChart } from '../../components/BarChart';
import { ErrorSummary, LoadState } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Field';
import { Page } from '../../components/Layout';

const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

interface Row {
  key: string;
  label: string;
  unit: string;
  /** Points for a share in %; absent from results stored before it existed. */
  differenceUnit?: string;
  a: number | null;
  b: number | null;
  difference: number | null;
  verdict: 'better' | 'worse' | 'same' | null;
}

const fr = (value: number | null, unit: string) =>
  value === null
    ? '—'
    : `${value.toLocaleString('fr-FR', { maximumFractionDigits: 1 })}${unit ? ` ${unit}` : ''}`;

/**
 * "Simulateur": build a variation of today's setup (volunteers removed or added, a vehicle on a
 * shuttle line, one more round of a line on another weekday; choices from the API), start the
 * simulation, follow its progress and read the comparison with today's setup: a table, a chart, the
 * CSV and the PDF report. The work is the API's job; "today's setup" is the territory's own data (the
 * worker copies it, pseudonymised), and demand is estimated from the population or replayed from the
 * requests recorded over the same number of days before.
 */
export function SimulatorPage() {
  const [days, setDays] = useState('28');
  const [demand, setDemand] = useState<'generated' | 'replay'>('generated');
  const [removeCount, setRemoveCount] = useState('0');
  const communes = useCommunes();
  const lines = useShuttleLines();
  const places = usePlaces();
  const communeList = communes.data?.items ?? [];
  const zones = [...new Set(communeList.map((c) => c.zone))].sort();
  const lineList = lines.data?.items ?? [];
  const [removeZone, setRemoveZone] = useState('');
  const [addCount, setAddCount] = useState('0');
  const [addCommune, setAddCommune] = useState('');
  const [lineId, setLineId] = useState('');
  const [vehicle, setVehicle] = useState(false);
  // The territory's data gives the choices; the first one holds until staff pick another.
  const zone = removeZone || zones[0] || '';
  const communeName = addCommune || communeList[0]?.name || '';
  const line = lineList.find((l) => l.id === lineId) ?? lineList[0];
  const [roundDay, setRoundDay] = useState('');
  const [simulationId, setSimulationId] = useState<string | null>(null);

  const start = useMutation({
    mutationFn: () => {
      const period = { days: Number(days) };
      // Both scenarios the same demand: the comparison shows the change, not another demand.
      const common = { period, ...(demand === 'replay' ? { demand: { source: 'replay' } } : {}) };
      const volunteers = [
        ...(Number(removeCount) > 0
          ? [{ kind: 'remove_volunteers', count: Number(removeCount), where: { zone } }]
          : []),
        ...(Number(addCount) > 0
          ? [{ kind: 'add_volunteers', count: Number(addCount), commune: communeName }]
          : []),
      ];
      const market = places.data?.items.find((p) => p.id === line?.marketPlaceId)?.name;
      const lineCommunes = communeList.filter((c) => line?.communeIds.includes(c.id)).map((c) => c.name);
      const shuttles = [
        ...(vehicle && line
          ? [
              {
                kind: 'add_vehicle',
                line: line.name,
                vehicle: { name: 'Minibus supplémentaire', seats: 8, wheelchairPlaces: 1 },
              },
            ]
          : []),
        ...(roundDay && line && market
          ? [
              {
                kind: 'add_line',
                name: `${line.name} : tournée du ${WEEKDAYS[Number(roundDay) - 1]}`,
                market: { place: market },
                weekday: Number(roundDay),
                arrivalTime: line.arrivalTime.slice(0, 5),
                departureTime: line.departureTime.slice(0, 5),
                mode: line.mode,
                communes: lineCommunes,
                vehicles: line.vehicles.map((v) => ({
                  name: v.name,
                  seats: v.seats,
                  wheelchairPlaces: v.wheelchairPlaces,
                })),
                bookingCutoffHours: line.bookingCutoffHours,
                marketWindowMinutes: line.marketWindowMinutes,
                maxRideMinutes: line.maxRideMinutes,
              },
            ]
          : []),
      ];
      return call(
        api.POST('/simulations', {
          body: {
            scenario: { version: 1, name: 'Aujourd’hui', ...common },
            compare: {
              version: 1,
              name: 'Variante',
              ...common,
              volunteers: { changes: volunteers },
              shuttles: { changes: shuttles },
            },
          },
        }),
      );
    },
    onSuccess: (view) => setSimulationId(view.id),
  });

  const simulation = useQuery({
    queryKey: ['simulation', simulationId],
    queryFn: () => call(api.GET('/simulations/{id}', { params: { path: { id: simulationId! } } })),
    enabled: simulationId !== null,
    refetchInterval: (query) =>
      query.state.data && ['done', 'failed'].includes(query.state.data.status) ? false : 2_000,
  });
  const view = simulation.data;
  const rows = ((view?.result?.comparison as { rows?: Row[] } | null)?.rows ?? []) as Row[];
  const chartRows = rows.filter((r) =>
    ['served_pct', 'rides_served_pct', 'seats_served_pct'].includes(r.key),
  );
  const download = useMutation({
    mutationFn: (kind: 'csv' | 'pdf') =>
      downloadFile(`/simulations/${simulationId}/report.${kind}`, `simulation.${kind}`),
  });

  return (
    <Page
      title="Simulateur"
      lead="Essayer un changement avant de le décider : le vrai calcul des mises en relation et des tournées, sur une copie anonymisée des données du territoire, effacée ensuite."
    >
      <form
        className="filters"
        aria-label="Variante à simuler"
        onSubmit={(event) => {
          event.preventDefault();
          start.mutate();
        }}
      >
        <TextField
          label="Nombre de jours"
          type="number"
          min={1}
          max={366}
          value={days}
          onChange={(e) => setDays(e.target.value)}
        />
        <SelectField
          label="Demandes"
          value={demand}
          onChange={(e) => setDemand(e.target.value === 'replay' ? 'replay' : 'generated')}
        >
          <option value="generated">estimées d’après la population</option>
          <option value="replay">rejouées : celles enregistrées les jours précédents</option>
        </SelectField>
        <TextField
          label="Bénévoles en moins"
          type="number"
          min={0}
          max={50}
          value={removeCount}
          onChange={(e) => setRemoveCount(e.target.value)}
        />
        <SelectField label="dans la zone" value={zone} onChange={(e) => setRemoveZone(e.target.value)}>
          {zones.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Bénévoles en plus"
          type="number"
          min={0}
          max={50}
          value={addCount}
          onChange={(e) => setAddCount(e.target.value)}
        />
        <SelectField
          label="habitant la commune"
          value={communeName}
          onChange={(e) => setAddCommune(e.target.value)}
        >
          {communeList.map((c) => (
            <option key={c.id} value={c.name}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Navette" value={line?.id ?? ''} onChange={(e) => setLineId(e.target.value)}>
          {lineList.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </SelectField>
        <div className="field">
          <label>
            <input type="checkbox" checked={vehicle} onChange={(e) => setVehicle(e.target.checked)} /> Un
            minibus de plus sur cette navette
          </label>
        </div>
        <SelectField
          label="Une tournée de plus le"
          value={roundDay}
          onChange={(e) => setRoundDay(e.target.value)}
        >
          <option value="">(aucune)</option>
          {WEEKDAYS.map((day, i) => (
            <option key={day} value={String(i + 1)}>
              {day}
            </option>
          ))}
        </SelectField>
        <button
          type="submit"
          disabled={start.isPending || (view !== undefined && ['queued', 'running'].includes(view.status))}
        >
          Lancer la simulation
        </button>
      </form>
      <ErrorSummary error={start.error} />
      <LoadState
        loading={simulation.isPending && simulationId !== null}
        error={simulation.error}
        label="Simulation"
      />
      {view && (
        <section aria-labelledby="progress-title">
          <h2 id="progress-title">Avancement</h2>
          <p role="status" aria-live="polite">
            {view.status === 'queued' && 'En attente du calcul…'}
            {view.status === 'running' &&
              (view.progress
                ? `Calcul en cours : ${view.progress.scenario === 'A' ? 'aujourd’hui' : 'variante'}, jour ${view.progress.day} sur ${view.progress.days}.`
                : 'Calcul en cours…')}
            {view.status === 'done' && 'Simulation terminée.'}
            {view.status === 'failed' && `La simulation a échoué : ${view.error ?? ''}`}
          </p>
          {view.status === 'running' && view.progress && (
            <progress
              max={view.progress.days * 2}
              value={view.progress.day + (view.progress.scenario === 'B' ? view.progress.days : 0)}
              aria-label="Avancement de la simulation"
            />
          )}
        </section>
      )}
      {rows.length > 0 && (
        <>
          <figure>
            <figcaption>Part des demandes servies, aujourd’hui et avec la variante (%)</figcaption>
            <BarChart
              labels={chartRows.map((r) => r.label)}
              series={[
                { label: 'Aujourd’hui', values: chartRows.map((r) => r.a ?? 0), colour: '#5b7083' },
                { label: 'Variante', values: chartRows.map((r) => r.b ?? 0), colour: '#a34700' },
              ]}
              unit="%"
              stacked={false}
              summary="Graphique en barres de la part servie, aujourd’hui et avec la variante. Les mêmes chiffres sont dans le tableau."
            />
          </figure>
          <div className="table-wrap">
            <table className="report-table">
              <caption>Comparaison : aujourd’hui et la variante</caption>
              <thead>
                <tr>
                  <th scope="col">Indicateur</th>
                  <th scope="col" className="number">
                    Aujourd’hui
                  </th>
                  <th scope="col" className="number">
                    Variante
                  </th>
                  <th scope="col" className="number">
                    Écart
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
                    <td className="number">{fr(row.a, row.unit)}</td>
                    <td className="number">{fr(row.b, row.unit)}</td>
                    <td className="number">
                      {row.difference === null
                        ? '—'
                        : `${row.difference >= 0.05 ? '+' : ''}${fr(Math.abs(row.difference) < 0.05 ? 0 : row.difference, row.differenceUnit ?? row.unit)}`}
                      {row.verdict === 'better' && ' (mieux)'}
                      {row.verdict === 'worse' && ' (moins bien)'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <button type="button" className="secondary" onClick={() => download.mutate('pdf')}>
              Télécharger le rapport (PDF)
            </button>{' '}
            <button type="button" className="secondary" onClick={() => download.mutate('csv')}>
              Télécharger le tableau (CSV)
            </button>
          </p>
          <ErrorSummary error={download.error} focus={false} />
        </>
      )}
    </Page>
  );
}
