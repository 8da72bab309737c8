import Type, { type TSchema } from 'typebox';
import { optionalSecret } from './load';

const optionalUrl = (description: string) => Type.Optional(Type.String({ format: 'uri', description }));

/**
 * Every setting of every Solimob process, defined once. Services pick the keys they read
 * (`pickSettings`), so a key means the same thing, with the same default and the same validation,
 * wherever it is used. `.env.example` documents each one.
 */
export const settings = {
  // --- Shared ------------------------------------------------------------------------------------
  DATABASE_URL: Type.String({ minLength: 1, description: 'Postgres connection URL' }),
  REDIS_URL: Type.String({ minLength: 1, description: 'Redis connection URL (BullMQ queues, limiters)' }),
  DATABASE_POOL_SIZE: Type.Integer({
    minimum: 1,
    maximum: 100,
    default: 10,
    description:
      'Postgres connections each API or worker process keeps; more queries than connections are pipelined ' +
      '(see docs/benchmarks.md: on a 2-vCPU machine 5 per API answered faster than 10)',
  }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  NODE_ENV: Type.Enum(['development', 'production', 'test'], { default: 'development' }),
  PUBLIC_BASE_URL: Type.String({
    format: 'uri',
    description: 'Public URL of the API (OpenAPI servers, links in SMS, Twilio webhooks and callbacks)',
  }),
  SIGNED_LINK_SECRET: Type.String({
    minLength: 32,
    secret: true,
    description: 'Secret that signs the expiring links sent to volunteers and drivers (32+ characters)',
  }),

  // --- API -----------------------------------------------------------------------------------------
  PORT: Type.Integer({ minimum: 0, maximum: 65_535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '0.0.0.0' }),
  TRUST_PROXY: Type.Optional(
    Type.String({
      minLength: 1,
      description:
        'Comma-separated addresses or CIDRs of the reverse proxies whose X-Forwarded-For is trusted ' +
        '(e.g. "loopback" or "10.0.0.0/8"); the client IP feeds the login limiter',
    }),
  ),
  SESSION_TTL_HOURS: Type.Integer({ minimum: 1, maximum: 24 * 30, default: 12 }),
  BENCH_ROUTES: Type.Boolean({
    default: false,
    description:
      'Benchmarks only (scripts/bench-api; refused with NODE_ENV=production): adds POST /bench/insert, ' +
      'a staff route doing one insert, the baseline bookings are compared with',
  }),
  MAP_TILE_URL: Type.String({
    pattern: '^(none|https?://\\S*\\{z\\}\\S*\\{x\\}\\S*\\{y\\}\\S*)$',
    default: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    description:
      'Map tiles of the web app ({z}/{x}/{y} template), fetched by the browser; "none" draws routes without a background map',
  }),
  MAP_TILE_ATTRIBUTION: Type.String({
    minLength: 1,
    maxLength: 200,
    default: '© les contributeurs d’OpenStreetMap',
    description: 'Credit shown on the map, as the tile provider requires',
  }),

  // --- Observability (API and worker) -------------------------------------------------------------
  METRICS_TOKEN: Type.Optional(
    Type.String({
      minLength: 16,
      secret: true,
      description:
        'Bearer token (16+ characters) a Prometheus scraper presents for GET /metrics (API) and the ' +
        "worker's metrics port; unset: metrics are not served",
    }),
  ),
  METRICS_PORT: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 65_535,
      description: 'Worker only: port of its /metrics endpoint (needs METRICS_TOKEN); unset: no endpoint',
    }),
  ),

  // --- Worker --------------------------------------------------------------------------------------
  WORKER_CONCURRENCY: Type.Integer({ minimum: 1, maximum: 64, default: 4 }),
  OUTBOX_POLL_MS: Type.Integer({ minimum: 10, maximum: 60_000, default: 500 }),
  // A colon would collide with BullMQ's own key separator.
  QUEUE_PREFIX: Type.String({ pattern: '^[A-Za-z0-9_.-]+$', default: 'solimob' }),
  MESSAGE_OUTBOX_DIR: Type.String({ minLength: 1, default: '.data/outbox' }),
  QUIET_HOURS: Type.String({
    pattern: '^$|^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$',
    default: '21:00-08:00',
    emptyMeansOff: true,
    description:
      'Local hours (territory time zone, Europe/Paris for Questembert) when no non-urgent SMS or call ' +
      'is sent, e.g. 21:00-08:00; held messages go out when the window opens. Empty: no quiet hours',
  }),

  // --- Twilio (all three of SID, token and sender, or none: see resolveTwilio) ---------------------
  TWILIO_ACCOUNT_SID: Type.Optional(
    Type.String({
      pattern: '^AC[0-9a-fA-F]{32}$',
      description: 'Twilio account SID (AC + 32 hex digits); webhooks from another account are refused',
    }),
  ),
  TWILIO_AUTH_TOKEN: optionalSecret('Twilio auth token: sends, and validates webhook signatures'),
  TWILIO_FROM: Type.Optional(
    Type.String({ pattern: '^\\+[1-9][0-9]{6,14}$', description: 'Twilio sender number (E.164)' }),
  ),
  TWILIO_API_BASE_URL: optionalUrl('Twilio-compatible API base URL (tests, local fake)'),
  PHONE_SIMULATOR_TOKEN: optionalSecret(
    'Local demo only (refused with NODE_ENV=production or with Twilio configured): the key the phone ' +
      'simulator (scripts/phone) signs its webhooks with, in place of TWILIO_AUTH_TOKEN',
  ),

  // --- GraphHopper (road distances); neither URL nor key = the built-in estimator ------------------
  GRAPHHOPPER_URL: optionalUrl('Self-hosted GraphHopper server'),
  GRAPHHOPPER_API_KEY: optionalSecret('Hosted GraphHopper API key'),
  GRAPHHOPPER_PROFILE: Type.String({ minLength: 1, default: 'car' }),
} satisfies Record<string, TSchema>;

export type SettingKey = keyof typeof settings;

/** An object schema made of the named settings, for `loadConfig`. */
export function pickSettings<K extends SettingKey>(keys: readonly K[]) {
  const properties = Object.fromEntries(keys.map((key) => [key, settings[key]]));
  return Type.Object(properties as { [P in K]: (typeof settings)[P] });
}
