/**
 * Typo tolerance: a French phonetic key (so "farmacie", "navete" and "réservé" meet their lexicon
 * word) and the Damerau–Levenshtein distance (optimal string alignment: one swap of neighbours is one
 * edit, as in "anuler"/"annluer").
 */

/**
 * Spelling variants that sound alike in French collapse to one form. Applied to lexicon words and to
 * message words alike, so only the comparison changes, never the text.
 */
export function phoneticKey(word: string): string {
  return word
    .replace(/ph/g, 'f')
    .replace(/qu|q/g, 'k')
    .replace(/c(?=[aou])/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/(?<![sc])h/g, '')
    .replace(/eau|au/g, 'o')
    .replace(/ai|ei/g, 'e')
    .replace(/y/g, 'i')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/(?:er|ez|et|es|e|s|t|x|d)$/g, '');
}

/** Optimal string alignment distance, abandoned as soon as it exceeds `limit`. */
export function editDistance(left: string, right: string, limit = 2): number {
  if (Math.abs(left.length - right.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row++) {
    const current = [row];
    let rowBest = row;
    for (let col = 1; col <= right.length; col++) {
      const cost = left[row - 1] === right[col - 1] ? 0 : 1;
      let value = Math.min(previous[col]! + 1, current[col - 1]! + 1, previous[col - 1]! + cost);
      const swapped =
        row > 1 && col > 1 && left[row - 1] === right[col - 2] && left[row - 2] === right[col - 1];
      if (swapped) value = Math.min(value, beforePrevious[col - 2]! + 1);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[right.length]!;
}

/** Words shorter than this are matched exactly: "car"/"bar", "non"/"nom" are different words. */
export const FUZZY_MIN_LENGTH = 5;

/**
 * Does `word` look like `target` allowing one typo? Exact or same phonetic key always; one edit only
 * for words of at least FUZZY_MIN_LENGTH letters.
 */
export function looksLike(word: string, target: string): boolean {
  if (word === target) return true;
  const wordKey = phoneticKey(word);
  const targetKey = phoneticKey(target);
  if (word.length >= 4 && target.length >= 4 && wordKey.length >= 3 && wordKey === targetKey) return true;
  if (word.length < FUZZY_MIN_LENGTH || target.length < FUZZY_MIN_LENGTH) return false;
  if (editDistance(word, target, 1) <= 1) return true;
  return (
    wordKey.length >= FUZZY_MIN_LENGTH &&
    targetKey.length >= FUZZY_MIN_LENGTH &&
    editDistance(wordKey, targetKey, 1) <= 1
  );
}

const sortedLetters = (text: string) => [...text].sort().join('');

/**
 * Does `word` start with `stem` allowing one typo in the stem: a letter missing or doubled
 * ("anulation" for "annul") or two letters swapped ("anlnuer")? A replaced letter is not allowed
 * here: stems are short, and "redire" is not "retir". Stems of fewer than FUZZY_MIN_LENGTH letters
 * must match exactly.
 */
export function startsLike(word: string, stem: string): boolean {
  if (word.startsWith(stem)) return true;
  if (stem.length < FUZZY_MIN_LENGTH || word.length < stem.length - 1) return false;
  for (const length of [stem.length - 1, stem.length + 1]) {
    if (editDistance(word.slice(0, length), stem, 1) <= 1) return true;
  }
  const prefix = word.slice(0, stem.length);
  return sortedLetters(prefix) === sortedLetters(stem) && editDistance(prefix, stem, 1) <= 1;
}
