/**
 * The words that name where the resident wants to go. This layer knows kinds of places ("médecin",
 * "pharmacie", "marché") and the grammar of a destination ("à Berric", "chez le kiné"); it never
 * knows a territory's places. The conversation resolves the hint against the territory's aliases.
 */
import type { TaggedWord } from './features';

/** Small words allowed inside a place name: "rochefort en terre", "hopital de vannes", "la vraie croix". */
const connectors = new Set([
  'de',
  'd',
  'du',
  'des',
  'en',
  'sur',
  'la',
  'le',
  'les',
  'l',
  'saint',
  'sainte',
  'st',
  'ste',
]);
const destinationPrepositions = new Set([
  'a',
  'au',
  'aux',
  'vers',
  'chez',
  'jusqu',
  'direction',
  'sur',
  'pour',
]);
const articles = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'mon', 'ma', 'mes']);
const MAX_NAME_WORDS = 4;
const infinitive = /(?:er|ir|oir|lire|faire|dire|prendre|mettre|ecrire|rendre|suivre|vivre|boire)$/;

/** A word that can be part of a proper place name: not a known word of the messages' vocabulary. */
function isNameWord(word: TaggedWord | undefined): boolean {
  if (!word || word.tags.size > 0 || /\d|\?/.test(word.word) || word.word.length < 2) return false;
  return !notNames.has(word.word);
}

const notNames = new Set(
  (
    'je j tu il elle on nous vous me m moi te t se s le la les l un une des du de d au aux a en et ou pour par avec ' +
    'dans chez que mon ma mes son sa ses ' +
    'qu qui ce cet cette ces c ca cela est ai suis etre avoir y ton ta votre vos notre leur lui si tres donc alors bon ' +
    'voila aussi encore deja mais comme car vers depuis pendant apres avant ici fait faire va vont aller partir ' +
    'rentrer revenir heure heures fois tout tous toute toutes autre meme seule seul possible personne'
  ).split(' '),
);

/** From `start`, the name: name words, and connectors only when a name word follows them. */
function nameFrom(words: TaggedWord[], start: number): string[] {
  const name: string[] = [];
  for (let at = start; at < words.length && name.length < MAX_NAME_WORDS; at++) {
    const word = words[at]!;
    if (isNameWord(word)) {
      name.push(word.word);
    } else if (connectors.has(word.word) && isNameWord(words[at + 1])) {
      name.push(word.word);
    } else {
      break;
    }
  }
  return name;
}

/** Family words are a destination only after "chez" or "voir" ("mon mari et moi…" is no place). */
const family = new Set(['fille', 'fils', 'soeur', 'frere', 'enfants', 'famille', 'mari', 'cousine', 'amie']);
const towardsFamily = new Set(['chez', 'voir', 'rejoindre', 'visite', 'visiter']);

function isPlaceNoun(word: TaggedWord, index: number, words: TaggedWord[]): boolean {
  if (!word.tags.has('destination') && !word.tags.has('market')) return false;
  if (!family.has(word.word)) return true;
  return words.slice(Math.max(0, index - 3), index).some((before) => towardsFamily.has(before.word));
}

/** "hopital" + "de vannes": a kind of place and the name that follows it. */
function hintFromPlaceNoun(words: TaggedWord[]): string | null {
  const index = words.findIndex(isPlaceNoun);
  if (index < 0) return null;
  const following = words[index + 1];
  const qualifier =
    following && (connectors.has(following.word) || following.word === 'a') && isNameWord(words[index + 2])
      ? [following.word, ...nameFrom(words, index + 2)]
      : nameFrom(words, index + 1);
  return [words[index]!.word, ...qualifier].join(' ');
}

/** "à Berric", "vers Rochefort en Terre", "chez Dupont": a preposition and a name. */
function hintFromPreposition(words: TaggedWord[]): string | null {
  for (let index = 0; index < words.length - 1; index++) {
    if (!destinationPrepositions.has(words[index]!.word)) continue;
    let start = index + 1;
    if (words[start]?.word === 'a') start++; // "jusqu a"
    const name = nameFrom(words, start);
    // "à lire", "à réserver": an infinitive, not a place
    if (name.length === 1 && infinitive.test(name[0]!)) continue;
    while (name.length > 1 && articles.has(name[0]!) && !isNameWord(words[start])) name.shift();
    if (name.length > 0 && !(name.length === 1 && connectors.has(name[0]!))) return name.join(' ');
  }
  return null;
}

export function placeHintOf(words: TaggedWord[]): string | null {
  return hintFromPlaceNoun(words) ?? hintFromPreposition(words);
}
