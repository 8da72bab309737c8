import { useState } from 'react';
import { Link } from 'react-router';
import { useCommunes, useVolunteers } from '../../api/queries';
import { useSession } from '../../auth/session';
import { AvailabilitySummary } from '../../components/AvailabilityGrid';
import { DataTable, Pagination } from '../../components/DataTable';
import { Badge, LoadState } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Field';
import { Page } from '../../components/Layout';
import { formatPhone, fullName } from '../../lib/format';
import { useDebounced } from '../../lib/useDebounced';

export function VolunteersPage() {
  const { can } = useSession();
  const [q, setQ] = useState('');
  const [active, setActive] = useState<'true' | 'false' | ''>('true');
  const [page, setPage] = useState(1);
  const term = useDebounced(q.trim());
  const communes = useCommunes();
  const volunteers = useVolunteers({
    page,
    pageSize: 25,
    ...(term ? { q: term } : {}),
    ...(active ? { active: active === 'true' } : {}),
  });
  const communeName = new Map((communes.data?.items ?? []).map((c) => [c.id, c.name]));
  return (
    <Page
      title="Bénévoles"
      actions={
        can('volunteers:write') && (
          <Link className="button primary" to="/app/benevoles/nouveau">
            Nouveau bénévole
          </Link>
        )
      }
    >
      <search className="filters" aria-label="Filtrer les bénévoles">
        <TextField
          label="Nom ou téléphone"
          type="search"
          value={q}
          onChange={(event) => {
            setQ(event.target.value);
            setPage(1);
          }}
        />
        <SelectField
          label="Statut"
          value={active}
          onChange={(event) => {
            setActive(event.target.value as 'true' | 'false' | '');
            setPage(1);
          }}
        >
          <option value="true">Actifs</option>
          <option value="false">Inactifs</option>
          <option value="">Tous</option>
        </SelectField>
      </search>
      <LoadState loading={volunteers.isPending} error={volunteers.error} label="Bénévoles" />
      {volunteers.data && (
        <>
          <DataTable
            caption={`Bénévoles (${volunteers.data.total})`}
            rows={volunteers.data.items}
            rowKey={(v) => v.id}
            empty="Aucun bénévole ne correspond."
            columns={[
              {
                header: 'Nom',
                rowHeader: true,
                cell: (v) => <Link to={`/app/benevoles/${v.id}`}>{fullName(v)}</Link>,
              },
              { header: 'Commune', cell: (v) => communeName.get(v.communeId) ?? '' },
              { header: 'Téléphone', cell: (v) => (v.phones[0] ? formatPhone(v.phones[0].e164) : '—') },
              {
                header: 'Véhicule',
                cell: (v) =>
                  `${v.seats} place${v.seats > 1 ? 's' : ''}${v.wheelchairCapable ? ', fauteuil' : ''}`,
              },
              { header: 'Disponibilités', cell: (v) => <AvailabilitySummary value={v.availabilities} /> },
              {
                header: 'Statut',
                cell: (v) => (
                  <Badge tone={v.active ? 'success' : 'neutral'}>{v.active ? 'Actif' : 'Inactif'}</Badge>
                ),
              },
            ]}
          />
          <Pagination
            label="Pages des bénévoles"
            page={volunteers.data.page}
            pageSize={volunteers.data.pageSize}
            total={volunteers.data.total}
            onPage={setPage}
          />
        </>
      )}
    </Page>
  );
}
