import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useResident, useVolunteers } from '../../api/queries';
import type { Mission, Offer, OfferStatus, RideRequest } from '../../api/types';
import { useSession } from '../../auth/session';
import { DataTable } from '../../components/DataTable';
import { Badge, type BadgeTone, ErrorSummary, LoadState } from '../../components/Feedback';
import { SelectField } from '../../components/Field';
import { Page } from '../../components/Layout';
import { returnText, rideStatusTone } from '../../components/RideRequests';
import { useToast } from '../../components/Toasts';
import {
  missionStatusLabels,
  mobilityNeedLabels,
  offerStatusLabels,
  rideRequestStatusLabels,
  scorePartLabel,
  timeAnchorLabels,
  tripPurposeLabels,
  unmetReasonLabel,
} from '../../i18n/labels';
import { formatDateTime, formatFromNow, formatKm, formatTime, fullName } from '../../lib/format';

const offerTone: Record<OfferStatus, BadgeTone> = {
  pending: 'warning',
  accepted: 'success',
  refused: 'neutral',
  expired: 'neutral',
  withdrawn: 'neutral',
  released: 'danger',
};

/** "Détour (km) 4,2 · Équité (trajets du mois) 6": why this volunteer was asked, in their own words. */
function ScoreParts({ offer }: { offer: Offer }) {
  if (!offer.scoreParts) return <>Choisi par le CIAS</>;
  // The distance always; the other parts when they weighed (a zero bonus says nothing).
  const parts = Object.entries(offer.scoreParts).filter(([part, value]) => part === 'extraKm' || value !== 0);
  return (
    <ul className="score-parts">
      {parts.map(([part, value]) => (
        <li key={part}>
          {scorePartLabel(part)} : {value.toLocaleString('fr-FR', { maximumFractionDigits: 1 })}
        </li>
      ))}
    </ul>
  );
}

function OffersSection({ requestId }: { requestId: string }) {
  const offers = useQuery({
    queryKey: ['ride-requests', 'offers', requestId],
    queryFn: () => call(api.GET('/ride-requests/{id}/offers', { params: { path: { id: requestId } } })),
  });
  return (
    <section aria-labelledby="offers-title">
      <h2 id="offers-title">Propositions aux bénévoles</h2>
      <p className="muted">
        Le score additionne le détour et l'équité (en km) moins les bonus ; le plus bas est proposé en
        premier.
      </p>
      <LoadState loading={offers.isPending} error={offers.error} label="Propositions" />
      {offers.data && (
        <DataTable
          caption="Propositions faites pour cette demande"
          captionHidden
          rows={offers.data}
          rowKey={(o) => o.id}
          empty="Aucune proposition envoyée pour l'instant."
          columns={[
            {
              header: 'Bénévole',
              cell: (o) => <Link to={`/app/benevoles/${o.volunteer.id}`}>{fullName(o.volunteer)}</Link>,
              rowHeader: true,
            },
            { header: 'Vague', cell: (o) => o.wave },
            {
              header: 'Réponse',
              cell: (o) => <Badge tone={offerTone[o.status]}>{offerStatusLabels[o.status]}</Badge>,
            },
            {
              header: 'Envoyée',
              cell: (o) => (
                <>
                  {formatDateTime(o.sentAt)}
                  {o.respondedAt && (
                    <>
                      <br />
                      <span className="muted">réponse à {formatTime(o.respondedAt)}</span>
                    </>
                  )}
                </>
              ),
            },
            {
              header: 'Score',
              cell: (o) =>
                o.score === null ? '—' : o.score.toLocaleString('fr-FR', { maximumFractionDigits: 1 }),
            },
            { header: 'Pourquoi ce bénévole', cell: (o) => <ScoreParts offer={o} /> },
          ]}
        />
      )}
    </section>
  );
}

function MissionFacts({ mission }: { mission: Mission }) {
  return (
    <dl className="facts">
      <dt>Mission</dt>
      <dd>
        {missionStatusLabels[mission.status]}
        {mission.statusReason && mission.status === 'unmet'
          ? ` (${unmetReasonLabel(mission.statusReason)})`
          : ''}
      </dd>
      <dt>Chauffeur</dt>
      <dd>
        {mission.driver ? (
          <>
            <Link to={`/app/benevoles/${mission.driver.id}`}>{fullName(mission.driver)}</Link>
            {mission.code && ` · trajet n° ${mission.code}`}
          </>
        ) : (
          'pas encore'
        )}
      </dd>
      {mission.status === 'open' && (
        <>
          <dt>Échéance de la recherche</dt>
          <dd>
            {formatDateTime(mission.matchDeadline)} ({formatFromNow(mission.matchDeadline)}), vague{' '}
            {mission.wave}
          </dd>
        </>
      )}
      <dt>Prévu</dt>
      <dd>
        de {formatTime(mission.plannedStartAt)} à {formatTime(mission.plannedEndAt)},{' '}
        {formatKm(mission.plannedDistanceMeters / 1000)}
        {mission.rideRequestIds.length > 1 &&
          ` (regroupé avec ${mission.rideRequestIds.length - 1} autre demande)`}
      </dd>
    </dl>
  );
}

/** Staff choose the driver themselves, over the ranking (also after unmet, or to replace a driver). */
function AssignDriver({ request, mission }: { request: RideRequest; mission: Mission | undefined }) {
  const volunteers = useVolunteers({ active: true, pageSize: 100 });
  const [volunteerId, setVolunteerId] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const toast = useToast();
  const queryClient = useQueryClient();
  const assign = useMutation({
    mutationFn: (volunteerDriverId: string) =>
      call(
        api.POST('/ride-requests/{id}/assign', {
          params: { path: { id: request.id } },
          body: { volunteerDriverId },
        }),
      ),
    onSuccess: (assigned) => {
      toast.success(`Trajet confié à ${assigned.driver ? fullName(assigned.driver) : 'ce bénévole'}.`);
      setVolunteerId('');
      void queryClient.invalidateQueries({ queryKey: ['ride-requests'] });
    },
  });
  if (!mission || !['open', 'assigned', 'unmet'].includes(mission.status)) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(volunteerId ? undefined : 'Choisissez un bénévole.');
    if (volunteerId) assign.mutate(volunteerId);
  };
  const fieldError = assign.error instanceof ApiError ? assign.error.fields['/volunteerDriverId'] : undefined;
  return (
    <section aria-labelledby="assign-title" className="card">
      <h2 id="assign-title">{mission.driver ? 'Changer de chauffeur' : 'Affecter un chauffeur à la main'}</h2>
      <p className="muted">
        Le bénévole choisi reçoit les détails par SMS ; les propositions en attente sont retirées
        {mission.driver ? ' et le chauffeur actuel est prévenu' : ''}.
      </p>
      <ErrorSummary error={assign.error} focus={false} />
      <form onSubmit={submit} noValidate className="inline-form">
        <SelectField
          label="Bénévole"
          value={volunteerId}
          onChange={(event) => setVolunteerId(event.target.value)}
          error={problem ?? fieldError}
          required
        >
          <option value="">Choisir…</option>
          {(volunteers.data?.items ?? [])
            .filter((v) => v.id !== mission.driver?.id)
            .map((v) => (
              <option key={v.id} value={v.id}>
                {fullName(v)}
              </option>
            ))}
        </SelectField>
        <button type="submit" className="primary" disabled={assign.isPending}>
          {assign.isPending ? 'Affectation…' : 'Affecter ce chauffeur'}
        </button>
      </form>
    </section>
  );
}

/** One ride request: what was asked, the mission and its driver, who was offered it and why, and a hand assignment. */
export function RideRequestPage() {
  const { id } = useParams();
  const { can } = useSession();
  const request = useQuery({
    queryKey: ['ride-requests', 'one', id],
    queryFn: () => call(api.GET('/ride-requests/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
  const mission = useQuery({
    queryKey: ['ride-requests', 'mission', id],
    queryFn: () => call(api.GET('/ride-requests/{id}/mission', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
    // Before matching there is no mission yet: a 404 is an answer, not an error.
    retry: false,
  });
  const resident = useResident(request.data?.residentId);
  const r = request.data;
  return (
    <Page title={r ? `Trajet vers ${r.destination.label}` : 'Demande de trajet'}>
      <LoadState loading={request.isPending} error={request.error} label="Demande" />
      {r && (
        <>
          <div className="two-columns">
            <section aria-labelledby="request-title" className="card">
              <h2 id="request-title">La demande</h2>
              <dl className="facts">
                <dt>Habitant</dt>
                <dd>
                  {resident.data ? (
                    <Link to={`/app/appel/${r.residentId}`}>{fullName(resident.data)}</Link>
                  ) : (
                    'Habitant'
                  )}
                </dd>
                <dt>Quand</dt>
                <dd>
                  {formatDateTime(r.requestedTime)}, {timeAnchorLabels[r.timeAnchor].toLowerCase()}
                </dd>
                <dt>Trajet</dt>
                <dd>
                  {r.origin.label} → {r.destination.label}
                </dd>
                <dt>Retour</dt>
                <dd>{returnText(r)}</dd>
                <dt>Passagers</dt>
                <dd>
                  {r.passengers}
                  {r.needs.length > 0 && ` · ${r.needs.map((need) => mobilityNeedLabels[need]).join(', ')}`}
                </dd>
                <dt>Motif</dt>
                <dd>{tripPurposeLabels[r.purpose]}</dd>
                <dt>État</dt>
                <dd>
                  <Badge tone={rideStatusTone[r.status]}>{rideRequestStatusLabels[r.status]}</Badge>
                  {r.statusReason && ` ${unmetReasonLabel(r.statusReason)}`}
                </dd>
              </dl>
            </section>
            <section aria-labelledby="mission-title" className="card">
              <h2 id="mission-title">Chauffeur</h2>
              {mission.data ? (
                <MissionFacts mission={mission.data} />
              ) : mission.isPending ? (
                <p role="status">Chargement…</p>
              ) : (
                <p className="empty">La recherche d'un chauffeur n'a pas encore commencé.</p>
              )}
            </section>
          </div>
          {can('missions:manage') && <AssignDriver request={r} mission={mission.data} />}
          {can('volunteers:read') && <OffersSection requestId={r.id} />}
        </>
      )}
    </Page>
  );
}
