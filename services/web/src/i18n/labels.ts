import type {
  ContactChannel,
  Message,
  MessageStatus,
  MobilityNeed,
  PersonStatus,
  Phone,
  PlaceKind,
  RideRequestStatus,
  StaffRole,
  StaffTaskKind,
  TimeAnchor,
  TripPurpose,
} from '../api/types';

/*
 * French names of the API's values. Typed as records over the generated types, so a value added to the
 * API fails the build here until it has its French name.
 */

export const mobilityNeedLabels: Record<MobilityNeed, string> = {
  wheelchair: 'Fauteuil roulant',
  walking_aid: 'Aide à la marche (canne, déambulateur)',
  needs_escort: "Besoin d'être accompagné",
  visually_impaired: 'Malvoyant',
  hearing_impaired: 'Malentendant',
};

export const contactChannelLabels: Record<ContactChannel, string> = {
  sms: 'SMS',
  voice: 'Appel téléphonique',
  staff: 'Par le CIAS uniquement (aucun message automatique)',
};

export const personStatusLabels: Record<PersonStatus, string> = {
  active: 'Actif',
  paused: 'En pause',
  archived: 'Archivé',
};

export const phoneKindLabels: Record<Phone['kind'], string> = {
  mobile: 'portable',
  landline: 'fixe',
  other: 'autre',
};

export const rideRequestStatusLabels: Record<RideRequestStatus, string> = {
  received: 'Reçue',
  matching: 'Recherche de chauffeur',
  offered: 'Proposée à un chauffeur',
  matched: 'Chauffeur trouvé',
  completed: 'Effectuée',
  cancelled: 'Annulée',
  unmet: 'Sans chauffeur',
};

export const tripPurposeLabels: Record<TripPurpose, string> = {
  health: 'Santé',
  shopping: 'Courses',
  market: 'Marché',
  administrative: 'Démarches administratives',
  social: 'Vie sociale, visite',
  employment: 'Emploi, formation',
  other: 'Autre',
};

export const timeAnchorLabels: Record<TimeAnchor, string> = {
  pickup: 'Heure de départ (prise en charge)',
  arrival: "Heure d'arrivée à destination",
};

export const placeKindLabels: Record<PlaceKind, string> = {
  market: 'Marché',
  health_centre: 'Maison de santé',
  doctor: 'Médecin',
  pharmacy: 'Pharmacie',
  france_services: 'France services',
  station: 'Gare',
  town_hall: 'Mairie',
  shop: 'Commerce',
  social_venue: 'Lieu de rencontre',
  hospital: 'Hôpital',
  other: 'Autre',
};

export const staffTaskKindLabels: Record<StaffTaskKind, string> = {
  callback: 'Rappeler',
  voicemail: 'Message vocal',
  unknown_caller: 'Numéro inconnu',
  unmet_request: 'Demande sans chauffeur',
  undelivered_message: 'Message non distribué',
  other: 'Autre',
};

export const messageStatusLabels: Record<MessageStatus, string> = {
  pending: 'En attente',
  sending: "En cours d'envoi",
  sent: 'Envoyé',
  delivered: 'Distribué',
  undelivered: 'Non distribué',
  failed: 'Échec',
  received: 'Reçu',
};

export const messageKindLabel = (message: Pick<Message, 'channel' | 'direction'>): string =>
  ({
    'sms-outbound': 'SMS envoyé',
    'sms-inbound': 'SMS reçu',
    'voice-outbound': 'Appel passé',
    'voice-inbound': 'Appel reçu',
  })[`${message.channel}-${message.direction}` as const];

export const staffRoleLabels: Record<StaffRole, string> = {
  admin: 'Administration',
  coordinator: 'Coordination',
  partner: 'Partenaire',
  read_only: 'Lecture seule',
};

/** ISO weekdays: 1 = lundi … 7 = dimanche. */
export const weekdayLabels = [
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
] as const;
