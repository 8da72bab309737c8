import { useEffect, useRef } from 'react';
import { ApiError, messageOf } from '../api/errors';

/**
 * What went wrong with a form or a load, announced to screen readers and given focus on a failed
 * submit so the keyboard user lands on it. Field problems are listed; each field shows its own too.
 */
export function ErrorSummary({
  error,
  fieldLabels = {},
  fields,
  focus = true,
}: {
  error: unknown;
  /** The field problems as the form shows them, when it rewords some of the API's. */
  fields?: Record<string, string>;
  /** French names of the fields by JSON pointer, to list the problems ('/phones/0/number' → 'Téléphone 1'). */
  fieldLabels?: Record<string, string>;
  focus?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error && focus) ref.current?.focus();
  }, [error, focus]);
  if (!error) return null;
  const problems = Object.entries(fields ?? (error instanceof ApiError ? error.fields : {}));
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <p>{messageOf(error)}</p>
      {problems.length > 0 && (
        <ul>
          {problems.map(([pointer, message]) => (
            <li key={pointer}>
              {fieldLabels[pointer] ?? 'Champ'} : {message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A loading or failed query, in a polite live region. */
export function LoadState({ loading, error, label }: { loading: boolean; error: unknown; label: string }) {
  if (error) {
    return (
      <p className="load-error" role="alert">
        {label} : {messageOf(error)}
      </p>
    );
  }
  if (loading) {
    return (
      <p className="loading" role="status">
        {label} : chargement…
      </p>
    );
  }
  return null;
}

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: React.ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
