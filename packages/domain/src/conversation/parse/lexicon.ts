/**
 * What each (normalised) word can mean. Words are whole canonical tokens; stems match any word that
 * begins with them ("annul" → annuler, annulation, annulez). Typos reach them through `looksLike` and
 * `startsLike`. Nothing here names a place of a particular territory: communes and local places are
 * the conversation's business (territory aliases), this layer only says "a destination is named".
 */

export type Tag =
  | 'greeting'
  | 'polite'
  | 'yes'
  | 'no'
  | 'stop'
  | 'start'
  | 'messaging'
  | 'cancel'
  | 'change'
  | 'list'
  | 'question'
  | 'help'
  | 'call'
  | 'want'
  | 'book'
  | 'seat'
  | 'shuttle'
  | 'market'
  | 'ride'
  | 'go'
  | 'come'
  | 'able'
  | 'destination'
  | 'appointment'
  | 'booking'
  | 'possessive'
  | 'negation'
  | 'absent'
  | 'done'
  | 'available'
  | 'unavailable'
  | 'finally'
  | 'need'
  | 'halt'
  | 'status'
  | 'temporal'
  | 'withdraw';

interface LexiconEntry {
  words?: string[];
  stems?: string[];
}

export const lexicon: Record<Tag, LexiconEntry> = {
  greeting: {
    words: ['bonjour', 'bonsoir', 'salut', 'coucou', 'hello', 'allo', 'madame', 'monsieur', 'mademoiselle'],
    stems: ['solimob'],
  },
  polite: {
    words: [
      'svp',
      'merci',
      'beaucoup',
      'cordialement',
      'bisous',
      'bise',
      'amities',
      'remerciements',
      'aimable',
      'gentil',
      'gentille',
      'excusez',
      'pardon',
      'desole',
      'desolee',
      'bonne',
      'journee',
      'soiree',
      'bientot',
    ],
    stems: ['remerci'],
  },
  yes: {
    words: [
      'oui',
      'ok',
      'daccord',
      'exact',
      'exactement',
      'parfait',
      'parfaitement',
      'entendu',
      'volontiers',
      'absolument',
      'certainement',
      'evidemment',
      'super',
      'genial',
      'top',
      'impeccable',
      'nickel',
      'cool',
      'affirmatif',
      'convient',
      'conviens',
      'correct',
      'vrai',
      'go',
    ],
    stems: ['confirm', 'accept', 'valid'],
  },
  no: {
    words: ['non', 'no', 'negatif', 'jamais', 'impossible', 'indisponible', 'niet'],
    stems: ['refus', 'declin'],
  },
  stop: {
    words: ['stop', 'stopall', 'arret', 'unsubscribe', 'stopper', 'desactiver'],
    stems: ['desabonn', 'desinscri'],
  },
  start: {
    words: ['start', 'unstop', 'demarrer', 'reprendre', 'reprise'],
    stems: ['reabonn', 'reactiv', 'reinscri'],
  },
  messaging: {
    words: ['sms', 'message', 'messages', 'notification', 'notifications', 'alerte', 'alertes', 'envoi'],
    stems: ['envoy', 'ecrir'],
  },
  cancel: {
    words: ['empechement', 'contretemps'],
    stems: ['annul', 'decommand', 'desist', 'supprim', 'desinscri'],
  },
  change: {
    words: ['changer', 'change', 'deplacer', 'decaler', 'reporter'],
    stems: ['modifi', 'changement'],
  },
  list: {
    words: ['liste', 'lister', 'recap', 'recapitulatif', 'programme', 'planning'],
    stems: ['verifi', 'consult'],
  },
  question: {
    words: ['?', 'quand', 'quel', 'quelle', 'quels', 'quelles', 'combien', 'comment', 'pourquoi', 'savoir'],
  },
  help: {
    words: [
      'aide',
      'aider',
      'aidez',
      'help',
      'info',
      'information',
      'informations',
      'menu',
      'perdu',
      'perdue',
      'sos',
      'comprends',
      'comprend',
      'compris',
      'comprendre',
      'explication',
      'explications',
      'utiliser',
      'fonctionne',
      'fonctionnement',
      'horaire',
      'horaires',
      'tarif',
      'tarifs',
      'prix',
      'gratuit',
      'quoi',
    ],
    stems: ['renseign', 'expliqu'],
  },
  call: {
    words: [
      'appeler',
      'appelez',
      'appelle',
      'rappeler',
      'rappelez',
      'rappelle',
      'telephoner',
      'telephone',
      'joindre',
      'parler',
      'contacter',
      'numero',
    ],
  },
  want: {
    words: [
      'veux',
      'voudrais',
      'voudrait',
      'voudrions',
      'voulais',
      'voulait',
      'aimerais',
      'aimerait',
      'souhaite',
      'souhaiterais',
      'souhaiterait',
      'souhaitons',
      'desire',
      'desirerais',
      'faut',
      'faudrait',
      'demande',
      'demander',
      'pourriez',
      'pouvez',
      'pourrais',
      'possible',
      'peut',
    ],
    stems: ['souhait'],
  },
  need: { words: ['besoin'] },
  book: {
    words: ['prendre', 'retenir', 'commander', 'booker', 'garder', 'inscrire', 'inscris', 'inscription'],
    stems: ['reserv'],
  },
  seat: { words: ['place', 'places', 'siege'] },
  shuttle: {
    words: ['navette', 'navettes', 'bus', 'autobus', 'autocar', 'minibus', 'ramassage', 'tournee', 'circuit'],
  },
  market: { words: ['marches', 'foire'] },
  ride: {
    words: [
      'chauffeur',
      'chauffeurs',
      'chauffeuse',
      'conducteur',
      'conductrice',
      'voiture',
      'vehicule',
      'taxi',
      'covoiturage',
      'chercher',
      'cherche',
      'transporter',
      'course',
      'courses',
    ],
    stems: ['benevol', 'condui', 'emmen', 'amen', 'ramen', 'raccompagn', 'accompagn', 'depos', 'recuper'],
  },
  go: {
    words: [
      'aller',
      'vais',
      'irai',
      'irais',
      'rendre',
      'partir',
      'descendre',
      'monter',
      'allez',
      'retour',
      'trajet',
    ],
  },
  come: {
    words: ['venir', 'viens', 'vient', 'viendrai', 'viendrais', 'viendra', 'venu', 'venue', 'serai', 'sera'],
  },
  able: { words: ['peux', 'pourrai', 'pourrais', 'pourra', 'pouvoir', 'peut', 'pouvons'] },
  destination: {
    words: [
      'medecin',
      'docteur',
      'generaliste',
      'specialiste',
      'dentiste',
      'kine',
      'kinesitherapeute',
      'osteo',
      'osteopathe',
      'infirmier',
      'infirmiere',
      'pharmacie',
      'hopital',
      'clinique',
      'laboratoire',
      'analyse',
      'analyses',
      'prisedesang',
      'radio',
      'radiologie',
      'scanner',
      'irm',
      'echographie',
      'dialyse',
      'chimio',
      'urgences',
      'chu',
      'cabinet',
      'mairie',
      'franceservices',
      'poste',
      'banque',
      'notaire',
      'coiffeur',
      'coiffeuse',
      'supermarche',
      'magasin',
      'gare',
      'cimetiere',
      'eglise',
      'messe',
      'ehpad',
      'veterinaire',
      'opticien',
      'podologue',
      'pedicure',
      'orthophoniste',
      'dermatologue',
      'ophtalmo',
      'fille',
      'fils',
      'soeur',
      'frere',
      'enfants',
      'famille',
      'mari',
      'cousine',
      'amie',
      'obseques',
      'enterrement',
    ],
    stems: ['ophtalm', 'cardiolog', 'dermato', 'gyneco', 'rhumato', 'pneumo', 'neurolog', 'audioprothes'],
  },
  appointment: { words: ['rdv', 'consultation', 'seance', 'examen', 'visite', 'soins', 'operation'] },
  booking: {
    words: [
      'reservation',
      'reservations',
      'inscription',
      'trajet',
      'trajets',
      'transport',
      'transports',
      'demande',
      'place',
      'sortie',
    ],
  },
  possessive: { words: ['mon', 'ma', 'mes'] },
  negation: { words: ['ne', 'n', 'pas', 'jamais', 'aucun', 'aucune', 'rien', 'plus'] },
  absent: {
    words: [
      'absent',
      'absente',
      'absence',
      'malade',
      'hospitalise',
      'hospitalisee',
      'souffrant',
      'souffrante',
      'empeche',
      'empechee',
    ],
  },
  done: {
    words: [
      'fait',
      'faite',
      'effectue',
      'effectuee',
      'termine',
      'terminee',
      'fini',
      'finie',
      'livre',
      'depose',
      'deposee',
    ],
  },
  available: { words: ['dispo', 'disponible', 'disponibles', 'libre'] },
  // A volunteer declining: "NON 4821 je suis pris ce jour-là" (not "compris", which asks for help)
  unavailable: {
    words: ['pris', 'prise', 'occupe', 'occupee', 'indisponible', 'indispo', 'empeche', 'empechee'],
  },
  finally: { words: ['finalement', 'plutot'] },
  /** "je retire ma demande", "je renonce au marché": a cancellation when it is about a booking. */
  withdraw: { stems: ['retir', 'renonc'] },
  /** "arrêtez de m'écrire" is an opt-out, "le car s'arrête où" is not: opt-out only with a messaging word. */
  halt: { words: ['arreter', 'arretez', 'arrete', 'arretes', 'cesser', 'cessez', 'stoppez'] },
  /** Words about a booking's state: a listing when asked ("suis-je inscrite ?"), a booking otherwise. */
  status: {
    words: [
      'reservations',
      'prevu',
      'prevue',
      'prevus',
      'prevues',
      'inscrit',
      'inscrite',
      'inscrits',
      'enregistre',
      'enregistree',
      'retenu',
      'retenue',
      'bien',
    ],
  },
  temporal: {
    words: [
      'lundi',
      'mardi',
      'mercredi',
      'jeudi',
      'vendredi',
      'samedi',
      'dimanche',
      'demain',
      'apresdemain',
      'aujourdhui',
      'matin',
      'matinee',
      'midi',
      'apresmidi',
      'soir',
      'soiree',
      'heure',
      'heures',
      'h',
      'prochain',
      'prochaine',
      'semaine',
      'janvier',
      'fevrier',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'aout',
      'septembre',
      'octobre',
      'novembre',
      'decembre',
      'premier',
      'er',
      'vers',
      'entre',
      'jour',
      'date',
      'fois',
      'tot',
      'tard',
      'demi',
      'quart',
    ],
  },
};
