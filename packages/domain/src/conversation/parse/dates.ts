/**
 * Dates and times in French, resolved by chrono-node's French parser (`chrono.fr`). This file only
 * rewrites spellings chrono does not know into ones it does ("après-demain" → "dans 2 jours",
 * "14 h 30" → "14h30", "midi" → "12h") and picks the answer out of its results: the calendar
 * arithmetic (weekdays, months, years, relative days) is the library's.
 */
import * as chrono from 'chrono-node';
import type { PartOfDay } from './types';

export interface DateTimeFound {
  date: string | null;
  time: string | null;
  partOfDay: PartOfDay | null;
}

export interface DateContext {
  /** `YYYY-MM-DD`, the resident's calendar day. */
  today: string;
  timeZone: string;
}

const MONTHS =
  'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|janv|fev|fevr|avr|juil|sept|oct|nov|dec';
const WEEKDAYS = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';

const hourWords: Record<string, number> = {
  une: 1,
  un: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  'dix sept': 17,
  'dix huit': 18,
  'dix neuf': 19,
  vingt: 20,
};

/** No service runs at night: "à 3h" from a resident means 15:00 unless they say "du matin". */
const NIGHT_HOURS_READ_AS_AFTERNOON = { from: 1, to: 6 };

/** Words after a number that make it something other than a day of the month ("le 15 rue …"). */
const NOT_A_DAY =
  'rue|route|avenue|allee|impasse|chemin|place|bis|ans|an|km|kilometres|minutes|min|euros|personnes|places';

type Rewrite = [RegExp, string | ((...groups: string[]) => string)];

/** Spoken and SMS time spellings → "14h30", which chrono reads. */
const timeRewrites: Rewrite[] = [
  [
    new RegExp(`\\b(${Object.keys(hourWords).join('|')}) heures?\\b`, 'g'),
    (_match, word) => `${hourWords[word ?? ''] ?? word}h`,
  ],
  [/\b(\d{1,2}) ?h(?:eures?|rs?)? ?(\d{2})\b/g, '$1h$2'],
  [/\b(\d{1,2}) ?(?:heures?|hrs?)\b/g, '$1h'],
  [/\b(\d{1,2}) h\b/g, '$1h'],
  [/\b(\d{1,2})h et demie?\b/g, '$1h30'],
  [/\b(\d{1,2})h et quart\b/g, '$1h15'],
  [
    /\b(\d{1,2})h (trente|quinze|quarante cinq)\b/g,
    (_m, hour, words) =>
      `${hour}h${{ trente: '30', quinze: '15', 'quarante cinq': '45' }[words ?? ''] ?? '00'}`,
  ],
  [/\bmidi (?:et demie?|trente|30)\b/g, '12h30'],
  [/\b(ce|a) midi\b/g, (_m, word) => (word === 'ce' ? 'aujourdhui 12h' : 'a 12h')],
  [/\bmidi\b/g, '12h'],
  [/\bminuit\b/g, ''],
  [
    /\b(\d{1,2})h(\d{2})? (?:de l |du |l )?(apresmidi|soir)\b/g,
    (_m, hour, minutes, part) => `${Number(hour) < 12 ? Number(hour) + 12 : hour}h${minutes ?? ''} ${part}`,
  ],
];

/** Day spellings chrono misses or misreads ("mardi 15" is not 15:00; "le 18.12" is a date). */
const dayRewrites: Rewrite[] = [
  [/\b(?:0?1er|premier)\b/g, '1'],
  [/\bapresdemain\b/g, 'dans 2 jours'],
  [/\b(?:ce|cet|cette) (matin|soir|apresmidi|matinee|soiree)\b/g, 'aujourdhui $1'],
  [
    /\b(?:la |cette |de la )?semaine (?:prochaine|pro)\b|\bcette semaine\b|\b(?:le |ce )?mois (?:prochain|ci)\b/g,
    ' ',
  ],
  [
    new RegExp(
      `\\b(?:ce |cet )?(${WEEKDAYS}) (?:prochain|prochaine|qui vient|de la semaine prochaine)\\b`,
      'g',
    ),
    '$1',
  ],
  [new RegExp(`\\bce (${WEEKDAYS})\\b`, 'g'), '$1'],
  [
    new RegExp(
      `\\b(?:${WEEKDAYS}) (?:le )?(\\d{1,2})\\b(?![/:.h\\d-])(?! (?:${MONTHS}|${NOT_A_DAY})\\b)`,
      'g',
    ),
    'le $1',
  ],
  [
    /(?<!\b(?:a|vers|de|entre|et) )\b(\d{1,2})[.-](\d{1,2})(?:[.-](\d{2,4}))?\b(?![:h])/g,
    (match, day, month, year) =>
      Number(day) <= 31 && Number(month) >= 1 && Number(month) <= 12
        ? `${day}/${month}${year ? `/${year}` : ''}`
        : match,
  ],
  // "le 15 à 10h": chrono would read "15 à 10h" as a time range starting at 15:00
  [/\b((?:le|du) \d{1,2}) (?:a|vers|pour) (\d{1,2}h)/g, '$1 $2'],
  // chrono knows these abbreviations as weekdays or months; in a message they are words ("la mer", "Sam")
  [/\b(?:lun|mar|mer|jeu|ven|sam|dim)\b(?! ?\d)/g, ' '],
];

/** Back to the spellings chrono's French dictionary uses. */
const chronoSpellings: Rewrite[] = [
  [/\baujourdhui\b/g, "aujourd'hui"],
  [/\bapresmidi\b/g, 'après-midi'],
  [/\ba (\d{1,2}h)/g, 'à $1'],
];

function applyRewrites(text: string, rewrites: Rewrite[]): string {
  let out = text;
  for (const [pattern, replacement] of rewrites) {
    out =
      typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
  }
  return out;
}

/** A bare "3h" means 15:00 (see NIGHT_HOURS_READ_AS_AFTERNOON) unless morning is said. */
function readNightHoursAsAfternoon(text: string): string {
  if (/\b(?:matin|matinee)\b/.test(text)) return text;
  return text.replace(/\b(\d{1,2})h(\d{2})?\b/g, (match, hour: string, minutes?: string) => {
    const value = Number(hour);
    const { from, to } = NIGHT_HOURS_READ_AS_AFTERNOON;
    return value >= from && value <= to ? `${value + 12}h${minutes ?? ''}` : match;
  });
}

/** Phone numbers and 4-digit offer codes are not dates ("2026" would become a year). */
function removeNumbersThatAreNotDates(text: string, code: string | null): string {
  let out = text.replace(/\b0\d(?:[ .]?\d{2}){4}\b/g, ' ');
  if (code) out = out.replace(new RegExp(`\\b${code}\\b`, 'g'), ' ');
  return out;
}

export function prepareForChrono(normalised: string, code: string | null): string {
  const withoutNumbers = removeNumbersThatAreNotDates(normalised, code);
  const withTimes = readNightHoursAsAfternoon(applyRewrites(withoutNumbers, timeRewrites));
  return applyRewrites(applyRewrites(withTimes, dayRewrites), chronoSpellings).replace(/\s+/g, ' ').trim();
}

/**
 * "le 15", "pour le 3": a day of the month alone, which chrono's French parser does not read. It is
 * this month's day, or next month's when it has passed; the month step is chrono's.
 */
const dayOfMonthParser: chrono.Parser = {
  pattern: () =>
    new RegExp(`\\b(?:le|du) (\\d{1,2})\\b(?![/:.h\\d])(?! ?(?:${MONTHS}|${NOT_A_DAY})\\b)`, 'i'),
  extract: (context, match) => {
    const day = Number(match[1]);
    const reference = context.reference.getDateWithAdjustedTimezone();
    if (day < 1 || day > 31) return null;
    const components = context.createParsingComponents({ day: 1 });
    const resolved = day < reference.getDate() ? components.addDurationAsImplied({ month: 1 }) : components;
    resolved.assign('day', day);
    return resolved.isValidDate() ? resolved : null;
  },
};

const frenchParser = (() => {
  const parser = chrono.fr.casual.clone();
  parser.parsers.push(dayOfMonthParser);
  return parser;
})();

/**
 * The zone's offset from UTC at `instant`, in minutes. chrono only knows zone abbreviations (CET),
 * not IANA names, so the offset comes from the platform's time-zone database.
 */
function offsetMinutes(timeZone: string, instant: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

function referenceAt(day: string, timeZone: string): chrono.ParsingReference {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  // Noon UTC is the same calendar day in every zone within eleven hours of UTC, whatever the season.
  const instant = new Date(Date.UTC(year, month - 1, date, 12));
  return { instant, timezone: offsetMinutes(timeZone, instant) };
}

/** Today's calendar day in `timeZone`, `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** A real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (value: number) => String(value).padStart(2, '0');

function isoDate(components: chrono.ParsedComponents): string {
  return `${components.get('year')}-${pad(components.get('month') ?? 1)}-${pad(components.get('day') ?? 1)}`;
}

/**
 * A day the resident can still book: named (not implied) and not before today. "hier" or "lundi
 * dernier" tell a story; they are not a booking date. ISO days compare as strings.
 */
function namesADay(today: string) {
  return (result: chrono.ParsedResult) =>
    (result.start.isCertain('day') || result.start.isCertain('weekday')) && isoDate(result.start) >= today;
}

/**
 * A weekday alone ("lundi") is the next such day after today: said on a Monday, "lundi" means next
 * Monday (nobody books a seat for the day they write). chrono returns today in that case, so the
 * text is read again from tomorrow, which chrono itself computes.
 */
function dateOf(text: string, reference: chrono.ParsingReference, context: DateContext): string | null {
  const result = frenchParser.parse(text, reference, { forwardDate: true }).find(namesADay(context.today));
  if (!result) return null;
  const date = isoDate(result.start);
  const weekdayOnly = result.start.isCertain('weekday') && !result.start.isCertain('day');
  if (!weekdayOnly || date !== context.today) return date;
  const tomorrow = chrono.fr.parse('demain', reference)[0];
  if (!tomorrow) return date;
  const fromTomorrow = referenceAt(isoDate(tomorrow.start), context.timeZone);
  const again = frenchParser.parse(text, fromTomorrow, { forwardDate: true }).find(namesADay(context.today));
  return again ? isoDate(again.start) : date;
}

/** A time is written with "h", ":" or "." ("il y a 2 places" is not 2 o'clock). */
function isWrittenTime(result: chrono.ParsedResult): boolean {
  return result.start.isCertain('hour') && /\d ?[h:.]/.test(result.text);
}

function timeOf(text: string, reference: chrono.ParsingReference): string | null {
  const result = frenchParser.parse(text, reference, { forwardDate: true }).find(isWrittenTime);
  if (!result) return null;
  const hour = result.start.get('hour') ?? 0;
  const minute = result.start.get('minute') ?? 0;
  return `${pad(hour)}:${pad(minute)}`;
}

const partsOfDay: [RegExp, PartOfDay][] = [
  [/\bapresmidi\b/, 'afternoon'],
  [/\b(?:soir|soiree)\b/, 'evening'],
  [/\b(?:matin|matinee)\b/, 'morning'],
  [/\bmidi\b/, 'noon'],
];

export function partOfDayOf(normalised: string): PartOfDay | null {
  return partsOfDay.find(([pattern]) => pattern.test(normalised))?.[1] ?? null;
}

export function extractDateTime(
  normalised: string,
  code: string | null,
  context: DateContext,
): DateTimeFound {
  const text = prepareForChrono(normalised, code);
  const reference = referenceAt(context.today, context.timeZone);
  return {
    date: text === '' ? null : dateOf(text, reference, context),
    time: text === '' ? null : timeOf(text, reference),
    partOfDay: partOfDayOf(normalised),
  };
}
