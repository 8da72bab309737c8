/** A bare number answers a numbered menu ("1", "2.", "choix 3", "deux"). */
import type { SmsIntent } from './types';

/**
 * The main menu `scripts/sms-parse` assumes when none is given: the conversation's first question
 * ("1 navette du marché, 2 trajet avec un bénévole, 3 annuler, 4 mes réservations").
 */
export const defaultMainMenu: readonly SmsIntent[] = ['book_shuttle', 'book_ride', 'cancel', 'list'];

const numberWords: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  zero: 0,
};

const choiceWords = new Set([
  'choix',
  'option',
  'numero',
  'num',
  'no',
  'n',
  'reponse',
  'touche',
  'je',
  'choisis',
  'prends',
  'tape',
]);
const fillers = new Set(['bonjour', 'merci', 'svp', 'ok', 'madame', 'monsieur', 'le', 'la']);
const MAX_MENU_CHOICE = 99;

/** The number when the message is only a number, possibly with "choix", politeness or "le". */
export function menuChoiceOf(words: readonly string[]): number | null {
  const meaningful = words.filter((word) => !fillers.has(word) && !choiceWords.has(word));
  if (meaningful.length !== 1) return null;
  const word = meaningful[0]!;
  // "le 12" is a day of the month, not a choice
  if (words.includes('le') && !words.some((other) => choiceWords.has(other))) return null;
  const value = /^\d{1,2}$/.test(word) ? Number(word) : numberWords[word];
  return value !== undefined && value <= MAX_MENU_CHOICE ? value : null;
}

export function intentForChoice(choice: number, menu: readonly SmsIntent[]): SmsIntent {
  return menu[choice - 1] ?? 'unknown';
}
