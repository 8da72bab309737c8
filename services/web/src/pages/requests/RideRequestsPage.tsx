import { useState } from 'react';
import { Link } from 'react-router';
import { useResidentsById, useRideRequests } from '../../api/queries';
import type { RideRequestStatus } from '../../api/types';
import { DataTable, Pagination } from '../../components/DataTable';
import { Badge, LoadState } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Field';
import { Page } from '../../components/Layout';
import { returnText, rideStatusTone } from '../../components/RideRequests';
import { rideRequestStatusLabels } from '../../i18n/labels';
import { addDays, dayBounds, formatDateTime, fullName, isoDate } from '../../lib/format';

const FILTERS: Record<string, { label: string; statuses?: RideRequestStatus[] }> = {
  unsettled: { label: 'Sans chauffeur confirmé', statuses: ['received', 'matching', 'offered', 'unmet'] },
  unmet: { label: 'Sans chauffeur (échéance passée)', statuses: ['unmet'] },
  matched: { label: 'Chauffeur trouvé', statuses: ['matched'] },
  done: { label: 'Effectuées', statuses: ['completed'] },
  all: { label: 'Toutes' },
};

/** Ride requests over a span of days, by requested time: the way into a request's offers and driver. */
export function RideRequestsPage() {
  const [filter, setFilter] = useState('unsettled');
  const [from, setFrom] = useState(() => isoDate());
  const [days, setDays] = useState('14');
  const [page, setPage] = useState(1);
  const range = { from: dayBounds(from).from, to: dayBounds(addDays(from, Number(days) - 1)).to };
  const statuses = FILTERS[filter]?.statuses;
  const requests = useRideRequests({
    ...range,
    ...(statuses ? { status: statuses } : {}),
    page,
    pageSize: 25,
  });
  const names = useResidentsById(requests.data?.items.map((r) => r.residentId) ?? []);
  return (
    <Page
      title="Demandes de trajet"
      lead="Les trajets solidaires demandés, leur chauffeur et les propositions faites."
    >
      <search className="filters" aria-label="Filtrer les demandes">
        <SelectField
          label="Demandes"
          value={filter}
          onChange={(event) => {
            setFilter(event.target.value);
            setPage(1);
          }}
        >
          {Object.entries(FILTERS).map(([value, { label }]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="À partir du"
          type="date"
          value={from}
          onChange={(event) => {
            if (event.target.value) setFrom(event.target.value);
            setPage(1);
          }}
        />
        <SelectField label="Sur" value={days} onChange={(event) => setDays(event.target.value)}>
          <option value="1">1 jour</option>
          <option value="7">7 jours</option>
          <option value="14">14 jours</option>
          <option value="31">31 jours</option>
        </SelectField>
      </search>
      <LoadState loading={requests.isPending} error={requests.error} label="Demandes" />
      {requests.data && (
        <>
          <DataTable
            caption="Demandes de trajet"
            captionHidden
            rows={requests.data.items}
            rowKey={(r) => r.id}
            empty="Aucune demande sur cette période."
            columns={[
              {
                header: 'Heure demandée',
                cell: (r) => <Link to={`/app/demandes/${r.id}`}>{formatDateTime(r.requestedTime)}</Link>,
                rowHeader: true,
              },
              {
                header: 'Habitant',
                cell: (r) => {
                  const resident = names.get(r.residentId);
                  return resident ? fullName(resident) : 'Habitant';
                },
              },
              { header: 'Trajet', cell: (r) => `${r.origin.label} → ${r.destination.label}` },
              { header: 'Retour', cell: returnText },
              {
                header: 'État',
                cell: (r) => (
                  <Badge tone={rideStatusTone[r.status]}>{rideRequestStatusLabels[r.status]}</Badge>
                ),
              },
            ]}
          />
          <Pagination
            page={page}
            pageSize={requests.data.pageSize}
            total={requests.data.total}
            onPage={setPage}
            label="Pages des demandes"
          />
        </>
      )}
    </Page>
  );
}
