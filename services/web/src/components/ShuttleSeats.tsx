import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, call } from '../api/client';
import { useShuttleLines, useShuttleRounds } from '../api/queries';
import type { Resident, ResidentSeatBooking, SeatBooking, ShuttleLine, ShuttleRound } from '../api/types';
import { useSession } from '../auth/session';
import { seatBookingStatusLabels } from '../i18n/labels';
import { formatClock, formatServiceDate, formatTime, isoDate } from '../lib/format';
import { ConfirmDialog } from './ConfirmDialog';
import { DataTable } from './DataTable';
import { Badge, ErrorSummary, LoadState } from './Feedback';
import { useToast } from './Toasts';

const seatText = (booking: Pick<SeatBooking, 'status' | 'waitlistPosition'>) =>
  booking.status === 'waitlisted'
    ? `Liste d'attente, n° ${booking.waitlistPosition ?? '?'}`
    : seatBookingStatusLabels[booking.status];

function useResidentSeats(residentId: string) {
  const [from] = useState(() => isoDate());
  return useQuery({
    queryKey: ['seat-bookings', residentId, from],
    queryFn: () => call(api.GET('/seat-bookings', { params: { query: { residentId, from, pageSize: 20 } } })),
  });
}

/** A resident's seats on the coming market shuttles, with the pick-up time once announced. */
export function UpcomingSeats({ residentId }: { residentId: string }) {
  const seats = useResidentSeats(residentId);
  const { can } = useSession();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [cancelling, setCancelling] = useState<ResidentSeatBooking | null>(null);
  const cancel = useMutation({
    mutationFn: (booking: ResidentSeatBooking) =>
      call(
        api.POST('/seat-bookings/{id}/cancel', {
          params: { path: { id: booking.id } },
          body: { reason: 'resident_cancelled' },
        }),
      ),
    onSuccess: () => {
      toast.success('Place annulée.');
      setCancelling(null);
      void queryClient.invalidateQueries({ queryKey: ['seat-bookings'] });
      void queryClient.invalidateQueries({ queryKey: ['shuttle-rounds'] });
    },
  });
  const live = (seats.data?.items ?? []).filter((b) => b.status !== 'cancelled');
  return (
    <section aria-labelledby="seats-title">
      <h2 id="seats-title">Navettes réservées</h2>
      <LoadState loading={seats.isPending} error={seats.error} label="Navettes réservées" />
      {seats.data && (
        <DataTable
          caption="Places de navette à venir"
          captionHidden
          rows={live}
          rowKey={(b) => b.id}
          empty="Aucune place de navette à venir."
          columns={[
            { header: 'Quand', cell: (b) => formatServiceDate(b.round.serviceDate), rowHeader: true },
            { header: 'Ligne', cell: (b) => b.round.lineName },
            {
              header: 'Passage',
              cell: (b) => {
                const at = b.announcedPickupAt ?? b.plannedPickupAt;
                return at ? `vers ${formatTime(at)}` : `au marché à ${formatClock(b.round.arrivalTime)}`;
              },
            },
            {
              header: 'Place',
              cell: (b) => (
                <Badge tone={b.status === 'confirmed' ? 'success' : 'warning'}>{seatText(b)}</Badge>
              ),
            },
            ...(can('shuttles:book')
              ? [
                  {
                    header: 'Action',
                    cell: (b: ResidentSeatBooking) => (
                      <button type="button" className="secondary small" onClick={() => setCancelling(b)}>
                        Annuler
                        <span className="visually-hidden">
                          {' '}
                          la place du {formatServiceDate(b.round.serviceDate)}
                        </span>
                      </button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      <ConfirmDialog
        open={cancelling !== null}
        title="Annuler la place"
        confirmLabel="Annuler la place"
        cancelLabel="Garder la place"
        danger
        busy={cancel.isPending}
        onCancel={() => setCancelling(null)}
        onConfirm={() => cancelling && cancel.mutate(cancelling)}
      >
        <ErrorSummary error={cancel.error} focus={false} />
        {cancelling && (
          <p>
            Navette du {formatServiceDate(cancelling.round.serviceDate)} : la place est libérée pour la
            première personne en liste d'attente.
          </p>
        )}
      </ConfirmDialog>
    </section>
  );
}

/** Where the shuttle will pick the resident up, as the domain decides it (door for reduced mobility). */
function pickupText(line: ShuttleLine, resident: Resident): string {
  if (line.mode === 'door_to_door') return 'à domicile';
  const stop = line.stops.find((s) => s.communeId === resident.communeId);
  return stop ? `à l'arrêt « ${stop.name} » (à domicile pour une personne à mobilité réduite)` : 'à domicile';
}

/**
 * The next shuttles serving the resident's commune, one button each: the caller asks "is there room on
 * Monday?", staff click the date and confirm (three clicks from the caller's card to a booked seat).
 */
export function NextShuttles({ resident }: { resident: Resident }) {
  const [today] = useState(() => isoDate());
  const lines = useShuttleLines();
  const rounds = useShuttleRounds({ from: today, status: 'open', pageSize: 20 });
  const seats = useResidentSeats(resident.id);
  const toast = useToast();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<{ round: ShuttleRound; line: ShuttleLine } | null>(null);
  const book = useMutation({
    mutationFn: (round: ShuttleRound) =>
      call(api.POST('/seat-bookings', { body: { shuttleRoundId: round.id, residentId: resident.id } })),
    onSuccess: (booking) => {
      toast.success(
        booking.status === 'confirmed'
          ? `Place confirmée pour le ${formatServiceDate(choice?.round.serviceDate ?? '')}.`
          : `Navette complète : inscrit sur la liste d'attente (n° ${booking.waitlistPosition}).`,
      );
      setChoice(null);
      void queryClient.invalidateQueries({ queryKey: ['seat-bookings'] });
      void queryClient.invalidateQueries({ queryKey: ['shuttle-rounds'] });
    },
  });
  const serving = (lines.data?.items ?? []).filter(
    (l) => l.active && l.communeIds.includes(resident.communeId),
  );
  const booked = new Set(
    (seats.data?.items ?? []).filter((b) => b.status !== 'cancelled').map((b) => b.shuttleRoundId),
  );
  const next = (rounds.data?.items ?? [])
    .filter((r) => !booked.has(r.id))
    .flatMap((round) => {
      const line = serving.find((l) => l.id === round.shuttleLineId);
      return line ? [{ round, line }] : [];
    })
    .slice(0, 3);
  return (
    <section aria-labelledby="next-shuttle-title" className="card">
      <h2 id="next-shuttle-title">Réserver la navette du marché</h2>
      <LoadState
        loading={rounds.isPending || lines.isPending}
        error={rounds.error ?? lines.error}
        label="Navettes"
      />
      {rounds.data && lines.data && next.length === 0 && (
        <p className="empty">
          {serving.length === 0
            ? "Aucune navette ne dessert la commune de l'habitant."
            : 'Aucune tournée ouverte à la réservation.'}
        </p>
      )}
      <ul className="shuttle-choices">
        {next.map(({ round, line }) => {
          const free = round.capacity.seats - round.taken.seats;
          return (
            <li key={round.id}>
              <button
                type="button"
                className="primary"
                onClick={() => {
                  book.reset();
                  setChoice({ round, line });
                }}
              >
                Réserver : {formatServiceDate(round.serviceDate)}
              </button>{' '}
              <span>
                {line.name}, au marché à {formatClock(round.arrivalTime)} ·{' '}
                {free > 0
                  ? `${free} place${free > 1 ? 's' : ''} libre${free > 1 ? 's' : ''}`
                  : "complet : liste d'attente"}
              </span>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={choice !== null}
        title="Confirmer la réservation"
        confirmLabel="Confirmer la réservation"
        busy={book.isPending}
        onCancel={() => setChoice(null)}
        onConfirm={() => choice && book.mutate(choice.round)}
      >
        <ErrorSummary error={book.error} focus={false} />
        {choice && (
          <p>
            {choice.line.name}, {formatServiceDate(choice.round.serviceDate)} : au marché à{' '}
            {formatClock(choice.round.arrivalTime)}, retour à {formatClock(choice.round.departureTime)}. Prise
            en charge {pickupText(choice.line, resident)}. L'heure de passage sera envoyée la veille.
          </p>
        )}
      </ConfirmDialog>
    </section>
  );
}
