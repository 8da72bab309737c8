import { useState } from 'react';
import { Link } from 'react-router';
import { useShuttleLines, useShuttleRounds } from '../../api/queries';
import type { ShuttleRound, ShuttleRoundStatus } from '../../api/types';
import { DataTable, Pagination } from '../../components/DataTable';
import { Badge, type BadgeTone, LoadState } from '../../components/Feedback';
import { Page } from '../../components/Layout';
import { shuttleRoundStatusLabels } from '../../i18n/labels';
import { formatClock, formatDateTime, formatServiceDate, formatTime, isoDate } from '../../lib/format';

export const roundStatusTone: Record<ShuttleRoundStatus, BadgeTone> = {
  open: 'info',
  closed: 'warning',
  planned: 'success',
  completed: 'neutral',
  cancelled: 'danger',
};

/** "5 / 8 places · fauteuil 1 / 1 · 2 en attente". */
export function seatsText(round: ShuttleRound): string {
  const wheelchair =
    round.capacity.wheelchairPlaces > 0
      ? ` · fauteuil ${round.taken.wheelchairPlaces} / ${round.capacity.wheelchairPlaces}`
      : '';
  const waiting = round.waitlisted > 0 ? ` · ${round.waitlisted} en attente` : '';
  return `${round.taken.seats} / ${round.capacity.seats} places${wheelchair}${waiting}`;
}

/** The rounds of the weeks ahead, soonest first: seats, waitlist, whether they are planned. */
export function RoundsPage() {
  const [page, setPage] = useState(1);
  const [from] = useState(() => isoDate());
  const lines = useShuttleLines();
  const rounds = useShuttleRounds({ from, page, pageSize: 20 });
  const lineName = (id: string) => lines.data?.items.find((line) => line.id === id)?.name ?? 'Navette';
  return (
    <Page title="Navettes du marché" lead="Les tournées à venir, leurs places et leur liste d'attente.">
      <LoadState loading={rounds.isPending} error={rounds.error} label="Tournées" />
      {rounds.data && (
        <>
          <DataTable
            caption="Tournées de navette à venir"
            rows={rounds.data.items}
            rowKey={(r) => r.id}
            empty="Aucune tournée à venir."
            columns={[
              {
                header: 'Date',
                cell: (r) => <Link to={`/app/navettes/${r.id}`}>{formatServiceDate(r.serviceDate)}</Link>,
                rowHeader: true,
              },
              { header: 'Ligne', cell: (r) => lineName(r.shuttleLineId) },
              {
                header: 'Horaires',
                cell: (r) =>
                  `au marché à ${formatClock(r.arrivalTime)}, retour à ${formatClock(r.departureTime)}`,
              },
              { header: 'Places', cell: seatsText },
              {
                header: 'Réservations',
                cell: (r) =>
                  r.status === 'open'
                    ? `jusqu'au ${formatDateTime(r.cutoffAt)}`
                    : shuttleRoundStatusLabels[r.status],
              },
              {
                header: 'Plan',
                cell: (r) => (
                  <Badge tone={roundStatusTone[r.status]}>
                    {r.plannedAt
                      ? `Planifiée à ${formatTime(r.plannedAt)}`
                      : shuttleRoundStatusLabels[r.status]}
                  </Badge>
                ),
              },
            ]}
          />
          <Pagination
            page={page}
            pageSize={rounds.data.pageSize}
            total={rounds.data.total}
            onPage={setPage}
            label="Pages des tournées"
          />
        </>
      )}
    </Page>
  );
}
