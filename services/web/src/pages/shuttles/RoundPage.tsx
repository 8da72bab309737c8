import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { api, call } from '../../api/client';
import { downloadFile } from '../../api/download';
import { useResidentsById, useShuttleLines } from '../../api/queries';
import type {
  PlanVehicle,
  RoundPlan,
  RoundPlanning,
  SeatBooking,
  ShuttleLine,
  ShuttleRound,
} from '../../api/types';
import { useSession } from '../../auth/session';
import { DataTable } from '../../components/DataTable';
import { Badge, ErrorSummary, LoadState } from '../../components/Feedback';
import { Page } from '../../components/Layout';
import { RouteMap } from '../../components/RouteMap';
import { useToast } from '../../components/Toasts';
import { seatBookingStatusLabels, shuttleRoundStatusLabels } from '../../i18n/labels';
import {
  formatClock,
  formatDateTime,
  formatKm,
  formatServiceDate,
  formatTime,
  fullName,
} from '../../lib/format';
import { roundStatusTone, seatsText } from './RoundsPage';

const POLL_MS = 1_000;

/** What the progress line says while a planning run is asked for, queued, running, then done. */
function planningText(planning: RoundPlanning | undefined, done: boolean): string {
  if (!planning) return '';
  if (planning.state === 'queued') return "En file d'attente…";
  if (planning.state === 'running') return 'Planification…';
  if (done && planning.plannedAt) return `Planifiée à ${formatTime(planning.plannedAt)}.`;
  return planning.plannedAt
    ? `Dernier plan : ${formatDateTime(planning.plannedAt)} (version ${planning.planVersion}).`
    : 'Pas encore planifiée.';
}

/**
 * Re-plan with progress: the button queues a planning run, then the planning state is polled every
 * second until the worker has stored a newer plan, which is then shown.
 */
function PlanningControls({ round, onPlanned }: { round: ShuttleRound; onPlanned: () => void }) {
  const { can } = useSession();
  const toast = useToast();
  /** The plan version when a run was asked for: the run is done once a newer version is stored. */
  const [askedFrom, setAskedFrom] = useState<number | null>(null);
  const planning = useQuery({
    queryKey: ['shuttle-rounds', 'planning', round.id],
    queryFn: () => call(api.GET('/shuttle-rounds/{id}/planning', { params: { path: { id: round.id } } })),
    refetchInterval: (query) => {
      const state = query.state.data;
      const waiting = askedFrom !== null && (state?.planVersion ?? 0) <= askedFrom;
      return state?.state !== 'idle' || waiting ? POLL_MS : false;
    },
  });
  const done = askedFrom !== null && planning.data?.state === 'idle' && planning.data.planVersion > askedFrom;
  // Once the worker has stored the plan asked for, the round, its bookings and its plan are read again.
  useEffect(() => {
    if (done) onPlanned();
  }, [done, onPlanned]);
  const replan = useMutation({
    mutationFn: () => call(api.POST('/shuttle-rounds/{id}/plan', { params: { path: { id: round.id } } })),
    onSuccess: () => {
      setAskedFrom(planning.data?.planVersion ?? round.planVersion);
      void planning.refetch();
    },
  });
  const print = useMutation({
    mutationFn: () =>
      downloadFile(
        `/shuttle-rounds/${round.id}/route-sheet.pdf`,
        `feuille-de-route-${round.serviceDate}.pdf`,
      ),
    onSuccess: () => toast.success('Feuille de route téléchargée : ouvrez-la pour l’imprimer.'),
  });
  const link = useMutation({
    mutationFn: () =>
      call(api.POST('/shuttle-rounds/{id}/route-sheet-link', { params: { path: { id: round.id } } })),
  });
  const busy =
    planning.data?.state === 'queued' || planning.data?.state === 'running' || (askedFrom !== null && !done);
  const plannable = ['open', 'closed', 'planned'].includes(round.status);
  return (
    <section aria-labelledby="planning-title" className="card">
      <h2 id="planning-title">Planification et feuille de route</h2>
      <ErrorSummary error={replan.error ?? print.error ?? link.error} focus={false} />
      <p role="status" className="planning-state" aria-live="polite">
        {planningText(planning.data, done)}
      </p>
      {can('shuttles:write') && (
        <div className="actions">
          {plannable && (
            <button
              type="button"
              className="primary"
              disabled={busy || replan.isPending}
              onClick={() => replan.mutate()}
            >
              {round.plannedAt ? 'Replanifier' : 'Planifier maintenant'}
            </button>
          )}
          <button
            type="button"
            className="secondary"
            disabled={print.isPending}
            onClick={() => print.mutate()}
          >
            {print.isPending ? 'Préparation…' : 'Imprimer la feuille de route (PDF)'}
          </button>
          <button type="button" className="secondary" disabled={link.isPending} onClick={() => link.mutate()}>
            Lien pour le chauffeur
          </button>
        </div>
      )}
      {link.data && (
        <p>
          Lien à envoyer au chauffeur (valable jusqu'au {formatDateTime(link.data.expiresAt)}) :{' '}
          <a href={link.data.url}>{link.data.url}</a>
        </p>
      )}
    </section>
  );
}

/** Who is booked: confirmed seats, then the waitlist in order, then cancellations. */
function BookingsSection({ round, line }: { round: ShuttleRound; line: ShuttleLine | undefined }) {
  const bookings = useQuery({
    queryKey: ['shuttle-rounds', 'bookings', round.id],
    queryFn: () =>
      call(
        api.GET('/shuttle-rounds/{id}/bookings', {
          params: { path: { id: round.id }, query: { pageSize: 100 } },
        }),
      ),
  });
  const names = useResidentsById(bookings.data?.items.map((b) => b.residentId) ?? []);
  const stopName = (booking: SeatBooking) =>
    booking.pickup.stopId
      ? (line?.stops.find((stop) => stop.id === booking.pickup.stopId)?.name ?? 'Arrêt')
      : 'Domicile';
  return (
    <section aria-labelledby="bookings-title">
      <h2 id="bookings-title">Réservations ({seatsText(round)})</h2>
      <LoadState loading={bookings.isPending} error={bookings.error} label="Réservations" />
      {bookings.data && (
        <DataTable
          caption="Réservations de la tournée"
          captionHidden
          rows={bookings.data.items}
          rowKey={(b) => b.id}
          empty="Personne n'a encore réservé."
          columns={[
            {
              header: 'Habitant',
              cell: (b) => {
                const resident = names.get(b.residentId);
                return resident ? fullName(resident) : 'Habitant';
              },
              rowHeader: true,
            },
            {
              header: 'Réservation',
              cell: (b) => (
                <Badge
                  tone={
                    b.status === 'confirmed' ? 'success' : b.status === 'waitlisted' ? 'warning' : 'neutral'
                  }
                >
                  {b.status === 'waitlisted'
                    ? `Liste d'attente, n° ${b.waitlistPosition ?? '?'}`
                    : seatBookingStatusLabels[b.status]}
                </Badge>
              ),
            },
            { header: 'Prise en charge', cell: stopName },
            {
              header: 'Heure annoncée',
              cell: (b) => {
                const at = b.announcedPickupAt ?? b.plannedPickupAt;
                return at ? formatTime(at) : '—';
              },
            },
            {
              header: 'Passagers',
              cell: (b) => `${b.passengers}${b.wheelchair ? ' (fauteuil)' : ''}`,
            },
          ]}
        />
      )}
    </section>
  );
}

const placeText = (stop: PlanVehicle['stops'][number]) =>
  stop.place.kind === 'door'
    ? 'Domicile'
    : stop.place.kind === 'market'
      ? 'Marché'
      : (stop.place.name ?? 'Arrêt');

/** One vehicle's order on one leg, in words: the text twin of the map. */
function VehicleOrder({ leg, vehicle }: { leg: 'outbound' | 'return'; vehicle: PlanVehicle }) {
  const title = `${leg === 'outbound' ? 'Aller' : 'Retour'} : ${vehicle.name}, départ ${formatTime(vehicle.departAt)}, ${formatKm(vehicle.distanceMeters / 1000)}`;
  return (
    <DataTable
      caption={title}
      rows={vehicle.stops}
      rowKey={(stop) => `${stop.seatBookingId}-${stop.kind}`}
      empty="Aucun arrêt."
      columns={[
        { header: 'Ordre', cell: (stop) => stop.sequence, rowHeader: true },
        { header: 'Heure', cell: (stop) => formatTime(stop.at), className: 'nowrap' },
        { header: 'Action', cell: (stop) => (stop.kind === 'pickup' ? 'Prise en charge' : 'Dépose') },
        { header: 'Personne', cell: (stop) => `${stop.firstName}${stop.wheelchair ? ' (fauteuil)' : ''}` },
        { header: 'Lieu', cell: placeText },
      ]}
    />
  );
}

function PlanSection({ plan, names }: { plan: RoundPlan; names: ReturnType<typeof useResidentsById> }) {
  const vehicles = plan.legs.flatMap((leg) => leg.vehicles);
  return (
    <section aria-labelledby="plan-title">
      <h2 id="plan-title">Trajet prévu</h2>
      {vehicles.length === 0 ? (
        <p className="empty">Pas encore de plan : planifiez la tournée pour voir l'ordre et les heures.</p>
      ) : (
        <>
          <RouteMap plan={plan} label="Carte du trajet prévu de la tournée" />
          {plan.unserved.length > 0 && (
            <p className="load-error" role="alert">
              Sans place dans le plan :{' '}
              {plan.unserved
                .map((u) => {
                  const resident = names.get(u.residentId);
                  return resident ? fullName(resident) : 'un habitant';
                })
                .join(', ')}
              . Ajoutez un véhicule ou prévenez ces personnes.
            </p>
          )}
          <div className="plan-tables">
            {plan.legs.map((leg) =>
              leg.vehicles.map((vehicle) => (
                <VehicleOrder key={`${leg.leg}-${vehicle.vehicleId}`} leg={leg.leg} vehicle={vehicle} />
              )),
            )}
          </div>
        </>
      )}
    </section>
  );
}

/**
 * One round on the planning board: its seats and waitlist, the planned route on a map with the order and
 * times, re-planning with progress, the route sheet to print and the driver's link.
 */
export function RoundPage() {
  const { roundId } = useParams();
  const queryClient = useQueryClient();
  // The plan names every passenger: partners (who see their own residents only) do not get it.
  const { can } = useSession();
  const seesPlan = can('shuttles:plan');
  const lines = useShuttleLines();
  const round = useQuery({
    queryKey: ['shuttle-rounds', 'one', roundId],
    queryFn: () => call(api.GET('/shuttle-rounds/{id}', { params: { path: { id: roundId! } } })),
    enabled: Boolean(roundId),
  });
  const plan = useQuery({
    queryKey: ['shuttle-rounds', 'plan', roundId],
    queryFn: () => call(api.GET('/shuttle-rounds/{id}/plan', { params: { path: { id: roundId! } } })),
    enabled: Boolean(roundId) && seesPlan,
  });
  const names = useResidentsById(plan.data?.unserved.map((u) => u.residentId) ?? []);
  const line = lines.data?.items.find((l) => l.id === round.data?.shuttleLineId);
  const title = round.data
    ? `${line?.name ?? 'Navette'} : ${formatServiceDate(round.data.serviceDate)}`
    : 'Tournée de navette';
  const refresh = useCallback(() => {
    for (const part of ['one', 'plan', 'bookings']) {
      void queryClient.invalidateQueries({ queryKey: ['shuttle-rounds', part, roundId] });
    }
  }, [queryClient, roundId]);
  return (
    <Page title={title}>
      <LoadState loading={round.isPending} error={round.error} label="Tournée" />
      {round.data && (
        <>
          <dl className="facts card">
            <dt>État</dt>
            <dd>
              <Badge tone={roundStatusTone[round.data.status]}>
                {shuttleRoundStatusLabels[round.data.status]}
              </Badge>
            </dd>
            <dt>Horaires</dt>
            <dd>
              Au marché à {formatClock(round.data.arrivalTime)}, retour à{' '}
              {formatClock(round.data.departureTime)}
            </dd>
            <dt>Réservations jusqu'au</dt>
            <dd>{formatDateTime(round.data.cutoffAt)}</dd>
            <dt>Véhicules</dt>
            <dd>
              {round.data.vehicles
                .map(
                  (v) =>
                    `${v.name} (${v.seats} places${v.wheelchairPlaces ? `, ${v.wheelchairPlaces} fauteuil` : ''})`,
                )
                .join(', ')}
            </dd>
          </dl>
          {seesPlan && <PlanningControls round={round.data} onPlanned={refresh} />}
          <BookingsSection round={round.data} line={line} />
          {seesPlan && <LoadState loading={plan.isPending} error={plan.error} label="Plan" />}
          {plan.data && <PlanSection plan={plan.data} names={names} />}
        </>
      )}
    </Page>
  );
}
