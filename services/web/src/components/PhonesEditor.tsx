import { useId } from 'react';
import type { Phone } from '../api/types';
import { formatPhone } from '../lib/format';

export interface PhoneRow {
  number: string;
  isPrimary: boolean;
}

export const phoneRowsOf = (phones: Phone[]): PhoneRow[] =>
  phones.map((p) => ({ number: formatPhone(p.e164), isPrimary: p.isPrimary }));

/**
 * Phone numbers typed as staff hear them ('06 12 34 56 78'); the API normalises them and tells mobile
 * from landline. One is the primary number. Errors come back per row ('/phones/1/number').
 */
export function PhonesEditor({
  rows,
  onChange,
  errors,
  pointer = '/phones',
}: {
  rows: PhoneRow[];
  onChange: (rows: PhoneRow[]) => void;
  errors: Record<string, string>;
  pointer?: string;
}) {
  const id = useId();
  const update = (index: number, change: Partial<PhoneRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const setPrimary = (index: number) => onChange(rows.map((row, i) => ({ ...row, isPrimary: i === index })));
  const listError = errors[pointer];
  return (
    <fieldset className="field phones" aria-describedby={listError ? `${id}-error` : undefined}>
      <legend>Téléphones</legend>
      {rows.length === 0 && <p className="hint">Aucun numéro.</p>}
      {rows.map((row, index) => {
        const error = errors[`${pointer}/${index}/number`];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position
          <div className="phone-row" key={index}>
            <div className="field">
              <label htmlFor={`${id}-${index}`}>Téléphone {index + 1}</label>
              <input
                id={`${id}-${index}`}
                type="tel"
                inputMode="tel"
                autoComplete="off"
                value={row.number}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-${index}-error` : undefined}
                onChange={(event) => update(index, { number: event.target.value })}
              />
              {error && (
                <p className="field-error" id={`${id}-${index}-error`}>
                  {error}
                </p>
              )}
            </div>
            <div className="choice">
              <input
                type="radio"
                name={`${id}-primary`}
                id={`${id}-${index}-primary`}
                checked={row.isPrimary}
                onChange={() => setPrimary(index)}
              />
              <label htmlFor={`${id}-${index}-primary`}>Numéro principal</label>
            </div>
            <button
              type="button"
              className="secondary small"
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              Retirer le téléphone {index + 1}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="secondary small"
        onClick={() => onChange([...rows, { number: '', isPrimary: rows.length === 0 }])}
      >
        Ajouter un téléphone
      </button>
      {listError && (
        <p className="field-error" id={`${id}-error`}>
          {listError}
        </p>
      )}
    </fieldset>
  );
}

/** What the API takes. Empty rows are sent too, so an error's index is the row staff see. */
export const phonesInput = (rows: PhoneRow[]) =>
  rows.map((row) => ({ number: row.number.trim(), isPrimary: row.isPrimary }));
