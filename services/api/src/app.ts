import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { loggableErr, loggableUrl, REDACTED_LOG_PATHS } from '@solimob/config';
import type { DbHandle } from '@solimob/db';
import { type Clock, createLinkIssuer, type PasswordHasher, systemClock } from '@solimob/domain';
import type { Queues } from '@solimob/queue';
import Fastify, { type FastifyServerOptions, type RouteOptions } from 'fastify';
import type { Redis } from 'ioredis';
import { createArgon2Hasher } from './adapters/argon2';
import { type RateLimit, RedisRateLimiter } from './adapters/rate-limiter';
import type { ApiConfig } from './config';
import { requireStaffSession } from './plugins/auth';
import { registerErrorHandling } from './plugins/errors';
import { requireSignedLink } from './plugins/links';
import { registerMetrics } from './plugins/metrics';
import { registerOpenApi } from './plugins/openapi';
import { dashboardSessionRoute, registerQueueDashboard } from './plugins/queue-dashboard';
import { buildValidator } from './plugins/validation';
import { registerWebApp } from './plugins/web-app';
import { appConfigRoutes, mapTilesOf, territoryRoutes } from './routes/app-config';
import { loginRoutes, sessionRoutes } from './routes/auth';
import { benchRoutes } from './routes/bench';
import { healthRoutes } from './routes/health';
import { messageRoutes } from './routes/messages';
import { personalDataRoutes } from './routes/personal-data';
import { placeRoutes } from './routes/places';
import { reportRoutes } from './routes/reports';
import { residentRoutes } from './routes/residents';
import { rideRequestRoutes } from './routes/ride-requests';
import { rideRoutes } from './routes/rides';
import {
  routeSheetLinkRoutes,
  seatBookingRoutes,
  shuttleLineRoutes,
  shuttleRoundRoutes,
} from './routes/shuttles';
import { simulationRoutes } from './routes/simulations';
import { taskRoutes } from './routes/tasks';
import type { App, RouteDeps } from './routes/types';
import { registerVolunteerLinkRoutes } from './routes/volunteer-links';
import { volunteerRoutes } from './routes/volunteers';
import { twilioWebhookRoutes } from './routes/webhooks/index';

export interface AppDeps {
  config: Pick<
    ApiConfig,
    | 'PUBLIC_BASE_URL'
    | 'SIGNED_LINK_SECRET'
    | 'SESSION_TTL_HOURS'
    | 'LOG_LEVEL'
    | 'TWILIO_AUTH_TOKEN'
    | 'TWILIO_ACCOUNT_SID'
  > &
    Partial<
      Pick<
        ApiConfig,
        | 'TRUST_PROXY'
        | 'MAP_TILE_URL'
        | 'MAP_TILE_ATTRIBUTION'
        | 'PHONE_SIMULATOR_TOKEN'
        | 'METRICS_TOKEN'
        | 'QUEUE_PREFIX'
        | 'BENCH_ROUTES'
      >
    >;
  db: DbHandle;
  /** For /ready and the rate limiters; an ioredis client created with `enableOfflineQueue: false`. */
  redis: Redis;
  clock?: Clock;
  /** Overrides the default pino options (tests pass `false`). */
  logger?: FastifyServerOptions['logger'];
  passwords?: PasswordHasher;
  /** Rate limits shared by every instance through Redis (defaults: see RATE_LIMITS). */
  rateLimits?: { prefix?: string; login?: RateLimit; webhooks?: RateLimit };
  readinessTimeoutMs?: number;
  /** The built web app (default services/web/dist); it may be absent: the API runs without it. */
  webDistDir?: string;
  /** BullMQ queues for the admins' dashboard at /admin/queues; without them there is no dashboard. */
  queues?: Queues;
  /** Called for every registered route (tests check OpenAPI coverage with it). */
  onRoute?: (route: RouteOptions) => void;
}

/**
 * Personal data stays out of logs: request bodies are never logged, the query string (which may
 * carry a name search) and the signed links' tokens are dropped from URLs, the fields that carry
 * names, numbers, addresses, bodies and secrets are redacted, and phone numbers are removed from error
 * messages (rules shared with the worker: packages/config/src/logging.ts).
 */
export const loggerOptions = (level: string): FastifyServerOptions['logger'] => ({
  level,
  redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
  serializers: {
    req: (req: { method: string; url: string; id: string }) => ({
      id: req.id,
      method: req.method,
      url: loggableUrl(req.url),
    }),
    // Fastify's type wants pino's full error shape; ours is a reduced one (phones removed).
    err: loggableErr as (err: unknown) => { type: string; message: string; stack: string },
  },
});

/**
 * A request id from a proxy or a client (X-Request-Id) is kept when it is a plain token, so one id
 * follows a request across services; anything else (too long, spaces, newlines that could forge log
 * lines) is replaced by a new UUID. The id is in every log line of the request (`reqId`) and is
 * returned in the X-Request-Id response header.
 */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
export function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : crypto.randomUUID();
}

export const RATE_LIMITS = {
  /** Failed logins for one email from one address before further attempts wait for the window's end. */
  login: { limit: 5, windowMs: 15 * 60_000 },
  /** Webhook calls per source address: far above Twilio's traffic for a territory, far below a flood. */
  webhooks: { limit: 600, windowMs: 60_000 },
} satisfies Record<string, RateLimit>;

/** Builds the HTTP application. It neither listens nor connects: the caller owns the connections. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const clock = deps.clock ?? systemClock;
  const app = Fastify({
    logger: deps.logger ?? loggerOptions(deps.config.LOG_LEVEL),
    requestIdHeader: false,
    genReqId: (request) => requestIdOf(request.headers['x-request-id']),
    // Behind known proxies, request.ip is the client's (the login limiter counts per IP), not the
    // proxy's. Named addresses, not a hop count: Fastify refuses hop counts, which let clients forge.
    ...(deps.config.TRUST_PROXY ? { trustProxy: deps.config.TRUST_PROXY } : {}),
    exposeHeadRoutes: false,
    schemaController: { compilersFactory: { buildValidator } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorateRequest('staff', null);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  if (deps.onRoute) app.addHook('onRoute', deps.onRoute);
  registerErrorHandling(app);
  await registerOpenApi(app);
  registerMetrics(app, { token: deps.config.METRICS_TOKEN });

  const limiter = (name: string, limit: RateLimit) =>
    new RedisRateLimiter(deps.redis, clock, name, limit, {
      prefix: deps.rateLimits?.prefix ?? 'solimob:rate',
      onError: (error) =>
        app.log.warn({ limiter: name, err: error }, 'rate limiter unavailable: request let through'),
    });
  const routeDeps: RouteDeps = {
    db: deps.db,
    redis: deps.redis,
    clock,
    passwords: deps.passwords ?? createArgon2Hasher(),
    loginLimiter: limiter('login', deps.rateLimits?.login ?? RATE_LIMITS.login),
    sessionTtlHours: deps.config.SESSION_TTL_HOURS,
    readinessTimeoutMs: deps.readinessTimeoutMs ?? 1500,
    links: createLinkIssuer({
      secret: deps.config.SIGNED_LINK_SECRET,
      publicBaseUrl: deps.config.PUBLIC_BASE_URL,
    }),
    linkSecret: deps.config.SIGNED_LINK_SECRET,
  };

  const dashboard = deps.queues && {
    db: deps.db,
    clock,
    linkSecret: deps.config.SIGNED_LINK_SECRET,
    publicBaseUrl: deps.config.PUBLIC_BASE_URL,
    queues: deps.queues,
  };
  const tiles = mapTilesOf(deps.config);
  healthRoutes(app, routeDeps);
  appConfigRoutes(app, tiles);
  loginRoutes(app, routeDeps);
  await app.register(async (scope) => {
    requireStaffSession(scope, routeDeps);
    const typed = scope.withTypeProvider<TypeBoxTypeProvider>();
    sessionRoutes(typed, routeDeps);
    residentRoutes(typed, routeDeps);
    volunteerRoutes(typed, routeDeps);
    placeRoutes(typed, routeDeps);
    rideRequestRoutes(typed, routeDeps);
    shuttleLineRoutes(typed, routeDeps);
    shuttleRoundRoutes(typed, routeDeps);
    seatBookingRoutes(typed, routeDeps);
    rideRoutes(typed, routeDeps);
    taskRoutes(typed, routeDeps);
    messageRoutes(typed, routeDeps);
    territoryRoutes(typed, routeDeps);
    reportRoutes(typed, routeDeps);
    personalDataRoutes(typed, routeDeps);
    if (deps.config.BENCH_ROUTES) benchRoutes(typed, routeDeps);
    if (dashboard) dashboardSessionRoute(typed, dashboard);
    simulationRoutes(typed, routeDeps);
  });
  if (dashboard) await registerQueueDashboard(app, dashboard);
  // Volunteers' and drivers' pages: a signed, expiring link instead of a login.
  await app.register(async (scope) => {
    requireSignedLink(scope, routeDeps);
    // Routes reached by link are added here (e.g. a volunteer's offers, a round's route sheet).
    routeSheetLinkRoutes(scope.withTypeProvider<TypeBoxTypeProvider>(), routeDeps);
    await registerVolunteerLinkRoutes(scope, routeDeps);
  });
  await registerWebApp(app, deps.webDistDir, tiles.url);
  await app.register(
    twilioWebhookRoutes({
      db: deps.db.db,
      clock,
      publicBaseUrl: deps.config.PUBLIC_BASE_URL,
      // The simulator's key is refused by the configuration beside Twilio or in production.
      authToken: deps.config.TWILIO_AUTH_TOKEN ?? deps.config.PHONE_SIMULATOR_TOKEN,
      accountSid: deps.config.TWILIO_ACCOUNT_SID,
      limiter: limiter('webhooks', deps.rateLimits?.webhooks ?? RATE_LIMITS.webhooks),
    }),
  );
  return app;
}
