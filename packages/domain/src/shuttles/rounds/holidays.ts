import Holidays from 'date-holidays';
import { addDays } from '../../time';

/*
 * Public holidays come from date-holidays (its French calendar includes Easter and Whit Mondays, the
 * moving feasts that fall on a Monday market). The territory chooses the country; what to do with a
 * round on a holiday is its `shuttles.holidayPolicy` setting.
 */

export type HolidayPolicy = 'skip' | 'next_day' | 'previous_day';

const calendars = new Map<string, Map<number, Set<string>>>();

/** YYYY-MM-DD dates of the country's public holidays in a year (memoised: the calendar is pure). */
function publicHolidays(country: string, year: number): Set<string> {
  let byYear = calendars.get(country);
  if (!byYear) {
    byYear = new Map();
    calendars.set(country, byYear);
  }
  let dates = byYear.get(year);
  if (!dates) {
    const calendar = new Holidays(country);
    dates = new Set(
      (calendar.getHolidays(year) || []).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)),
    );
    byYear.set(year, dates);
  }
  return dates;
}

export const isPublicHoliday = (date: string, country: string): boolean =>
  publicHolidays(country, Number(date.slice(0, 4))).has(date);

/**
 * The date a round whose line gives `nominal` actually runs: the same day, or, on a public holiday,
 * none (skip) or the nearest day after / before that is neither a holiday nor a Sunday.
 */
export function serviceDateFor(nominal: string, policy: HolidayPolicy, country: string): string | null {
  if (!isPublicHoliday(nominal, country)) return nominal;
  if (policy === 'skip') return null;
  const step = policy === 'next_day' ? 1 : -1;
  let date = addDays(nominal, step);
  for (let tries = 0; tries < 6; tries++) {
    const sunday = new Date(`${date}T12:00:00Z`).getUTCDay() === 0;
    if (!sunday && !isPublicHoliday(date, country)) return date;
    date = addDays(date, step);
  }
  return null;
}
