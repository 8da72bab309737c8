import { createHmac, timingSafeEqual } from 'node:crypto';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { DbHandle } from '@solimob/db';
import { assertCan, authenticateSessionById, type Clock, ServiceError } from '@solimob/domain';
import type { Queues } from '@solimob/queue';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { type Access, type App, access } from '../routes/types';
import { staffOf } from './auth';
import { toErrorResponse } from './errors';

/**
 * The BullMQ dashboard (@bull-board) for admins, at /admin/queues.
 *
 * The web app authenticates with a bearer token, which a browser does not send when it opens a page.
 * So an admin's app calls POST /admin/queues/session (bearer, permission queues:manage), which sets a
 * cookie scoped to /admin/queues: HttpOnly, SameSite=Strict, Secure over https, valid 15 minutes. It
 * carries the session id and its expiry, signed (HMAC-SHA256, a key derived from SIGNED_LINK_SECRET
 * that signs nothing else). Every dashboard request checks the signature and the expiry, then the
 * session itself in the database: a logout, an expired session, a deactivated account or a lost admin
 * role ends dashboard access at once. Job data carry ids only (see packages/queue).
 */
export const DASHBOARD_PATH = '/admin/queues';
export const DASHBOARD_COOKIE = 'solimob_queues';
export const DASHBOARD_TTL_SECONDS = 15 * 60;
const DASHBOARD_ACCESS: Access = access.dashboard('queues:manage');

const keyOf = (secret: string) => createHmac('sha256', secret).update('solimob queue dashboard v1').digest();
const sign = (secret: string, payload: string) =>
  createHmac('sha256', keyOf(secret)).update(payload).digest('base64url');

export function dashboardCookieValue(secret: string, sessionId: string, expiresAt: Date): string {
  const payload = `${sessionId}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${payload}.${sign(secret, payload)}`;
}

/** The session id of a valid, unexpired cookie value; undefined otherwise. */
export function verifyDashboardCookie(secret: string, value: string, now: Date): string | undefined {
  const match = /^([0-9a-f-]{36})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(value);
  if (!match) return undefined;
  const [, sessionId, expiry, signature] = match;
  const expected = Buffer.from(sign(secret, `${sessionId}.${expiry}`));
  const given = Buffer.from(signature!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  if (Number(expiry) * 1000 <= now.getTime()) return undefined;
  return sessionId;
}

function cookieOf(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export interface DashboardDeps {
  db: DbHandle;
  clock: Clock;
  linkSecret: string;
  publicBaseUrl: string;
  /** The BullMQ queues to show. */
  queues: Queues;
}

/** POST /admin/queues/session, in the staff-session scope. */
export function dashboardSessionRoute(app: App, deps: DashboardDeps) {
  app.post(
    `${DASHBOARD_PATH}/session`,
    {
      config: { access: access.staff('queues:manage') },
      schema: {
        operationId: 'openQueueDashboard',
        summary:
          'Opens the BullMQ dashboard for this admin session: sets a 15-minute cookie for /admin/queues',
        tags: ['auth'],
        response: {
          200: Type.Object({
            url: Type.String({ description: 'Where to open the dashboard' }),
            expiresAt: Type.String({ format: 'date-time' }),
          }),
        },
      },
    },
    async (request, reply) => {
      const session = staffOf(request);
      const ttlEnd = deps.clock.now().getTime() + DASHBOARD_TTL_SECONDS * 1000;
      const expiresAt = new Date(Math.min(ttlEnd, session.expiresAt.getTime()));
      const secure = deps.publicBaseUrl.startsWith('https:') ? '; Secure' : '';
      const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - deps.clock.now().getTime()) / 1000));
      reply.header(
        'set-cookie',
        `${DASHBOARD_COOKIE}=${dashboardCookieValue(deps.linkSecret, session.sessionId, expiresAt)}; Path=${DASHBOARD_PATH}; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${secure}`,
      );
      return { url: `${DASHBOARD_PATH}/`, expiresAt: expiresAt.toISOString() };
    },
  );
}

/** The dashboard's pages, assets and JSON API under /admin/queues, each request checked. */
export async function registerQueueDashboard(app: FastifyInstance, deps: DashboardDeps): Promise<void> {
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(DASHBOARD_PATH);
  createBullBoard({
    queues: Object.values(deps.queues.byName).map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Solimob' } },
  });
  await app.register(async (scope) => {
    // bull-board's routes hide themselves from the API document; they still declare their access.
    scope.addHook('onRoute', (route) => {
      route.config = { ...(route.config as object), access: DASHBOARD_ACCESS } as typeof route.config;
    });
    // Answered here rather than thrown: bull-board's own error handler would turn a refusal into a 500.
    scope.addHook('onRequest', async (request, reply) => {
      reply.header('cache-control', 'no-store');
      try {
        const sessionId = verifyDashboardCookie(
          deps.linkSecret,
          cookieOf(request.headers.cookie, DASHBOARD_COOKIE) ?? '',
          deps.clock.now(),
        );
        if (!sessionId) {
          throw new ServiceError(
            'unauthenticated',
            'Open the dashboard from the Solimob app as an admin (POST /admin/queues/session)',
          );
        }
        const session = await authenticateSessionById({ db: deps.db.db, clock: deps.clock }, sessionId);
        assertCan(session.actor, 'queues:manage');
      } catch (error) {
        const { status, body } = toErrorResponse(error, request.id);
        if (status >= 500) request.log.error({ err: error }, 'queue dashboard check failed');
        return reply.code(status).send(body);
      }
    });
    await scope.register(serverAdapter.registerPlugin(), { prefix: DASHBOARD_PATH });
  });
}
