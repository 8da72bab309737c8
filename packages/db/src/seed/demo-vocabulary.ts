/**
 * Word lists for the demo dataset. Combinations are random, so the people are fictional; the street
 * and lieu-dit names are generic Breton/French ones, not a real resident's address.
 */

export const OLDER_FIRST_NAMES = [
  'Marie',
  'Jeanne',
  'Yvonne',
  'Anne',
  'Germaine',
  'Simone',
  'Maryvonne',
  'Annick',
  'Gisèle',
  'Monique',
  'Bernadette',
  'Odette',
  'Thérèse',
  'Josiane',
  'Marcel',
  'Joseph',
  'Jean',
  'Louis',
  'Pierre',
  'Yves',
  'Roger',
  'André',
  'Francis',
  'Raymond',
  'Hervé',
  'Jean-Yves',
  'Marcelle',
  'Paulette',
  'Fernand',
  'Albert',
] as const;

export const YOUNGER_FIRST_NAMES = [
  'Loïc',
  'Gwenaëlle',
  'Nolwenn',
  'Tanguy',
  'Erwan',
  'Soizic',
  'Armelle',
  'Gaël',
  'Ronan',
  'Katell',
  'Yannick',
  'Maëlle',
  'Corentin',
  'Sandrine',
  'Nathalie',
  'Stéphane',
  'Christophe',
  'Élodie',
  'Julien',
  'Anaïs',
  'Mathieu',
  'Gwendal',
  'Morgane',
  'Enora',
  'Brieuc',
  'Solenn',
  'Kévin',
  'Laëtitia',
  'Tristan',
] as const;

export const LAST_NAMES = [
  'Le Goff',
  'Le Gall',
  'Le Floch',
  'Guého',
  'Le Bihan',
  'Jégo',
  'Le Moal',
  'Guillemot',
  'Le Roux',
  'Tanguy',
  'Le Corre',
  'Le Texier',
  'Évenno',
  'Danion',
  'Le Ray',
  'Mahé',
  'Le Dréan',
  'Guillo',
  'Le Bouëdec',
  'Kervadec',
  'Le Mouël',
  'Berthelot',
  'Rio',
  'Le Quintrec',
  'Josso',
  'Le Pallec',
  'Caudal',
  'Rolland',
  'Gicquel',
  'Le Cam',
  'Morice',
  'Le Nevé',
  'Jouan',
  'Le Gourrierec',
  'Bréhier',
  'Le Brazidec',
  'Noblanc',
  'Le Thiec',
  'Audran',
  'Le Hir',
  'Perrichot',
  'Lohézic',
  'Le Méner',
  'Hamon',
] as const;

export const LIEUX_DITS = [
  'Kerguen',
  'Le Clos Neuf',
  'La Ville Aubin',
  'Kerbois',
  'Le Rocher',
  'La Lande',
  'Kerlann',
  'Le Moulin',
  'La Métairie',
  'Coët Bihan',
  'Le Pont',
  'La Ville Hervé',
  'Bel Air',
  'Le Vieux Bourg',
  'Kermoisan',
  'La Chapelle',
  'Le Pâtis',
  'Kerdréan',
  'La Grée',
  'Le Guern',
  'La Touche',
  'Penhoët',
  'Le Bot',
  'Brambis',
] as const;

export const STREETS = [
  "rue de l'Église",
  'rue des Écoles',
  'rue du Stade',
  'rue de la Fontaine',
  'place de la Mairie',
  'rue des Lilas',
  'allée des Chênes',
  'rue du Calvaire',
  'impasse des Hortensias',
  'rue de Bretagne',
  'rue du Lavoir',
  'chemin des Genêts',
  'rue des Ajoncs',
  'rue du Presbytère',
  'résidence des Tilleuls',
] as const;

export const ACCESS_NOTES = [
  'Sonner deux fois, la porte est au fond de la cour.',
  'Maison avec volets bleus après le calvaire.',
  'Se garer devant le portail, chemin en gravier.',
  'Prévenir par téléphone en arrivant.',
  'Entrée par le côté de la maison.',
] as const;

export const CONSENT_SOURCES = [
  'formulaire papier signé au CIAS',
  'accord oral lors de l’appel d’inscription',
  'inscription par SMS confirmée',
  'formulaire remis par la mairie',
] as const;

/** The channel of each consent source, for the consent history. */
export const CONSENT_CHANNELS: Record<
  (typeof CONSENT_SOURCES)[number],
  'paper_form' | 'phone' | 'sms' | 'partner'
> = {
  'formulaire papier signé au CIAS': 'paper_form',
  'accord oral lors de l’appel d’inscription': 'phone',
  'inscription par SMS confirmée': 'sms',
  'formulaire remis par la mairie': 'partner',
};

export interface DemoStaffLogin {
  role: 'admin' | 'coordinator' | 'partner' | 'read_only';
  email: string;
  password: string;
  displayName: string;
}

/** Published in the README and printed by `seed --print-logins`: demo only, never for a real deployment. */
export const DEMO_STAFF_LOGINS: readonly DemoStaffLogin[] = [
  {
    role: 'admin',
    email: 'admin@demo.solimob.fr',
    password: 'solimob-demo-admin',
    displayName: 'Admin (démo)',
  },
  {
    role: 'coordinator',
    email: 'coordination@demo.solimob.fr',
    password: 'solimob-demo-coordination',
    displayName: 'Coordination CIAS (démo)',
  },
  {
    role: 'partner',
    email: 'partenaire@demo.solimob.fr',
    password: 'solimob-demo-partenaire',
    displayName: 'Partenaire (démo)',
  },
  {
    role: 'read_only',
    email: 'lecture@demo.solimob.fr',
    password: 'solimob-demo-lecture',
    displayName: 'Lecture seule (démo)',
  },
];

/** The account whose presence means "demo data already seeded". */
export const DEMO_MARKER_EMAIL = 'admin@demo.solimob.fr';

/**
 * ARCEP keeps these 10 000-number blocks out of service for films and TV (plan national de numérotation):
 * 01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49 (geographic) and 06 39 98 (mobile). Demo numbers are
 * drawn from them so that a demo with real Twilio credentials can never text or ring a real person.
 */
/** E.164 forms of 02 61 91 xx xx and 06 39 98 xx xx: four digits follow. */
export const FICTION_LANDLINE_BLOCK = '+3326191';
export const FICTION_MOBILE_BLOCK = '+3363998';
/** A fictional number for the CIAS desk, used when the territory has no contact phone. */
export const DEMO_CONTACT_PHONE = '+33261910000';
/**
 * A fictional two-way number for the service itself (0000 of the mobile fiction block), set when the
 * territory has none: inbound SMS and calls find their territory by it (the phone simulator texts it).
 */
export const DEMO_SERVICE_NUMBER = '+33639980000';
