import { DateTime } from 'luxon';

/*
 * Calendar and wall-clock arithmetic in a territory's time zone, and French wording of dates for
 * residents. Luxon does the zone arithmetic (DST included) and Intl the French names.
 */

const zoned = (instant: Date, zone: string) => DateTime.fromJSDate(instant, { zone });

function checked(value: DateTime, what: string): DateTime {
  if (!value.isValid)
    throw new RangeError(`invalid ${what}: ${value.invalidExplanation ?? value.invalidReason}`);
  return value;
}

/** Calendar date (YYYY-MM-DD) of an instant in a zone. */
export const localDate = (instant: Date, zone: string): string =>
  checked(zoned(instant, zone), 'instant').toISODate()!;

/** Wall-clock time (HH:MM, 24 h) of an instant in a zone. */
export const localTime = (instant: Date, zone: string): string =>
  checked(zoned(instant, zone), 'instant').toFormat('HH:mm');

/**
 * The instant a wall-clock time (HH:MM) happens on a date (YYYY-MM-DD) in a zone. A time inside a
 * spring-forward gap moves forward by the gap, as clocks do.
 */
export function zonedInstant(date: string, time: string, zone: string): Date {
  return checked(DateTime.fromISO(`${date}T${time}`, { zone }), `date/time ${date} ${time}`).toJSDate();
}

/** Adds days to a calendar date, on the date alone (a DST change cannot shift it). */
export const addDays = (date: string, days: number): string =>
  checked(DateTime.fromISO(date, { zone: 'utc' }), `date ${date}`)
    .plus({ days })
    .toISODate()!;

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (date: string): number =>
  checked(DateTime.fromISO(date, { zone: 'utc' }), `date ${date}`).weekday;

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round(
    checked(DateTime.fromISO(to, { zone: 'utc' }), `date ${to}`).diff(
      checked(DateTime.fromISO(from, { zone: 'utc' }), `date ${from}`),
      'days',
    ).days,
  );

/**
 * Calendar days already spelled, by zone and date: every booking message names its round's day, and
 * Luxon's French formatting costs more than the rest of the message. Bounded: the oldest goes first.
 */
const spelledDays = new Map<string, string>();
const SPELLED_DAYS_CACHE_SIZE = 2048;

/** "lundi 7 décembre": the day as an elderly reader expects it, never "lun. 7/12". */
export function frenchDay(when: Date | string, zone: string): string {
  if (typeof when !== 'string') {
    const value = checked(zoned(when, zone), 'date');
    return frenchDay(value.toISODate()!, zone);
  }
  const key = `${zone} ${when}`;
  const known = spelledDays.get(key);
  if (known !== undefined) return known;
  const spelled = checked(DateTime.fromISO(when, { zone }), 'date').setLocale('fr').toFormat('cccc d LLLL');
  if (spelledDays.size >= SPELLED_DAYS_CACHE_SIZE)
    spelledDays.delete(spelledDays.keys().next().value as string);
  spelledDays.set(key, spelled);
  return spelled;
}

/** "9 h 12", "14 h", "9 h 05": the spoken French form, also used in SMS. */
export function frenchTime(instant: Date, zone: string): string {
  const value = checked(zoned(instant, zone), 'instant');
  return value.minute === 0 ? `${value.hour} h` : `${value.hour} h ${value.toFormat('mm')}`;
}

/** "lundi 7 décembre à 9 h 12". */
export const frenchDayTime = (instant: Date, zone: string): string =>
  `${frenchDay(instant, zone)} à ${frenchTime(instant, zone)}`;
