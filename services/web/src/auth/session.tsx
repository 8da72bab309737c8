import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { api, call, onUnauthenticated, sessionToken } from '../api/client';
import type { Session } from '../api/types';

type State =
  | { status: 'loading' }
  | { status: 'anonymous'; expired?: boolean }
  | { status: 'ready'; session: Session };

interface SessionApi {
  state: State;
  login(email: string, password: string): Promise<void>;
  logout(): Promise<void>;
  /** Whether the logged-in role has a permission ('residents:write'…): the API's own list, from /auth/me. */
  can(permission: string): boolean;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<State>(() =>
    sessionToken.get() ? { status: 'loading' } : { status: 'anonymous' },
  );

  useEffect(
    () =>
      onUnauthenticated(() => {
        queryClient.clear();
        setState({ status: 'anonymous', expired: true });
      }),
    [queryClient],
  );

  useEffect(() => {
    if (state.status !== 'loading') return;
    call(api.GET('/auth/me')).then(
      (session) => setState({ status: 'ready', session }),
      () => {
        sessionToken.clear();
        setState({ status: 'anonymous' });
      },
    );
  }, [state.status]);

  const login = useCallback(async (email: string, password: string) => {
    const { token } = await call(api.POST('/auth/login', { body: { email, password } }));
    sessionToken.set(token);
    setState({ status: 'ready', session: await call(api.GET('/auth/me')) });
  }, []);

  const logout = useCallback(async () => {
    await call(api.POST('/auth/logout')).catch(() => undefined);
    sessionToken.clear();
    queryClient.clear();
    setState({ status: 'anonymous' });
  }, [queryClient]);

  const value = useMemo<SessionApi>(
    () => ({
      state,
      login,
      logout,
      can: (permission) => state.status === 'ready' && state.session.permissions.includes(permission),
    }),
    [state, login, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The logged-in session; only under RequireSession. */
export function useStaff(): Session {
  const { state } = useSession();
  if (state.status !== 'ready') throw new Error('useStaff outside RequireSession');
  return state.session;
}

/** Staff pages: the login page first when there is no session, then back to the page asked for. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') {
    return (
      <p className="page-loading" role="status">
        Chargement de votre session…
      </p>
    );
  }
  if (state.status === 'anonymous') {
    const back = `${location.pathname}${location.search}`;
    return <Navigate to={`/app/connexion?retour=${encodeURIComponent(back)}`} replace />;
  }
  return <>{children}</>;
}
