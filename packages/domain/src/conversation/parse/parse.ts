/**
 * `parseSms`: the one entry point the conversation and `scripts/sms-parse` share. Pure: no clock,
 * no database; `today` comes from the caller.
 */
import { extractDateTime, isIsoDay } from './dates';
import { extractFeatures } from './features';
import { recogniseIntent } from './intents';
import { defaultMainMenu, intentForChoice, menuChoiceOf } from './menu';
import { normaliseMessage, tokensOf } from './normalise';
import { placeHintOf } from './places';
import type { ParsedSms, ParseSmsOptions } from './types';

export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** A volunteer's offer code: a number of exactly four digits, standing alone ("OUI 4821"). */
function offerCodeOf(words: readonly string[]): string | null {
  return words.find((word) => /^\d{4}$/.test(word)) ?? null;
}

/**
 * Understands one SMS. Never throws for any `text`; throws a RangeError when `options.today` is not
 * a calendar day or `options.timeZone` is not an IANA zone (a programming error, not bad input).
 */
export function parseSms(text: string, options: ParseSmsOptions): ParsedSms {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isIsoDay(options.today))
    throw new RangeError(`today must be a calendar day YYYY-MM-DD, got "${options.today}"`);
  Intl.DateTimeFormat('en-US', { timeZone }); // throws RangeError on an unknown zone
  const normalised = normaliseMessage(typeof text === 'string' ? text : '');
  const words = tokensOf(normalised);
  const code = offerCodeOf(words);
  const { date, time, partOfDay } = extractDateTime(normalised, code, { today: options.today, timeZone });
  const features = extractFeatures(words);
  const placeHint = placeHintOf(features.words);
  const menuChoice = code === null ? menuChoiceOf(words) : null;
  if (menuChoice !== null) {
    const intent = intentForChoice(menuChoice, options.menu ?? defaultMainMenu);
    return { intent, date, time, code, done: false, menuChoice, partOfDay, placeHint };
  }
  const { intent, done } = recogniseIntent(
    { features, words, hasDate: date !== null, hasTime: time !== null, placeHint },
    code !== null,
  );
  return { intent, date, time, code, done, menuChoice, partOfDay, placeHint };
}
