import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { DbHandle } from '@solimob/db';
import type { Clock, LinkIssuer, LinkKind, PasswordHasher, Permission } from '@solimob/domain';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { Redis } from 'ioredis';
import type { RedisRateLimiter } from '../adapters/rate-limiter';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export interface RouteDeps {
  db: DbHandle;
  /** Created with `enableOfflineQueue: false`: /ready and the limiters fail fast while Redis is down. */
  redis: Redis;
  clock: Clock;
  passwords: PasswordHasher;
  /** Failed logins per email and client address, shared by every API instance. */
  loginLimiter: RedisRateLimiter;
  sessionTtlHours: number;
  readinessTimeoutMs: number;
  /** Builds the signed links put in messages composed by API requests. */
  links: LinkIssuer;
  /** Verifies the signed links presented to `link` routes. */
  linkSecret: string;
}

/**
 * Who may call a route. Every route declares one in `config.access`; the app refuses to start with a
 * route that does not, and the OpenAPI security, the error statuses and the access-control test are all
 * derived from it.
 */
export type Access =
  /** Anyone: probes, login. */
  | { kind: 'public' }
  /** A staff session; `permission` is checked before the handler runs ('any': any logged-in staff). */
  | { kind: 'staff'; permission: Permission | 'any' }
  /** Twilio, proven by X-Twilio-Signature. */
  | { kind: 'twilio' }
  /** The holder of a signed, expiring link of this kind, given as the `token` path parameter. */
  | { kind: 'link'; link: LinkKind }
  /** A Prometheus scraper, proven by the METRICS_TOKEN setting as a bearer token. */
  | { kind: 'metrics' }
  /**
   * The BullMQ dashboard's pages: a short-lived signed cookie (set by POST /admin/queues/session for a
   * staff session with `permission`), re-checked against that session on every request.
   */
  | { kind: 'dashboard'; permission: Permission };

export const access = {
  public: { kind: 'public' } as Access,
  staff: (permission: Permission | 'any'): Access => ({ kind: 'staff', permission }),
  twilio: { kind: 'twilio' } as Access,
  link: (link: LinkKind): Access => ({ kind: 'link', link }),
  metrics: { kind: 'metrics' } as Access,
  dashboard: (permission: Permission): Access => ({ kind: 'dashboard', permission }),
};

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}
