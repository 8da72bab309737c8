import type { Availability } from '../api/types';

/*
 * A volunteer's weekly availability as a grid of half-hour cells (weekday × time of day) and back to the
 * time ranges the API stores. Ranges are in the territory's local time, 'HH:MM'.
 */

export const GRID_START_MINUTES = 7 * 60;
export const GRID_END_MINUTES = 20 * 60;
export const SLOT_MINUTES = 30;
export const SLOT_COUNT = (GRID_END_MINUTES - GRID_START_MINUTES) / SLOT_MINUTES;
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export const slotStart = (slot: number) => GRID_START_MINUTES + slot * SLOT_MINUTES;
const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};
export const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
/** '8 h 30', '9 h' */
export const spokenTime = (minutes: number) =>
  `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${String(minutes % 60).padStart(2, '0')}` : ''}`;

export const cellKey = (weekday: number, slot: number) => `${weekday}:${slot}`;

/** The cells a list of ranges covers entirely (a range outside the grid's hours is clipped). */
export function cellsOf(availabilities: Availability[]): Set<string> {
  const cells = new Set<string>();
  for (const range of availabilities) {
    const start = minutesOf(range.start);
    const end = minutesOf(range.end);
    for (let slot = 0; slot < SLOT_COUNT; slot++) {
      if (slotStart(slot) >= start && slotStart(slot) + SLOT_MINUTES <= end)
        cells.add(cellKey(range.weekday, slot));
    }
  }
  return cells;
}

/** Contiguous cells of a day merged into one range, by weekday then time. */
export function rangesOf(cells: ReadonlySet<string>): Availability[] {
  const ranges: Availability[] = [];
  for (const weekday of WEEKDAYS) {
    let runStart: number | undefined;
    for (let slot = 0; slot <= SLOT_COUNT; slot++) {
      const on = slot < SLOT_COUNT && cells.has(cellKey(weekday, slot));
      if (on && runStart === undefined) runStart = slot;
      if (!on && runStart !== undefined) {
        ranges.push({ weekday, start: hhmm(slotStart(runStart)), end: hhmm(slotStart(slot)) });
        runStart = undefined;
      }
    }
  }
  return ranges;
}
