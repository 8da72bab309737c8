import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call } from '../api/client';
import {
  useMissions,
  useResidentsById,
  useRideRequests,
  useShuttleLines,
  useShuttleRounds,
} from '../api/queries';
import type { StaffTask, StaffTaskKind } from '../api/types';
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
  missionStatusLabels,
  rideRequestStatusLabels,
  shuttleRoundStatusLabels,
  staffTaskKindLabels,
} from '../i18n/labels';
import {
  addDays,
  dayBounds,
  formatClock,
  formatDateTime,
  formatFromNow,
  formatLongDate,
  formatPhone,
  formatTime,
  fullName,
  isoDate,
} from '../lib/format';
import { roundStatusTone, seatsText } from './shuttles/RoundsPage';

const OPEN_STATUSES = ['received', 'matching', 'offered', 'unmet'] as const;
const DAYS_AHEAD = 14;

function PersonLink({ id, names }: { id: string | null; names: ReturnType<typeof useResidentsById> }) {
  if (!id) return <>—</>;
  const resident = names.get(id);
  return <Link to={`/app/appel/${id}`}>{resident ? fullName(resident) : 'Habitant'}</Link>;
}

const CALL_KINDS: StaffTaskKind[] = ['callback', 'voicemail', 'unknown_caller'];

/** A group of open tasks, the most urgent first, each closed with a note. */
function TaskTable({
  tasks,
  names,
  caption,
  empty,
  onResolve,
}: {
  tasks: StaffTask[];
  names: ReturnType<typeof useResidentsById>;
  caption: string;
  empty: string;
  onResolve: (task: StaffTask) => void;
}) {
  return (
    <DataTable
      caption={caption}
      captionHidden
      rows={tasks}
      rowKey={(t) => t.id}
      empty={empty}
      columns={[
        { header: 'Type', cell: (t) => staffTaskKindLabels[t.kind], rowHeader: true },
        {
          header: 'À faire',
          cell: (t) => (
            <>
              {t.summary}
              {t.recording && (
                <>
                  {' '}
                  <a href={t.recording.url} target="_blank" rel="noreferrer">
                    Écouter le message
                    {t.recording.seconds ? ` (${t.recording.seconds} s)` : ''}
                  </a>
                </>
              )}
            </>
          ),
        },
        { header: 'Habitant', cell: (t) => <PersonLink id={t.residentId} names={names} /> },
        { header: 'Téléphone', cell: (t) => (t.phone ? formatPhone(t.phone) : '—') },
        {
          header: 'Échéance',
          cell: (t) => (t.dueAt ? `${formatDateTime(t.dueAt)} (${formatFromNow(t.dueAt)})` : '—'),
        },
        {
          header: 'Action',
          cell: (t) => (
            <button type="button" className="secondary small" onClick={() => onResolve(t)}>
              Traiter<span className="visually-hidden"> : {t.summary}</span>
            </button>
          ),
        },
      ]}
    />
  );
}

/** Open tasks: voicemails and callbacks first (someone is waiting for a call), then the others. */
function TasksSection() {
  const toast = useToast();
  const queryClient = useQueryClient();
  const tasks = useQuery({
    queryKey: ['tasks', 'open'],
    queryFn: () => call(api.GET('/tasks', { params: { query: { status: 'open', pageSize: 100 } } })),
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
  const items = tasks.data?.items ?? [];
  const calls = items.filter((t) => CALL_KINDS.includes(t.kind));
  const others = items.filter((t) => !CALL_KINDS.includes(t.kind));
  return (
    <>
      <section aria-labelledby="calls-title">
        <h2 id="calls-title">
          Rappels et messages vocaux{' '}
          {tasks.data && <Badge tone={calls.length > 0 ? 'warning' : 'success'}>{calls.length}</Badge>}
        </h2>
        <LoadState loading={tasks.isPending} error={tasks.error} label="Tâches" />
        {tasks.data && (
          <TaskTable
            tasks={calls}
            names={names}
            caption="Personnes à rappeler"
            empty="Personne à rappeler."
            onResolve={start}
          />
        )}
      </section>
      <section aria-labelledby="tasks-title">
        <h2 id="tasks-title">
          Tâches à traiter{' '}
          {tasks.data && <Badge tone={others.length > 0 ? 'warning' : 'success'}>{others.length}</Badge>}
        </h2>
        {tasks.data && (
          <TaskTable
            tasks={others}
            names={names}
            caption="Tâches ouvertes"
            empty="Aucune autre tâche ouverte."
            onResolve={start}
          />
        )}
      </section>
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
    </>
  );
}

/** Ride requests not settled yet in the coming days, soonest first: each is a deadline. */
function PendingRequestsSection() {
  const [range] = useState(() => {
    const today = isoDate();
    return { from: dayBounds(today).from, to: dayBounds(addDays(today, DAYS_AHEAD - 1)).to };
  });
  const requests = useRideRequests({ status: [...OPEN_STATUSES], ...range, pageSize: 100 });
  const names = useResidentsById(requests.data?.items.map((r) => r.residentId) ?? []);
  // A request looking for a driver has a deadline: its open mission's, after which it goes unmet.
  const open = useMissions({ status: ['open'], from: range.from, pageSize: 100 });
  const deadlines = new Map<string, string>();
  for (const mission of open.data?.items ?? []) {
    for (const id of mission.rideRequestIds) deadlines.set(id, mission.matchDeadline);
  }
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
                  <Link to={`/app/demandes/${r.id}`}>{formatDateTime(r.requestedTime)}</Link>
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
            {
              header: 'Échéance',
              cell: (r) => {
                const deadline = deadlines.get(r.id);
                if (r.status === 'unmet') return 'passée : à affecter à la main';
                return deadline
                  ? `${formatDateTime(deadline)} (${formatFromNow(deadline)})`
                  : 'recherche en cours';
              },
            },
          ]}
        />
      )}
    </section>
  );
}

/** Today's volunteer trips: when, who drives, whom. */
function TripsOfTheDaySection() {
  const [range] = useState(() => dayBounds(isoDate()));
  const missions = useMissions({ ...range, status: ['assigned', 'completed', 'open'], pageSize: 100 });
  const requests = useRideRequests({ ...range, pageSize: 100 });
  const names = useResidentsById(requests.data?.items.map((r) => r.residentId) ?? []);
  const requestsById = new Map((requests.data?.items ?? []).map((r) => [r.id, r]));
  return (
    <section aria-labelledby="trips-title">
      <h2 id="trips-title">
        Trajets solidaires du jour {missions.data && <Badge tone="info">{missions.data.total}</Badge>}
      </h2>
      <LoadState loading={missions.isPending} error={missions.error} label="Trajets du jour" />
      {missions.data && (
        <DataTable
          caption="Trajets solidaires du jour"
          captionHidden
          rows={missions.data.items}
          rowKey={(m) => m.id}
          empty="Aucun trajet solidaire aujourd'hui."
          columns={[
            {
              header: 'Horaire',
              cell: (m) => `${formatTime(m.plannedStartAt)} – ${formatTime(m.plannedEndAt)}`,
              rowHeader: true,
              className: 'nowrap',
            },
            {
              header: 'Chauffeur',
              cell: (m) =>
                m.driver ? (
                  <Link to={`/app/benevoles/${m.driver.id}`}>{fullName(m.driver)}</Link>
                ) : (
                  'pas encore'
                ),
            },
            {
              header: 'Passagers',
              cell: (m) => (
                <ul className="plain">
                  {m.rideRequestIds.map((id) => {
                    const request = requestsById.get(id);
                    return (
                      <li key={id}>
                        <Link to={`/app/demandes/${id}`}>
                          {request
                            ? names.get(request.residentId)
                              ? fullName(names.get(request.residentId)!)
                              : 'Habitant'
                            : 'Demande'}
                        </Link>
                        {request && ` → ${request.destination.label}`}
                      </li>
                    );
                  })}
                </ul>
              ),
            },
            { header: 'État', cell: (m) => missionStatusLabels[m.status] },
          ]}
        />
      )}
    </section>
  );
}

/** Today's market-shuttle rounds: seats, waitlist, plan. */
function RoundsOfTheDaySection() {
  const [today] = useState(() => isoDate());
  const rounds = useShuttleRounds({ from: today, to: today, pageSize: 20 });
  const lines = useShuttleLines();
  return (
    <section aria-labelledby="rounds-title">
      <h2 id="rounds-title">
        Navettes du jour {rounds.data && <Badge tone="info">{rounds.data.total}</Badge>}
      </h2>
      <LoadState loading={rounds.isPending} error={rounds.error} label="Navettes du jour" />
      {rounds.data && (
        <DataTable
          caption="Tournées de navette du jour"
          captionHidden
          rows={rounds.data.items}
          rowKey={(r) => r.id}
          empty="Pas de navette aujourd'hui."
          columns={[
            {
              header: 'Ligne',
              cell: (r) => (
                <Link to={`/app/navettes/${r.id}`}>
                  {lines.data?.items.find((l) => l.id === r.shuttleLineId)?.name ?? 'Navette'}
                </Link>
              ),
              rowHeader: true,
            },
            { header: 'Au marché', cell: (r) => formatClock(r.arrivalTime) },
            { header: 'Places', cell: seatsText },
            {
              header: 'État',
              cell: (r) => (
                <Badge tone={roundStatusTone[r.status]}>{shuttleRoundStatusLabels[r.status]}</Badge>
              ),
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
        {can('ride_requests:read') && <TripsOfTheDaySection />}
        {can('shuttles:read') && <RoundsOfTheDaySection />}
        {can('tasks:read') && <TasksSection />}
        {can('ride_requests:read') && <PendingRequestsSection />}
        {can('messages:read') && <FailedMessagesSection />}
      </div>
    </Page>
  );
}
