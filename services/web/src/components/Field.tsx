import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, useId } from 'react';

/*
 * Form fields with a visible label, an optional hint and the field's error, all tied to the control
 * (aria-describedby, aria-invalid) so screen readers announce them.
 */

interface Common {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Marks the label; the API decides what is really required. */
  required?: boolean;
  className?: string;
}

function useDescribedBy(hint: ReactNode, error: string | undefined) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

function Label({ htmlFor, label, required }: { htmlFor: string; label: ReactNode; required?: boolean }) {
  return (
    <label htmlFor={htmlFor}>
      {label}
      {required && <span className="required"> (obligatoire)</span>}
    </label>
  );
}

function Extras({
  hint,
  hintId,
  error,
  errorId,
}: {
  hint?: ReactNode;
  hintId?: string;
  error?: string;
  errorId?: string;
}) {
  return (
    <>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

export function TextField({
  label,
  hint,
  error,
  required,
  className,
  ...input
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'required'>) {
  const { id, hintId, errorId, describedBy } = useDescribedBy(hint, error);
  return (
    <div className={`field ${className ?? ''}`}>
      <Label htmlFor={input.id ?? id} label={label} required={required} />
      <input
        id={id}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        {...input}
      />
      <Extras hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}

export function TextAreaField({
  label,
  hint,
  error,
  required,
  className,
  ...area
}: Common & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, 'required'>) {
  const { id, hintId, errorId, describedBy } = useDescribedBy(hint, error);
  return (
    <div className={`field ${className ?? ''}`}>
      <Label htmlFor={id} label={label} required={required} />
      <textarea
        id={id}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        {...area}
      />
      <Extras hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}

export function SelectField({
  label,
  hint,
  error,
  required,
  className,
  children,
  ...select
}: Common & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'required'>) {
  const { id, hintId, errorId, describedBy } = useDescribedBy(hint, error);
  return (
    <div className={`field ${className ?? ''}`}>
      <Label htmlFor={id} label={label} required={required} />
      <select
        id={id}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        {...select}
      >
        {children}
      </select>
      <Extras hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}

export function CheckboxField({
  label,
  hint,
  error,
  className,
  ...input
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  const { id, hintId, errorId, describedBy } = useDescribedBy(hint, error);
  return (
    <div className={`field checkbox ${className ?? ''}`}>
      <input
        type="checkbox"
        id={id}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        {...input}
      />
      <label htmlFor={id}>{label}</label>
      <Extras hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}

interface Choice<V extends string> {
  value: V;
  label: ReactNode;
}

/** Radio buttons (one value) in a fieldset whose legend is the question. */
export function RadioGroup<V extends string>({
  legend,
  name,
  value,
  choices,
  onChange,
  error,
  hint,
  className,
}: {
  legend: ReactNode;
  name: string;
  value: V | undefined;
  choices: Choice<V>[];
  onChange: (value: V) => void;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
}) {
  const { id, hintId, errorId, describedBy } = useDescribedBy(hint, error);
  return (
    <fieldset className={`field choices ${className ?? ''}`} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <div className="choice" key={choice.value}>
          <input
            type="radio"
            id={`${id}-${choice.value}`}
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <label htmlFor={`${id}-${choice.value}`}>{choice.label}</label>
        </div>
      ))}
      <Extras hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </fieldset>
  );
}

/** Checkboxes (several values) in a fieldset. */
export function CheckboxGroup<V extends string>({
  legend,
  values,
  choices,
  onChange,
  error,
  hint,
  className,
}: {
  legend: ReactNode;
  values: readonly V[];
  choices: Choice<V>[];
  onChange: (values: V[]) => void;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
}) {
  const { id, hintId, errorId, describedBy } = useDescribedBy(hint, error);
  const toggle = (value: V, on: boolean) =>
    onChange(on ? [...values, value] : values.filter((v) => v !== value));
  return (
    <fieldset className={`field choices ${className ?? ''}`} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <div className="choice" key={choice.value}>
          <input
            type="checkbox"
            id={`${id}-${choice.value}`}
            checked={values.includes(choice.value)}
            onChange={(event) => toggle(choice.value, event.target.checked)}
          />
          <label htmlFor={`${id}-${choice.value}`}>{choice.label}</label>
        </div>
      ))}
      <Extras hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </fieldset>
  );
}
