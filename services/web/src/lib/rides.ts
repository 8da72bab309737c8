import type { Territory } from '../api/types';
import { weekdayLabels } from '../i18n/labels';
import { addDays, formatClock, isoDate, weekdayOf } from './format';

type Rules = Territory['rides'];

/** "du lundi au samedi", "le mardi et le jeudi". */
function daysText(days: readonly number[]): string {
  const sorted = [...days].sort((a, b) => a - b);
  const contiguous = sorted.every((day, i) => i === 0 || day === sorted[i - 1]! + 1);
  if (contiguous && sorted.length >= 3) {
    return `du ${weekdayLabels[sorted[0]! - 1]} au ${weekdayLabels[sorted.at(-1)! - 1]}`;
  }
  const names = sorted.map((day) => `le ${weekdayLabels[day - 1]}`);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} et ${names.at(-1)}`;
}

/** The territory's intake rules in one sentence, shown before staff pick a date. */
export const rideRulesText = (rules: Rules) =>
  `Au moins ${rules.minNoticeHours} h à l'avance, ${daysText(rules.serviceDays)}, de ${formatClock(rules.serviceStart)} à ${formatClock(rules.serviceEnd)}.`;

/** The first date a ride can be booked for: after the notice, on a service day. */
export function firstBookableDate(rules: Rules, now = new Date()): string {
  let day = isoDate(new Date(now.getTime() + rules.minNoticeHours * 3_600_000));
  for (let i = 0; i < 7 && !rules.serviceDays.includes(weekdayOf(day)); i++) day = addDays(day, 1);
  return day;
}
