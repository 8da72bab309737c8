import { type Clock, type LinkSubject, ServiceError, verifyLinkToken } from '@solimob/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set on `link` routes: whose signed link was presented. */
    link: (LinkSubject & { expiresAt: Date }) | null;
  }
}

/**
 * Every route registered on `scope` after this call is reached with a signed, expiring link (no login):
 * the `token` path parameter must verify and be of the kind the route's access names. The holder can
 * only ever see what the link's subject owns (a volunteer's own offers and trips, one round's sheet).
 */
export function requireSignedLink(scope: FastifyInstance, deps: { linkSecret: string; clock: Clock }): void {
  scope.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (access?.kind !== 'link') throw new Error(`route ${request.routeOptions.url} is not a link route`);
    const token = (request.params as { token?: unknown }).token;
    const subject = verifyLinkToken(
      deps.linkSecret,
      typeof token === 'string' ? token : '',
      deps.clock.now(),
    );
    if (subject.kind !== access.link) throw new ServiceError('unauthenticated', 'Invalid link');
    request.link = subject;
  });
}

export function linkOf(request: FastifyRequest): LinkSubject & { expiresAt: Date } {
  if (!request.link) throw new ServiceError('unauthenticated', 'Invalid link');
  return request.link;
}
