import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError } from './errors';
import type { paths } from './schema';

/*
 * The one API client: typed from the OpenAPI document (a changed route breaks the build), same origin,
 * the staff session's bearer token on every call, and a 401 sends the user back to the login page.
 */

const TOKEN_KEY = 'solimob.session';

/** The session token lives in sessionStorage: gone when the tab closes, never in a cookie. */
export const sessionToken = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();
/** Called when the API answers 401 to a call made with a token (expired or revoked session). */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

const auth: Middleware = {
  onRequest({ request }) {
    const token = sessionToken.get();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && request.headers.has('authorization')) {
      sessionToken.clear();
      for (const listener of unauthenticatedListeners) listener();
    }
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(auth);

/**
 * Unwraps an openapi-fetch result: the data, or an ApiError with French messages. A network failure
 * (server down, connection lost) becomes an ApiError too.
 */
export async function call<T>(
  request: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: Awaited<typeof request>;
  try {
    result = await request;
  } catch {
    throw ApiError.network();
  }
  if (result.error !== undefined || !result.response.ok) {
    throw ApiError.fromBody(result.response.status, result.error);
  }
  return result.data as T;
}
