/**
 * Why a simulated request went unmet, in French for the simulator's table, CSV and report. The codes
 * are those of the reports (`no_volunteer_available`, `shuttle_full`, …) plus the simulator's own
 * (`no_round`, `bookings_closed`, `refused_<field>` when a verb refused the request's input).
 */
const LABELS: Record<string, string> = {
  no_volunteer_available: 'aucun bénévole disponible',
  no_volunteer_accepted: "aucun bénévole n'a accepté",
  no_volunteer: 'aucun bénévole',
  no_wheelchair_vehicle: 'pas de véhicule adapté au fauteuil',
  shuttle_full: "navette complète (restée en liste d'attente)",
  round_cancelled: 'tournée annulée',
  not_planned: 'place non planifiée',
  cancelled: 'annulée',
  no_round: 'pas de tournée ce jour-là',
  bookings_closed: 'réservations closes',
  refused: 'demande refusée',
  unknown: 'raison non précisée',
};

export function unmetReasonLabel(reason: string): string {
  const known = LABELS[reason];
  if (known) return known;
  if (reason.startsWith('refused_')) return `demande refusée (${reason.slice('refused_'.length)})`;
  return reason.replaceAll('_', ' ');
}
