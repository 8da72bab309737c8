/**
 * Tags every word of a normalised message with what it can mean (lexicon + typo tolerance + a few
 * context rules for ambiguous words), and marks the words that stand under a negation.
 */
import { looksLike, startsLike } from './fuzzy';
import { lexicon, type Tag } from './lexicon';

export interface TaggedWord {
  word: string;
  tags: Set<Tag>;
  /** Under "ne … pas/plus/jamais" or a bare "pas"/"plus" of spoken French ("je peux pas venir"). */
  negated: boolean;
  /** "plus" (no longer) rather than "pas": a change of mind about something already arranged. */
  noLonger: boolean;
}

export interface Features {
  words: TaggedWord[];
  /** Words that carry meaning: not greetings, politeness, grammar words, dates, times or numbers. */
  content: TaggedWord[];
  question: boolean;
  has(tag: Tag): boolean;
  /** Present and not negated. */
  plain(tag: Tag): boolean;
  negated(tag: Tag): boolean;
  count(tag: Tag): number;
}

/** Grammar words: never content, never fuzzy-matched. */
const functionWords = new Set(
  (
    'je j tu il elle on nous vous me m moi te t se s le la les l un une des du de d au aux a en et ou pour par ' +
    'sur avec dans chez que qu qui ce cet cette ces c ca sa cela ceci est ai as suis es etre avoir y mon ma mes ton ta ' +
    'tes votre vos notre nos leur leurs lui si tres donc alors bon ben euh voila aussi encore deja merci svp mais ' +
    'comme car quand puis-je vers depuis pendant apres avant ici la-bas cest ils elles sont avez avons ont fait ' +
    'faire va vont etait serait etes'
  ).split(' '),
);

const determiners = new Set(
  'le la les l au aux du de des un une ce cet cette mon ma mes en dans par jour sur'.split(' '),
);

const clauseBreaks = new Set(['?', 'mais', 'et', 'car', 'donc', 'parce', 'si', 'sinon', 'ou']);

const tagCache = new Map<string, Set<Tag>>();
const TAG_CACHE_LIMIT = 10_000;

const entries = Object.entries(lexicon) as [Tag, { words?: string[]; stems?: string[] }][];

function lexiconTags(word: string): Set<Tag> {
  const cached = tagCache.get(word);
  if (cached) return cached;
  const exact = new Set<Tag>();
  for (const [tag, entry] of entries) {
    if (entry.words?.includes(word) || entry.stems?.some((stem) => word.startsWith(stem))) exact.add(tag);
  }
  const tags = exact.size > 0 || /\d/.test(word) ? exact : fuzzyTags(word);
  if (tagCache.size >= TAG_CACHE_LIMIT) tagCache.clear();
  tagCache.set(word, tags);
  return tags;
}

function fuzzyTags(word: string): Set<Tag> {
  const tags = new Set<Tag>();
  if (functionWords.has(word)) return tags;
  for (const [tag, entry] of entries) {
    const matched =
      entry.words?.some((target) => looksLike(word, target)) ||
      entry.stems?.some((stem) => startsLike(word, stem));
    if (matched) tags.add(tag);
  }
  return tags;
}

/**
 * Words whose meaning depends on their neighbours: "le car" (the coach) vs "car" (because), "au marché"
 * vs "ça marche" (fine) vs "comment ça marche" (help), "c'est bon", "ça me va", "pas de souci".
 */
function contextTags(words: string[], index: number): Tag[] {
  const word = words[index]!;
  const before = words[index - 1] ?? '';
  const twoBefore = words[index - 2] ?? '';
  const after = words[index + 1] ?? '';
  if (word === 'car' || word === 'cars') return determiners.has(before) ? ['shuttle'] : [];
  if (word === 'marche') {
    if (['ca', 'sa', 'cela'].includes(before)) return twoBefore === 'comment' ? ['help'] : ['yes'];
    return determiners.has(before) || before === 'pour' ? ['market'] : [];
  }
  if (word === 'bon' && before === 'est') return ['yes'];
  if (word === 'va' && before === 'me' && ['ca', 'sa', 'cela', 'ne', 'n'].includes(twoBefore)) return ['yes'];
  if (word === 'sur' && before === 'bien') return ['yes'];
  if (word === 'nouveau' && ['a', 'de'].includes(before)) return ['start'];
  if (word === 'recevoir' || word === 'recois' || word === 'reçois') return ['messaging'];
  if (word === 'fait' && before === 'a' && twoBefore === 'tout') return ['yes'];
  if (word === 'peine' && before === 'la') return ['need'];
  if (/^arriv/.test(word) && managesTo(words, index)) return ['help'];
  if (/^(?:pass|arriv)(?:e|es|ez|era|erez|eront|ent|age)$/.test(word)) return ['come'];
  if (word === 'bien' && (before === 'tres' || after === 'note' || after === 'recu')) return ['yes'];
  if (word === 'qui' && words.includes('?')) return ['question'];
  if (word === 'ai' && after === 'je') return ['question'];
  if (word === 'suis' && after === 'je') return ['question'];
  if (word === 'est' && after === 'ce') return ['question'];
  if (word === 'veux' && after === 'bien') return ['yes'];
  // a volunteer taking an offer: "je prends", "OUI 4821 je prends"
  if (word === 'prends' && (words.length <= 3 || words.some((other) => /^\d{4}$/.test(other))))
    return ['yes'];
  return [];
}

/** "je n'arrive pas à réserver": arriver à + an infinitive is managing to do something, not arriving. */
function managesTo(words: string[], index: number): boolean {
  const following = words.slice(index + 1, index + 5);
  const at = following.indexOf('a');
  return at >= 0 && /(?:er|ir|re)$/.test(following[at + 1] ?? '');
}

/** "pas de souci", "pas de problème": a yes, and not a negation of what follows. */
function isNoProblem(words: string[], index: number): boolean {
  return (
    words[index] === 'pas' &&
    (words[index + 1] === 'de' || words[index + 1] === 'd') &&
    /^(souci|soucis|probleme|problemes|pb|prob)$/.test(words[index + 2] ?? '')
  );
}

/**
 * "plus" negates only in "ne … plus", "plus besoin", "plus de" + noun after a verb, or right after a
 * verb in spoken French ("je veux plus"); "en plus", "plus tard" are not negations.
 */
function isNoLongerMarker(words: string[], index: number): boolean {
  if (words[index] !== 'plus') return false;
  const window = words.slice(Math.max(0, index - 3), index);
  if (window.includes('ne') || window.includes('n')) return true;
  const after = words[index + 1] ?? '';
  const before = words[index - 1] ?? '';
  if (['tard', 'tot', 'tôt', 'loin', 'que', 'en'].includes(after) || before === 'en' || before === 'de')
    return false;
  if (after === 'besoin' || after === 'la') return true;
  // "plus de messages", "plus de navette" opening the message
  if (index === 0 && (after === 'de' || after === 'd')) return true;
  return /^(veux|voudrais|peux|pourrai|pourrais|viens|viendrai|recevoir|souhaite|aurai|ai)$/.test(before);
}

function negationMarkers(words: string[]): boolean[] {
  return words.map((word, index) => {
    if (isNoProblem(words, index)) return false;
    if (word === 'plus') return isNoLongerMarker(words, index);
    return ['ne', 'n', 'pas', 'jamais', 'aucun', 'aucune', 'rien'].includes(word);
  });
}

const subjectPronouns = new Set(['je', 'j', 'il', 'elle', 'on', 'ils', 'elles']);

/** A word is negated by a marker up to three words before or two after it, within the same clause. */
function negatedWindow(
  words: string[],
  markers: boolean[],
  index: number,
): { negated: boolean; noLonger: boolean } {
  let negated = false;
  let noLonger = false;
  const look = (from: number, step: number, reach: number) => {
    for (let distance = 1, at = from + step; distance <= reach; distance++, at += step) {
      const word = words[at];
      if (word === undefined || clauseBreaks.has(word)) return;
      // "… ne peut pas conduire, il faudrait …": a subject pronoun opens a new clause (commas are gone)
      if (step < 0 && subjectPronouns.has(word)) return;
      if (markers[at]) {
        negated = true;
        if (word === 'plus') noLonger = true;
      }
    }
  };
  look(index, -1, 3);
  look(index, 1, 2);
  return { negated, noLonger };
}

/** Pronoun + "prendre" is being picked up ("venir me prendre"), not taking a seat. */
const objectPronouns = new Set(['me', 'm', 'nous', 'te', 'la', 'le', 'les']);

function tagsOf(words: string[], index: number): Set<Tag> {
  const tags = new Set<Tag>(lexiconTags(words[index]!));
  for (const tag of contextTags(words, index)) tags.add(tag);
  if (isNoProblem(words, index)) tags.add('yes');
  // "ma demande", "mes réservations": a booking named, not a request made
  if (['mon', 'ma', 'mes'].includes(words[index - 1] ?? '')) {
    tags.delete('want');
    tags.delete('book');
  }
  if (words[index] === 'prendre' && objectPronouns.has(words[index - 1] ?? '')) {
    tags.delete('book');
    tags.add('ride');
  }
  return tags;
}

/** "oui" and "non" answer; they are not what a nearby "pas" negates ("non, pas lundi"). */
function isNegatable(word: string, tags: Set<Tag>): boolean {
  return !tags.has('no') && word !== 'oui' && word !== 'ok';
}

const trailingQuestionWords = new Set(['ou', 'quand', 'comment', 'combien', 'quoi', 'qui']);

/** Who else may be unable to drive: "mon fils ne peut pas m'emmener", "ma fille ne peut plus". */
const thirdParties = new Set([
  'fils',
  'fille',
  'mari',
  'femme',
  'epoux',
  'epouse',
  'voisin',
  'voisine',
  'frere',
  'soeur',
  'enfants',
  'gendre',
  'neveu',
  'niece',
  'il',
  'elle',
  'ils',
  'elles',
]);

/**
 * "mon fils ne peut pas m'emmener", "ma fille ne peut plus me conduire": the negation is about
 * someone else's ability to drive, which is the very reason for asking a volunteer. Such a negated
 * driving or ability word counts as a plain one (a request), not as the resident calling off a trip.
 */
function someoneElseCannot(words: string[], index: number, tags: Set<Tag>): boolean {
  if (!tags.has('ride') && !tags.has('able')) return false;
  for (let at = index - 1; at >= Math.max(0, index - 5); at--) {
    const word = words[at]!;
    if (word === 'je' || word === 'j' || clauseBreaks.has(word)) return false;
    if (thirdParties.has(word)) return true;
  }
  return false;
}

export function extractFeatures(words: string[]): Features {
  const markers = negationMarkers(words);
  const tagged: TaggedWord[] = words.map((word, index) => {
    const tags = tagsOf(words, index);
    if (markers[index]) tags.add('negation');
    const negatable = !markers[index] && isNegatable(word, tags) && !someoneElseCannot(words, index, tags);
    const { negated, noLonger } = negatable
      ? negatedWindow(words, markers, index)
      : { negated: false, noLonger: false };
    return { word, tags, negated, noLonger };
  });
  const content = tagged.filter(isContent);
  const withTag = (tag: Tag) => tagged.filter((word) => word.tags.has(tag));
  return {
    words: tagged,
    content,
    question:
      tagged.some((word) => word.tags.has('question')) || trailingQuestionWords.has(words.at(-1) ?? ''),
    has: (tag) => withTag(tag).length > 0,
    plain: (tag) => withTag(tag).some((word) => !word.negated),
    negated: (tag) => withTag(tag).some((word) => word.negated),
    count: (tag) => withTag(tag).length,
  };
}

const nonContentTags: Tag[] = ['greeting', 'polite', 'temporal', 'negation', 'possessive', 'question'];

function isContent(word: TaggedWord): boolean {
  if (/\d/.test(word.word) || word.word === '?') return false;
  if (nonContentTags.some((tag) => word.tags.has(tag)) && !word.tags.has('yes') && !word.tags.has('no'))
    return false;
  if (word.tags.size === 0 && functionWords.has(word.word)) return false;
  return true;
}
