/**
 * From tagged words to one intent. Each intent has a few rules over the tags (not phrases); each
 * rule that holds gives the intent a strength, the strongest intent wins, and ties go to the intent
 * listed first in `precedence`. Opt-out and opt-in keywords on their own bypass the scoring: they are
 * a legal obligation, not a guess.
 */
import type { Features, TaggedWord } from './features';
import type { Tag } from './lexicon';
import type { SmsIntent } from './types';

export interface IntentInput {
  features: Features;
  words: readonly string[];
  hasDate: boolean;
  hasTime: boolean;
  placeHint: string | null;
}

export interface IntentFound {
  intent: SmsIntent;
  /** A volunteer reports the trip done ("FAIT", "c'est fait"). */
  done: boolean;
}

/** Strengths a rule can give. Below MIN_STRENGTH nothing was understood. */
const CERTAIN = 10;
const STRONG = 4;
const CLEAR = 3.5;
const LIKELY = 3;
const WEAK = 2.5;
const MIN_STRENGTH = 2;

/** "confirmé ?", "acceptée ?", "validé ?": in a question these ask about a booking. */
const askedConfirmation = /^(?:confirm|accept|valid)/;

/** Modal verbs of politeness: "pourriez-vous…" opens a request or a question alike. */
const politeModals = new Set(['pourriez', 'pouvez', 'pourrais', 'peut', 'possible']);

const precedence: SmsIntent[] = [
  'stop',
  'start',
  'cancel',
  'list',
  'help',
  'book_ride',
  'book_shuttle',
  'no',
  'yes',
];

/** The words a resident adds around a keyword without changing it ("STOP svp", "Arrêt SMS merci"). */
const keywordCompanions: Tag[] = ['messaging', 'greeting', 'polite'];

type Scores = Map<SmsIntent, number>;

function raise(scores: Scores, intent: SmsIntent, strength: number) {
  scores.set(intent, Math.max(scores.get(intent) ?? 0, strength));
}

/** Every content word is the keyword or a companion of it: "STOP", "stop sms merci", "ARRET". */
function isBareKeyword(features: Features, keyword: Tag): boolean {
  const meaningful = features.words.filter(
    (word) =>
      !keywordCompanions.some((tag) => word.tags.has(tag)) &&
      !['les', 'des', 'de', 'vos'].includes(word.word),
  );
  return (
    meaningful.length > 0 && meaningful.length <= 2 && meaningful.every((word) => word.tags.has(keyword))
  );
}

const bookingObjects: Tag[] = ['booking', 'seat', 'shuttle', 'market', 'ride', 'appointment', 'destination'];

/** What "plus" (no longer) can apply to for a cancellation: "je ne veux plus", "plus besoin du car". */
const changeOfMindTags: Tag[] = ['want', 'need', 'book', 'seat', 'shuttle', 'market', 'ride', 'able'];
/** What the service itself books (not the resident's own appointments). */
const serviceBookingTags: Tag[] = ['booking', 'seat', 'shuttle', 'market'];
/** What follows "mon/ma/mes" when a resident asks about their bookings. */
const ownedBookingTags: Tag[] = ['booking', 'status', 'shuttle', 'appointment'];

function hasObject(features: Features): boolean {
  return bookingObjects.some((tag) => features.has(tag));
}

function optOutRules(input: IntentInput, scores: Scores) {
  const { features } = input;
  if (isBareKeyword(features, 'stop')) raise(scores, 'stop', CERTAIN);
  if (isBareKeyword(features, 'start')) raise(scores, 'start', CERTAIN);
  const messaging = features.has('messaging');
  const unsubscribe = features.words.some((word) => /^des(abonn|inscri)/.test(word.word));
  if (unsubscribe && (messaging || !hasObject(features))) raise(scores, 'stop', STRONG + 1);
  if (messaging && (features.plain('halt') || features.plain('stop'))) raise(scores, 'stop', STRONG + 1);
  // "je ne veux plus recevoir de SMS", "plus de messages" (not "je n'ai pas compris le message")
  const refusesMessages = features.words.some(
    (word) => word.tags.has('messaging') && (word.noLonger || (word.negated && word.word === 'recevoir')),
  );
  if (refusesMessages) raise(scores, 'stop', STRONG + 1);
  if (features.has('stop') && hasObject(features)) raise(scores, 'cancel', LIKELY);
  if (messaging && features.plain('start')) raise(scores, 'start', STRONG + 1);
}

function negatedOnly(features: Features, tags: Tag[]): TaggedWord | undefined {
  return features.words.find((word) => word.negated && tags.some((tag) => word.tags.has(tag)));
}

function cancelRules(input: IntentInput, scores: Scores) {
  const { features, hasDate } = input;
  if (features.plain('cancel')) raise(scores, 'cancel', STRONG);
  const aboutOwnBooking = features.has('possessive') || serviceBookingTags.some((tag) => features.has(tag));
  if (features.plain('withdraw') && aboutOwnBooking) raise(scores, 'cancel', CLEAR + 0.25);
  // "changer mon rendez-vous de jeudi": the arrangement is released first, then booked again
  if (features.plain('change'))
    raise(scores, 'cancel', features.has('possessive') || hasObject(features) ? CLEAR + 0.25 : WEAK);
  // "je ne viendrai pas", "je peux pas venir lundi", "je ne serai pas là"
  if (negatedOnly(features, ['come'])) raise(scores, 'cancel', CLEAR + 0.25);
  // "je ne veux plus de navette", "plus besoin du car": a change of mind about an arrangement
  const noLonger = features.words.find(
    (word) => word.noLonger && changeOfMindTags.some((tag) => word.tags.has(tag)),
  );
  if (noLonger) raise(scores, 'cancel', CLEAR + 0.25);
  // "je n'ai pas besoin de la navette lundi finalement"
  const refused = negatedOnly(features, ['want', 'need', 'book', 'seat', 'shuttle', 'ride', 'able']);
  if (refused && hasObject(features) && (hasDate || features.has('finally') || features.has('possessive'))) {
    raise(scores, 'cancel', CLEAR);
  }
  // "je suis malade, je ne viendrai pas" — but "mon chat est malade" says nothing about a booking
  const aboutMe = input.words.some((word) => ['je', 'j', 'suis'].includes(word));
  if (features.plain('absent') && (hasDate || hasObject(features) || aboutMe)) {
    raise(scores, 'cancel', hasDate || hasObject(features) ? LIKELY : WEAK);
  }
}

function listRules(input: IntentInput, scores: Scores) {
  const { features } = input;
  const asks = features.question;
  if (features.plain('list')) raise(scores, 'list', LIKELY);
  const possessiveBooking = features.words.some(
    (word, index) =>
      word.tags.has('possessive') &&
      [1, 2].some((step) => {
        const next = features.words[index + step];
        return next !== undefined && ownedBookingTags.some((tag) => next.tags.has(tag));
      }),
  );
  const plural = features.words.some((word) => word.word === 'mes');
  if (possessiveBooking && plural) raise(scores, 'list', CLEAR);
  const confirmed = features.words.some((word) => word.tags.has('yes') && askedConfirmation.test(word.word));
  if (asks && (features.plain('status') || confirmed)) raise(scores, 'list', CLEAR);
  if (asks && possessiveBooking) raise(scores, 'list', LIKELY);
  // A request asks for something new: "je voudrais", "réserver", "un bénévole serait disponible ?"
  const requests =
    features.words.some((word) => word.tags.has('want') && !word.negated && !politeModals.has(word.word)) ||
    hasBookVerb(features) ||
    features.plain('able') ||
    features.plain('available');
  // "pouvez-vous…" may open a request or a question ("pourriez-vous me dire à quelle heure…")
  const modal = features.words.some((word) => politeModals.has(word.word));
  const rideVerb = hasRideVerb(features);
  // "le car passe à quelle heure lundi ?", "qui vient me chercher demain ?"
  if (asks && features.plain('come') && !requests && !modal) raise(scores, 'list', LIKELY);
  // "c'est qui le chauffeur jeudi ?": a question about an arranged trip
  const arranged = features.has('shuttle') || features.has('ride') || features.has('appointment');
  const wants = requests || modal || rideVerb;
  if (asks && arranged && input.hasDate && !wants) raise(scores, 'list', LIKELY);
  // "est-ce que j'ai une place lundi ?"
  const haveBooking = features.words.some(
    (word, index) =>
      word.word === 'ai' &&
      ['j', 'je'].includes(features.words[index - 1]?.word ?? features.words[index + 1]?.word ?? ''),
  );
  if (asks && haveBooking && hasObject(features) && !wants) raise(scores, 'list', CLEAR);
  // "à quelle heure je dois être prête lundi ?": a question about the time of a dated arrangement
  const whatTime = features.words.some(
    (word, index) =>
      word.word === 'quand' || (word.word === 'heure' && /^quel/.test(features.words[index - 1]?.word ?? '')),
  );
  if (whatTime && input.hasDate && !requests && !rideVerb) raise(scores, 'list', CLEAR + 0.25);
  // "rappelez-moi l'heure de passage", "rappelez-moi mes rendez-vous": a reminder, not a call back
  const reminder = features.words.some(
    (word, index) =>
      /^rappel/.test(word.word) &&
      features.words
        .slice(index + 1, index + 4)
        .some((next) => /^(?:heure|horaire|date|mes|mon|ma|jour)$/.test(next.word)),
  );
  if (reminder) raise(scores, 'list', CLEAR + 0.25);
  // "je voudrais savoir à quelle heure passe le bus", "pourriez-vous m'indiquer l'heure de passage",
  // "j'aimerais connaître l'horaire du minibus": asking for information about the timetable, even
  // with a wish word in front, is not booking
  const knowing = features.words.some((word) => knowledgeVerbs.has(word.word));
  const timetable = features.words.some((word) =>
    /^(?:heure|heures|horaire|horaires|passage)$/.test(word.word),
  );
  if (knowing && timetable && !hasBookVerb(features)) raise(scores, 'list', CLEAR + 0.25);
}

/** Verbs of asking to be told something. */
const knowledgeVerbs = new Set(['savoir', 'connaitre', 'indiquer', 'dire', 'preciser']);

function helpRules(input: IntentInput, scores: Scores) {
  const { features } = input;
  if (features.has('help')) {
    const confused = features.words.some((word) => word.tags.has('help') && word.negated);
    raise(scores, 'help', confused ? CLEAR : WEAK + 0.25);
  }
  if (features.plain('call')) raise(scores, 'help', WEAK);
  const onlyQuestion = features.content.length === 0 && features.question;
  if (onlyQuestion) raise(scores, 'help', LIKELY);
  // "comment on fait pour réserver ?": a question about the service, not yet a booking
  if (features.words.some((word) => word.word === 'comment') && features.question && !input.hasDate)
    raise(scores, 'help', CLEAR + 0.25);
  // "le bus s'arrête où ?": a question about the service without a day is not yet a booking
  const aboutService = features.has('shuttle') || features.has('ride') || features.has('market');
  const wants = features.plain('want') || features.plain('book');
  if (features.question && aboutService && !input.hasDate && !wants) raise(scores, 'help', WEAK + 0.25);
}

/** How much the message leans to the market shuttle rather than a volunteer's car. */
function shuttleLean(features: Features, placeHint: string | null): number {
  const shuttle = 2 * features.count('shuttle') + 2 * features.count('market') + features.count('seat');
  const ride =
    2 * features.count('ride') +
    1.5 * features.count('destination') +
    features.count('appointment') +
    0.5 * features.count('go') +
    (placeHint && !features.has('market') && !features.has('destination') ? 1 : 0);
  return shuttle - ride;
}

/** Ride words that name a driver or a vehicle: a request only with a day, a time or a destination. */
const rideNouns = new Set([
  'chauffeur',
  'chauffeurs',
  'chauffeuse',
  'conducteur',
  'conductrice',
  'voiture',
  'vehicule',
  'taxi',
  'benevole',
  'benevoles',
  'covoiturage',
]);

function hasRideVerb(features: Features): boolean {
  return features.words.some((word) => word.tags.has('ride') && !word.negated && !rideNouns.has(word.word));
}

/** "réserver", "m'inscrire" — not the nouns "réservation", "inscription", which name a booking. */
function hasBookVerb(features: Features): boolean {
  return features.words.some(
    (word) => word.tags.has('book') && !word.negated && !/^(?:reservation|inscription)/.test(word.word),
  );
}

function bookingRules(input: IntentInput, scores: Scores) {
  const { features, hasDate, hasTime, placeHint } = input;
  const objects = [
    'seat',
    'shuttle',
    'market',
    'ride',
    'destination',
    'appointment',
    'go',
    'booking',
  ] as const;
  const plainObject = objects.some((tag) => features.plain(tag));
  const ownBooking = features.words.some(
    (word, index) => word.tags.has('booking') && features.words[index - 1]?.tags.has('possessive'),
  );
  let strength = 0;
  const bookVerb = features.words.some(
    (word) => word.tags.has('book') && !word.negated && !(word.word.startsWith('reservation') && ownBooking),
  );
  if (bookVerb) strength = CLEAR;
  if ((features.plain('want') || features.plain('need')) && plainObject) strength = Math.max(strength, CLEAR);
  if (features.plain('go') && (features.plain('destination') || features.plain('market') || placeHint))
    strength = Math.max(strength, LIKELY);
  const rideVerb = hasRideVerb(features);
  if (rideVerb) strength = Math.max(strength, LIKELY);
  if (features.plain('ride') && (hasDate || hasTime || features.plain('destination')))
    strength = Math.max(strength, LIKELY);
  if (
    (features.plain('shuttle') || features.plain('market') || features.plain('seat')) &&
    (hasDate || hasTime)
  ) {
    strength = Math.max(strength, LIKELY);
  }
  if (features.plain('appointment') && (features.plain('destination') || hasDate || hasTime))
    strength = Math.max(strength, LIKELY);
  if (features.plain('destination') && (hasDate || hasTime)) strength = Math.max(strength, WEAK);
  if (features.plain('shuttle') || features.plain('market')) strength = Math.max(strength, MIN_STRENGTH);
  if (strength === 0) return;
  raise(scores, shuttleLean(features, placeHint) >= 0 ? 'book_shuttle' : 'book_ride', strength);
}

/** Words that make a message a request of its own rather than an answer ("oui, je voudrais…"). */
const requestTags: Tag[] = ['want', 'need', 'book', 'cancel', 'change', 'list', 'stop', 'start', 'help'];

/**
 * An answer: once greetings, politeness, dates and the yes/no words themselves are set aside, at most
 * three words are left, and none of them asks for something.
 */
function isAnswerLike(features: Features): boolean {
  const rest = features.content.filter(
    (word) => !word.tags.has('yes') && !word.tags.has('no') && !word.tags.has('done'),
  );
  return (
    rest.length <= 3 && !rest.some((word) => !word.negated && requestTags.some((tag) => word.tags.has(tag)))
  );
}

function answerRules(input: IntentInput, scores: Scores, done: boolean) {
  const { features } = input;
  const answerLike = isAnswerLike(features);
  const first = features.content[0];
  const leading = (tag: Tag) => first?.tags.has(tag) === true && !first.negated;
  // a question is not an answer ("j'ai bien une place ?"), unless it opens with one ("oui ? pour quand")
  const strength = (tag: Tag) =>
    answerLike && (!features.question || leading(tag)) ? CLEAR : leading(tag) ? WEAK : 0;
  // "c'est confirmé ?" asks; "je confirme" answers
  const answersYes = (word: TaggedWord) =>
    word.tags.has('yes') && !word.negated && !(features.question && askedConfirmation.test(word.word));
  const yes = features.words.some(answersYes) || done;
  const negatedYes = features.words.some(
    (word) => (word.tags.has('yes') || word.tags.has('available')) && word.negated,
  );
  if (features.plain('no')) raise(scores, 'no', strength('no') + (leading('no') ? 0.1 : 0));
  if (negatedYes) raise(scores, 'no', answerLike ? CLEAR : WEAK);
  if (yes) raise(scores, 'yes', strength(done ? 'done' : 'yes') + (leading('yes') || done ? 0.1 : 0));
  if (features.plain('available')) raise(scores, 'yes', answerLike ? LIKELY : 0);
  // "NON 4821 je suis pris ce jour-là"
  if (features.plain('unavailable')) raise(scores, 'no', answerLike ? CLEAR : WEAK + 0.25);
  // "je ne peux pas", "pas besoin", "pas la peine": a refusal when nothing else is said
  const refusal = negatedOnly(features, ['able', 'need', 'want']);
  if (refusal && answerLike) raise(scores, 'no', LIKELY);
  // "pas pour moi", "pas cette fois": a bare negation
  const bareNegation = features.content.length === 0 && features.has('negation') && !features.question;
  if (bareNegation) raise(scores, 'no', LIKELY);
}

/** "FAIT 4821", "c'est fait", "course effectuée": the volunteer reports the trip done. */
function isDone(features: Features, hasCode: boolean): boolean {
  const index = features.words.findIndex((word) => word.tags.has('done') && !word.negated);
  if (index < 0) return false;
  const before = features.words.slice(0, index).filter((word) => !word.tags.has('greeting'));
  // "FAIT", "c'est fait", "course faite" — not "il fait beau"
  const opens = before.length === 0 || ['est', 'course', 'trajet', 'mission'].includes(before.at(-1)!.word);
  return hasCode || opens;
}

export function recogniseIntent(input: IntentInput, hasCode: boolean): IntentFound {
  const { features } = input;
  if (features.words.length === 0) return { intent: 'unknown', done: false };
  const done = isDone(features, hasCode);
  const scores: Scores = new Map();
  optOutRules(input, scores);
  cancelRules(input, scores);
  listRules(input, scores);
  helpRules(input, scores);
  bookingRules(input, scores);
  answerRules(input, scores, done);
  let best: SmsIntent = 'unknown';
  let bestStrength = MIN_STRENGTH - Number.EPSILON;
  for (const intent of precedence) {
    const strength = scores.get(intent) ?? 0;
    if (strength > bestStrength) {
      best = intent;
      bestStrength = strength;
    }
  }
  return { intent: best, done: done && best === 'yes' };
}
