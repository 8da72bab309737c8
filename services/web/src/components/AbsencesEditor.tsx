import type { Absence } from '../api/types';
import { TextField } from './Field';

/** Holidays and other absences, both days included; errors come back per row ('/absences/0/endsOn'). */
export function AbsencesEditor({
  value,
  onChange,
  errors,
  disabled = false,
}: {
  value: Absence[];
  onChange: (value: Absence[]) => void;
  errors: Record<string, string>;
  disabled?: boolean;
}) {
  const update = (index: number, change: Partial<Absence>) =>
    onChange(value.map((absence, i) => (i === index ? { ...absence, ...change } : absence)));
  return (
    <fieldset className="field absences" disabled={disabled}>
      <legend className="visually-hidden">Absences</legend>
      {value.length === 0 && <p className="hint">Aucune absence prévue.</p>}
      {value.map((absence, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position
        <div className="absence-row" key={index}>
          <TextField
            label={`Absence ${index + 1} : du`}
            type="date"
            value={absence.startsOn}
            onChange={(event) => update(index, { startsOn: event.target.value })}
            error={errors[`/absences/${index}/startsOn`]}
          />
          <TextField
            label="au (inclus)"
            type="date"
            value={absence.endsOn}
            onChange={(event) => update(index, { endsOn: event.target.value })}
            error={errors[`/absences/${index}/endsOn`]}
          />
          <button
            type="button"
            className="secondary small"
            onClick={() => onChange(value.filter((_, i) => i !== index))}
          >
            Retirer l'absence {index + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="secondary small"
        onClick={() => onChange([...value, { startsOn: '', endsOn: '' }])}
      >
        Ajouter une absence
      </button>
    </fieldset>
  );
}
