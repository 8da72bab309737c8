import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { ApiError, messageOf } from '../api/errors';
import { useSession } from '../auth/session';
import { TextField } from '../components/Field';

/** Where to go after logging in: only a page of this app, never another site. */
function safeReturn(value: string | null): string {
  return value?.startsWith('/app') && !value.startsWith('/app/connexion') ? value : '/app';
}

export function LoginPage() {
  const { state, login } = useSession();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    document.title = 'Connexion · Solimob';
  }, []);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  if (state.status === 'ready') return <Navigate to={safeReturn(params.get('retour'))} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(email.trim(), password);
    } catch (failure) {
      setError(
        failure instanceof ApiError && failure.code === 'unauthenticated'
          ? 'Adresse e-mail ou mot de passe incorrect.'
          : failure instanceof ApiError && failure.code === 'validation'
            ? 'Saisissez votre adresse e-mail et votre mot de passe.'
            : messageOf(failure),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="contenu" className="login">
      <div className="login-card">
        <h1>Solimob</h1>
        <p className="lead">Connexion de l'équipe du CIAS et des partenaires</p>
        {state.status === 'anonymous' && state.expired && !error && (
          <p className="notice" role="status">
            Votre session a expiré : reconnectez-vous.
          </p>
        )}
        {error && (
          <p className="error-summary" role="alert" tabIndex={-1} ref={errorRef}>
            {error}
          </p>
        )}
        <form onSubmit={submit} noValidate>
          <TextField
            label="Adresse e-mail"
            type="email"
            name="email"
            autoComplete="username"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            required
          />
          <TextField
            label="Mot de passe"
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
          />
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Connexion…' : 'Se connecter'}
          </button>
        </form>
      </div>
    </main>
  );
}
