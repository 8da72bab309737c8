import type { DbHandle } from '@solimob/db';
import {
  assertCan,
  authenticateSession,
  type Clock,
  type ServiceContext,
  ServiceError,
  type StaffSession,
} from '@solimob/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication hook on every route of the authenticated scope. */
    staff: StaffSession | null;
  }
}

// The scheme name is case-insensitive (RFC 9110); the token is base64url.
const BEARER = /^Bearer +([A-Za-z0-9_-]{20,128})$/i;

/**
 * Every route registered on `scope` after this call requires a valid staff session and the permission
 * its `config.access` names, checked before the handler runs (the verbs check again). The caller's
 * territory and role come from the session's account, so handlers never read them from the request.
 */
export function requireStaffSession(scope: FastifyInstance, deps: { db: DbHandle; clock: Clock }): void {
  scope.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (access?.kind !== 'staff') throw new Error(`route ${request.routeOptions.url} is not a staff route`);
    const match = BEARER.exec(request.headers.authorization ?? '');
    if (!match?.[1]) throw new ServiceError('unauthenticated', 'Missing or malformed bearer token');
    request.staff = await authenticateSession({ db: deps.db.db, clock: deps.clock }, match[1]);
    if (access.permission !== 'any') assertCan(request.staff.actor, access.permission);
  });
}

export function staffOf(request: FastifyRequest): StaffSession {
  if (!request.staff) throw new ServiceError('unauthenticated', 'Not authenticated');
  return request.staff;
}

/** The domain context for one request: the database, the clock and the authenticated actor. */
export function contextOf(request: FastifyRequest, deps: { db: DbHandle; clock: Clock }): ServiceContext {
  return { db: deps.db.db, clock: deps.clock, actor: staffOf(request).actor };
}
