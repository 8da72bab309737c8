import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { Availability } from '../api/types';
import { weekdayLabels } from '../i18n/labels';
import {
  cellKey,
  cellsOf,
  rangesOf,
  SLOT_COUNT,
  SLOT_MINUTES,
  slotStart,
  spokenTime,
  WEEKDAYS,
} from '../lib/availability';

const HOURS = Array.from({ length: SLOT_COUNT / 2 }, (_, i) => slotStart(i * 2));

/**
 * The weekly availability grid: days × half hours. Mouse: click, or press and drag to paint. Keyboard:
 * one tab stop; arrows move, Home/End go to the day's first/last half hour, Space or Enter toggles.
 * Below it, the same availability as sentences, read out as it changes.
 */
export function AvailabilityGrid({
  value,
  onChange,
  disabled = false,
  error,
}: {
  value: Availability[];
  onChange: (value: Availability[]) => void;
  disabled?: boolean;
  error?: string | undefined;
}) {
  const cells = useMemo(() => cellsOf(value), [value]);
  const [focus, setFocus] = useState({ day: 0, slot: 4 });
  const paint = useRef<boolean | null>(null);
  const table = useRef<HTMLTableElement>(null);

  useEffect(() => {
    const stop = () => {
      paint.current = null;
    };
    window.addEventListener('pointerup', stop);
    return () => window.removeEventListener('pointerup', stop);
  }, []);

  const set = (weekday: number, slot: number, on: boolean) => {
    const next = new Set(cells);
    if (on) next.add(cellKey(weekday, slot));
    else next.delete(cellKey(weekday, slot));
    onChange(rangesOf(next));
  };

  const move = (day: number, slot: number) => {
    const next = { day: Math.max(0, Math.min(6, day)), slot: Math.max(0, Math.min(SLOT_COUNT - 1, slot)) };
    setFocus(next);
    table.current?.querySelector<HTMLButtonElement>(`[data-cell="${next.day}:${next.slot}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, day: number, slot: number) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [day, slot - 1],
      ArrowRight: [day, slot + 1],
      ArrowUp: [day - 1, slot],
      ArrowDown: [day + 1, slot],
      Home: [day, 0],
      End: [day, SLOT_COUNT - 1],
    };
    const target = moves[event.key];
    if (!target) return;
    event.preventDefault();
    move(...target);
  };

  return (
    <div className="availability">
      <p className="hint" id="availability-help">
        Cochez les demi-heures où le bénévole peut conduire : cliquez, ou cliquez et glissez. Au clavier :
        flèches pour se déplacer, Espace pour cocher ou décocher.
      </p>
      <div className="grid-scroll">
        <table ref={table} className="availability-grid" aria-describedby="availability-help">
          <caption className="visually-hidden">Disponibilités de la semaine, par demi-heure</caption>
          <thead>
            <tr>
              <td />
              {HOURS.map((minutes) => (
                <th key={minutes} scope="colgroup" colSpan={2}>
                  {spokenTime(minutes)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((weekday, day) => (
              <tr key={weekday}>
                <th scope="row">{weekdayLabels[day]}</th>
                {Array.from({ length: SLOT_COUNT }, (_, slot) => {
                  const on = cells.has(cellKey(weekday, slot));
                  const label = `${weekdayLabels[day]} de ${spokenTime(slotStart(slot))} à ${spokenTime(slotStart(slot) + SLOT_MINUTES)}`;
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: slots are fixed positions
                    <td key={slot} className={slot % 2 === 0 ? 'hour-start' : undefined}>
                      <button
                        type="button"
                        className="cell"
                        data-cell={`${day}:${slot}`}
                        aria-label={label}
                        aria-pressed={on}
                        disabled={disabled}
                        tabIndex={focus.day === day && focus.slot === slot ? 0 : -1}
                        onFocus={() => setFocus({ day, slot })}
                        onKeyDown={(event) => onKeyDown(event, day, slot)}
                        onClick={(event) => {
                          // Keyboard activation (Space, Enter) arrives as a click without a pointer.
                          if (event.detail === 0) set(weekday, slot, !on);
                        }}
                        onPointerDown={(event) => {
                          if (event.button !== 0) return;
                          paint.current = !on;
                          set(weekday, slot, !on);
                        }}
                        onPointerEnter={() => {
                          if (paint.current !== null && on !== paint.current)
                            set(weekday, slot, paint.current);
                        }}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {error && <p className="field-error">{error}</p>}
      <div aria-live="polite" className="availability-summary">
        <AvailabilitySummary value={value} />
      </div>
    </div>
  );
}

export function AvailabilitySummary({ value }: { value: Availability[] }) {
  if (value.length === 0) return <p>Aucune disponibilité.</p>;
  const byDay = WEEKDAYS.map((weekday, day) => ({
    day: weekdayLabels[day],
    ranges: value.filter((r) => r.weekday === weekday),
  })).filter((d) => d.ranges.length > 0);
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  return (
    <ul className="summary">
      {byDay.map(({ day, ranges }) => (
        <li key={day}>
          <strong>{day}</strong> :{' '}
          {ranges.map((r) => `de ${spokenTime(minutes(r.start))} à ${spokenTime(minutes(r.end))}`).join(', ')}
        </li>
      ))}
    </ul>
  );
}
