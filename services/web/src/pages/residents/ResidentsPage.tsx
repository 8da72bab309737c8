import { useState } from 'react';
import { Link } from 'react-router';
import { useCommunes, useResidents } from '../../api/queries';
import type { PersonStatus } from '../../api/types';
import { useSession } from '../../auth/session';
import { CommuneOptions } from '../../components/CommuneOptions';
import { DataTable, Pagination } from '../../components/DataTable';
import { Badge, LoadState } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Field';
import { Page } from '../../components/Layout';
import { contactChannelLabels, personStatusLabels } from '../../i18n/labels';
import { formatPhone, fullName } from '../../lib/format';
import { useDebounced } from '../../lib/useDebounced';

export function ResidentsPage() {
  const { can } = useSession();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<PersonStatus | ''>('active');
  const [communeId, setCommuneId] = useState('');
  const [page, setPage] = useState(1);
  const term = useDebounced(q.trim());
  const communes = useCommunes();
  const residents = useResidents({
    page,
    pageSize: 25,
    ...(term ? { q: term } : {}),
    ...(status ? { status } : {}),
    ...(communeId ? { communeId } : {}),
  });
  const communeName = new Map((communes.data?.items ?? []).map((c) => [c.id, c.name]));
  const reset = () => setPage(1);

  return (
    <Page
      title="Habitants"
      actions={
        can('residents:write') && (
          <Link className="button primary" to="/app/habitants/nouveau">
            Nouvel habitant
          </Link>
        )
      }
    >
      <search className="filters" aria-label="Filtrer les habitants">
        <TextField
          label="Nom ou téléphone"
          type="search"
          value={q}
          onChange={(event) => {
            setQ(event.target.value);
            reset();
          }}
        />
        <SelectField
          label="Statut"
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as PersonStatus | '');
            reset();
          }}
        >
          <option value="">Tous</option>
          {(Object.keys(personStatusLabels) as PersonStatus[]).map((value) => (
            <option key={value} value={value}>
              {personStatusLabels[value]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Commune"
          value={communeId}
          onChange={(event) => {
            setCommuneId(event.target.value);
            reset();
          }}
        >
          <CommuneOptions emptyLabel="Toutes" />
        </SelectField>
      </search>
      <LoadState loading={residents.isPending} error={residents.error} label="Habitants" />
      {residents.data && (
        <>
          <DataTable
            caption={`Habitants (${residents.data.total})`}
            rows={residents.data.items}
            rowKey={(r) => r.id}
            empty="Aucun habitant ne correspond à ces critères."
            columns={[
              {
                header: 'Nom',
                rowHeader: true,
                cell: (r) => <Link to={`/app/habitants/${r.id}`}>{fullName(r)}</Link>,
              },
              { header: 'Commune', cell: (r) => communeName.get(r.communeId) ?? '' },
              {
                header: 'Téléphone principal',
                cell: (r) => {
                  const phone = r.phones.find((p) => p.isPrimary) ?? r.phones[0];
                  return phone ? formatPhone(phone.e164) : '—';
                },
              },
              { header: 'Contact', cell: (r) => contactChannelLabels[r.preferredChannel].split(' (')[0] },
              {
                header: 'Statut',
                cell: (r) => (
                  <Badge tone={r.status === 'active' ? 'success' : 'neutral'}>
                    {personStatusLabels[r.status]}
                  </Badge>
                ),
              },
            ]}
          />
          <Pagination
            label="Pages des habitants"
            page={residents.data.page}
            pageSize={residents.data.pageSize}
            total={residents.data.total}
            onPage={setPage}
          />
        </>
      )}
    </Page>
  );
}
