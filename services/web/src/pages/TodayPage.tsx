import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call } from '../api/client';
import { useResidentsById, useRideRequests } from '../api/queries';
import type { StaffTask } from '../api/types';
import { useSession } from '../auth/session';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DataTable } from '../components/DataTable';
import { Badge, ErrorSummary, LoadState } from '../components/Feedback';
import { RadioGroup, TextAreaField } from '../components/Field';
import { Page } from '../components/Layout';
import { rideStatusTone } from '../components/RideRequests';
import { useToast } from '../components/Toasts';
import {
  messageKindLabel,
  messageStatusLabels,
  rideRequestStatusLabels,
  staffTaskKindLabels,
} from '../i18n/labels';
import { formatDateTime, formatFromNow, formatLongDate, formatPhone, fullName } from '../lib/format';

const OPEN_STATUSES = ['received', 'matching', 'offered', 'unmet'] as const;
const DAYS_AHEAD = 14;

function PersonLink({ id, names }: { id: string | null; names: ReturnType<typeof useResidentsById> }) {
  if (!id) return <>—</>;
  const resident = names.get(id);
  return <Link to={`/app/appel/${id}`}>{resident ? fullName(resident) : 'Habitant'}</Link>;
}

/** Open tasks, the most urgent first, each closed with a note. */
function TasksSection() {
  const toast = useToast();
  const queryClient = useQueryClient();
  const tasks = useQuery({
    queryKey: ['tasks', 'open'],
    queryFn: () => call(api.GET('/tasks', { params: { query: { status: 'open', pageSize: 50 } } })),
    refetchInterval: 60_000,
  });
  const names = useResidentsById(tasks.data?.items.map((t) => t.residentId) ?? []);
  const [resolving, setResolving] = useState<StaffTask | null>(null);
  const [outcome, setOutcome] = useState<'done' | 'cancelled'>('done');
  const [note, setNote] = useState('');
  const resolve = useMutation({
    mutationFn: (task: StaffTask) =>
      call(
        api.POST('/tasks/{id}/resolve', {
          params: { path: { id: task.id } },
          body: { outcome, ...(note.trim() ? { note: note.trim() } : {}) },
        }),
      ),
    onSuccess: () => {
      toast.success(outcome === 'done' ? 'Tâche traitée.' : 'Tâche annulée.');
      setResolving(null);
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
  const start = (task: StaffTask) => {
    resolve.reset();
    setOutcome('done');
    setNote('');
    setResolving(task);
  };
  return (
    <section aria-labelledby="tasks-title">
      <h2 id="tasks-title">
        Tâches à traiter{' '}
        {tasks.data && <Badge tone={tasks.data.total > 0 ? 'warning' : 'success'}>{tasks.data.total}</Badge>}
      </h2>
      <LoadState loading={tasks.isPending} error={tasks.error} label="Tâches" />
      {tasks.data && (
        <DataTable
          caption="Tâches ouvertes"
          captionHidden
          rows={tasks.data.items}
          rowKey={(t) => t.id}
          empty="Aucune tâche ouverte."
          columns={[
            { header: 'Type', cell: (t) => staffTaskKindLabels[t.kind], rowHeader: true },
            { header: 'À faire', cell: (t) => t.summary },
            { header: 'Habitant', cell: (t) => <PersonLink id={t.residentId} names={names} /> },
            { header: 'Téléphone', cell: (t) => (t.phone ? formatPhone(t.phone) : '—') },
            {
              header: 'Échéance',
              cell: (t) => (t.dueAt ? `${formatDateTime(t.dueAt)} (${formatFromNow(t.dueAt)})` : '—'),
            },
            {
              header: 'Action',
              cell: (t) => (
                <button type="button" className="secondary small" onClick={() => start(t)}>
                  Traiter<span className="visually-hidden"> : {t.summary}</span>
                </button>
              ),
            },
          ]}
        />
      )}
      <ConfirmDialog
        open={resolving !== null}
        title="Clore la tâche"
        confirmLabel="Clore la tâche"
        busy={resolve.isPending}
        onCancel={() => setResolving(null)}
        onConfirm={() => resolving && resolve.mutate(resolving)}
      >
        {resolving && <p>{resolving.summary}</p>}
        <ErrorSummary error={resolve.error} focus={false} />
        <RadioGroup
          legend="Résultat"
          name="outcome"
          value={outcome}
          onChange={setOutcome}
          choices={[
            { value: 'done', label: 'Fait' },
            { value: 'cancelled', label: 'Sans objet (annulée)' },
          ]}
        />
        <TextAreaField
          label="Note (facultatif)"
          hint="Ce qui a été fait, en quelques mots. Pas de détail de santé."
          value={note}
          maxLength={500}
          onChange={(event) => setNote(event.target.value)}
        />
      </ConfirmDialog>
    </section>
  );
}

/** Ride requests not settled yet in the coming days, soonest first: each is a deadline. */
function PendingRequestsSection() {
  const [range] = useState(() => {
    const start = new Date();
    start.setHours(0, 0, 0, 0);
    return {
      from: start.toISOString(),
      to: new Date(start.getTime() + DAYS_AHEAD * 86_400_000).toISOString(),
    };
  });
  const requests = useRideRequests({ status: [...OPEN_STATUSES], ...range, pageSize: 100 });
  const names = useResidentsById(requests.data?.items.map((r) => r.residentId) ?? []);
  return (
    <section aria-labelledby="requests-title">
      <h2 id="requests-title">
        Demandes sans chauffeur confirmé{' '}
        {requests.data && (
          <Badge tone={requests.data.total > 0 ? 'warning' : 'success'}>{requests.data.total}</Badge>
        )}
      </h2>
      <p className="muted">
        Reçues, en recherche, proposées ou sans solution, pour les {DAYS_AHEAD} prochains jours.
      </p>
      <LoadState loading={requests.isPending} error={requests.error} label="Demandes" />
      {requests.data && (
        <DataTable
          caption="Demandes de trajet en attente"
          captionHidden
          rows={requests.data.items}
          rowKey={(r) => r.id}
          empty="Toutes les demandes des prochains jours ont un chauffeur."
          columns={[
            {
              header: 'Heure demandée',
              cell: (r) => (
                <>
                  {formatDateTime(r.requestedTime)}
                  <br />
                  <span className="muted">{formatFromNow(r.requestedTime)}</span>
                </>
              ),
              rowHeader: true,
            },
            { header: 'Habitant', cell: (r) => <PersonLink id={r.residentId} names={names} /> },
            { header: 'Trajet', cell: (r) => `${r.origin.label} → ${r.destination.label}` },
            {
              header: 'État',
              cell: (r) => <Badge tone={rideStatusTone[r.status]}>{rideRequestStatusLabels[r.status]}</Badge>,
            },
          ]}
        />
      )}
    </section>
  );
}

/** Messages that did not get through: someone may not know their trip is booked. */
function FailedMessagesSection() {
  const failed = useQuery({
    queryKey: ['messages', 'failed'],
    queryFn: () =>
      call(api.GET('/messages', { params: { query: { status: ['failed', 'undelivered'], pageSize: 20 } } })),
  });
  const names = useResidentsById(failed.data?.items.map((m) => m.residentId) ?? []);
  return (
    <section aria-labelledby="failed-title">
      <h2 id="failed-title">
        Messages non distribués{' '}
        {failed.data && (
          <Badge tone={failed.data.total > 0 ? 'danger' : 'success'}>{failed.data.total}</Badge>
        )}
      </h2>
      <LoadState loading={failed.isPending} error={failed.error} label="Messages" />
      {failed.data && (
        <DataTable
          caption="Messages en échec"
          captionHidden
          rows={failed.data.items}
          rowKey={(m) => m.id}
          empty="Aucun message en échec."
          columns={[
            { header: 'Quand', cell: (m) => formatDateTime(m.createdAt), rowHeader: true },
            { header: 'Message', cell: (m) => messageKindLabel(m) },
            {
              header: 'Destinataire',
              cell: (m) =>
                m.residentId ? (
                  <PersonLink id={m.residentId} names={names} />
                ) : (
                  formatPhone(m.counterpartPhone)
                ),
            },
            {
              header: 'État',
              cell: (m) => (
                <>
                  {messageStatusLabels[m.status]}
                  {m.errorCode ? ` (code ${m.errorCode})` : ''}
                </>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}

export function TodayPage() {
  const { can } = useSession();
  return (
    <Page title="Aujourd'hui" lead={`Nous sommes le ${formatLongDate(new Date())}.`}>
      <div className="today">
        {can('tasks:read') && <TasksSection />}
        {can('ride_requests:read') && <PendingRequestsSection />}
        {can('messages:read') && <FailedMessagesSection />}
      </div>
      <p className="muted">Les tournées de navette et les trajets du jour s'afficheront ici.</p>
    </Page>
  );
}
