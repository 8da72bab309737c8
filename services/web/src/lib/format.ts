/*
 * Dates, times and phone numbers as French staff read them. Times are shown in the browser's time
 * zone: the office computers are in the territory.
 */

const dateTime = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
const longDate = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long' });
const shortDate = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', year: 'numeric' });
const time = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' });
const relative = new Intl.RelativeTimeFormat('fr-FR', { numeric: 'auto' });

export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
export const formatLongDate = (date: Date) => longDate.format(date);
export const formatDate = (iso: string) => shortDate.format(new Date(iso));
export const formatTime = (iso: string) => time.format(new Date(iso));

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

/** A local date as YYYY-MM-DD (what <input type="date"> holds). */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A date and a time typed in the form (local time) as an ISO instant for the API. */
export function localInstant(date: string, hhmm: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(hhmm)) return undefined;
  const instant = new Date(`${date}T${hhmm}:00`);
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString();
}

export const fullName = (person: { firstName: string; lastName: string }) =>
  `${person.lastName} ${person.firstName}`;
