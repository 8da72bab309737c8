import { DateTime } from 'luxon';

/*
 * Dates, times and phone numbers as French staff read them: "lundi 7 décembre", "9 h 12". Times are
 * shown and typed in the territory's time zone (from GET /territory), whatever the browser's: a
 * coordinator on a laptop abroad still books 9 h 30 in Questembert.
 */

let zone = 'Europe/Paris';

/** Set once the session knows its territory; every function below reads and writes times in it. */
export function setDisplayZone(timeZone: string): void {
  zone = timeZone;
}
export const displayZone = () => zone;

const at = (value: string | Date) =>
  (typeof value === 'string' ? DateTime.fromISO(value) : DateTime.fromJSDate(value)).setZone(zone);

/** "9 h 12", "14 h" (the way the service's own messages say it). */
export function formatTime(value: string | Date): string {
  const local = at(value);
  return local.minute === 0 ? `${local.hour} h` : `${local.hour} h ${String(local.minute).padStart(2, '0')}`;
}

/** "lundi 7 décembre", with the year when it is not this year's. */
export function formatDay(value: string | Date): string {
  const local = at(value);
  const sameYear = local.year === DateTime.now().setZone(zone).year;
  return local.setLocale('fr').toFormat(sameYear ? 'cccc d LLLL' : 'cccc d LLLL yyyy');
}

/** "lundi 7 décembre à 9 h 12". */
export const formatDateTime = (value: string | Date) => `${formatDay(value)} à ${formatTime(value)}`;

/** Today as staff say it: "mercredi 2 décembre". */
export const formatLongDate = (value: Date) => formatDay(value);

/** A calendar date without a time ('2026-12-07', a round's service date): "lundi 7 décembre". */
export function formatServiceDate(isoDay: string): string {
  const day = DateTime.fromISO(isoDay, { zone, locale: 'fr' });
  const sameYear = day.year === DateTime.now().setZone(zone).year;
  return day.toFormat(sameYear ? 'cccc d LLLL' : 'cccc d LLLL yyyy');
}

/** "7 déc. 2026": compact, for a consent date. */
export const formatDate = (value: string | Date) => at(value).setLocale('fr').toFormat('d LLL yyyy');

/** A "HH:MM" clock time of the API ("09:30") as said: "9 h 30". */
export function formatClock(hhmm: string): string {
  const [hours, minutes] = hhmm.split(':');
  return minutes === '00' ? `${Number(hours)} h` : `${Number(hours)} h ${minutes}`;
}

/** 45 → "45 min", 90 → "1 h 30", 120 → "2 h". */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest ? ` ${String(rest).padStart(2, '0')}` : ''}`;
}

/** 12.34 → "12,3 km". */
export const formatKm = (km: number) => `${km.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} km`;

const relative = new Intl.RelativeTimeFormat('fr-FR', { numeric: 'auto' });

/** "dans 3 heures", "il y a 2 jours": how soon a deadline is. */
export function formatFromNow(iso: string, now = new Date()): string {
  const minutes = Math.round((new Date(iso).getTime() - now.getTime()) / 60_000);
  if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) return relative.format(hours, 'hour');
  return relative.format(Math.round(hours / 24), 'day');
}

/** '+33639980001' → '06 39 98 00 01'; other countries stay in E.164. */
export function formatPhone(e164: string): string {
  const match = /^\+33([1-9])(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(e164);
  return match ? `0${match.slice(1).join(' ')}` : e164;
}

/** A date in the territory as YYYY-MM-DD (what <input type="date"> holds); today by default. */
export function isoDate(value: Date = new Date()): string {
  return DateTime.fromJSDate(value).setZone(zone).toISODate()!;
}

/** `days` after a YYYY-MM-DD date. */
export const addDays = (isoDay: string, days: number) =>
  DateTime.fromISO(isoDay, { zone }).plus({ days }).toISODate()!;

/** The ISO weekday (1 = Monday) of a YYYY-MM-DD date. */
export const weekdayOf = (isoDay: string) => DateTime.fromISO(isoDay, { zone }).weekday;

/** A date and a time typed in the form, in the territory's zone, as an ISO instant for the API. */
export function localInstant(date: string, hhmm: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(hhmm)) return undefined;
  const instant = DateTime.fromISO(`${date}T${hhmm}`, { zone });
  return instant.isValid ? instant.toUTC().toISO()! : undefined;
}

/** The first instant of a territory day and of the day after, for "today's" queries. */
export function dayBounds(isoDay: string): { from: string; to: string } {
  const start = DateTime.fromISO(isoDay, { zone }).startOf('day');
  return { from: start.toUTC().toISO()!, to: start.plus({ days: 1 }).toUTC().toISO()! };
}

export const fullName = (person: { firstName: string; lastName: string }) =>
  `${person.lastName} ${person.firstName}`;
