import { TextField } from './Field';

export interface LocationValue {
  lat: string;
  lon: string;
}

/**
 * Coordinates, for the distance estimates. Staff rarely know them: the commune's centre is filled in
 * and can be refined here (e.g. from a map application).
 */
export function LocationFields({
  value,
  onChange,
  errors,
  pointer,
  legend,
}: {
  value: LocationValue;
  onChange: (value: LocationValue) => void;
  errors: Record<string, string>;
  pointer: string;
  legend: string;
}) {
  const error = errors[pointer];
  return (
    <details
      className="location"
      open={Boolean(error || errors[`${pointer}/lat`] || errors[`${pointer}/lon`])}
    >
      <summary>{legend}</summary>
      <p className="hint">Par défaut, le centre de la commune. Précisez si l'adresse est loin du bourg.</p>
      {error && <p className="field-error">{error}</p>}
      <div className="form-grid">
        <TextField
          label="Latitude"
          inputMode="decimal"
          value={value.lat}
          onChange={(event) => onChange({ ...value, lat: event.target.value })}
          error={errors[`${pointer}/lat`]}
        />
        <TextField
          label="Longitude"
          inputMode="decimal"
          value={value.lon}
          onChange={(event) => onChange({ ...value, lon: event.target.value })}
          error={errors[`${pointer}/lon`]}
        />
      </div>
    </details>
  );
}

/** Numbers typed with a French decimal comma are accepted. */
export const locationInput = (value: LocationValue) => ({
  lat: Number(value.lat.replace(',', '.')),
  lon: Number(value.lon.replace(',', '.')),
});
