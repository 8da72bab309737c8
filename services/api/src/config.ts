import { loadConfig, optionalSecret } from '@solimob/config';
import Type, { type Static } from 'typebox';

export const ApiConfigSchema = Type.Object({
  DATABASE_URL: Type.String({ minLength: 1, description: 'Postgres connection URL' }),
  REDIS_URL: Type.String({ minLength: 1, description: 'Redis connection URL (checked by /ready)' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65_535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '0.0.0.0' }),
  PUBLIC_BASE_URL: Type.String({
    format: 'uri',
    description: 'Public URL of the API (OpenAPI servers, provider webhooks)',
  }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  TRUST_PROXY: Type.Optional(
    Type.String({
      minLength: 1,
      description:
        'Comma-separated addresses or CIDRs of the reverse proxies whose X-Forwarded-For is trusted ' +
        '(e.g. "loopback" or "10.0.0.0/8"); the client IP feeds the login limiter',
    }),
  ),
  SESSION_TTL_HOURS: Type.Integer({ minimum: 1, maximum: 24 * 30, default: 12 }),
  NODE_ENV: Type.Enum(['development', 'production', 'test'], { default: 'development' }),
  /** Without it Twilio's webhooks cannot be authenticated, so they answer 503. */
  TWILIO_AUTH_TOKEN: optionalSecret('Twilio auth token, to validate webhook signatures'),
  TWILIO_ACCOUNT_SID: Type.Optional(
    Type.String({
      pattern: '^AC[0-9a-fA-F]{32}$',
      description: 'Twilio account SID; when set, webhooks from another account are refused',
    }),
  ),
});

export type ApiConfig = Static<typeof ApiConfigSchema>;

/** Parses the API's environment once at start-up; throws a ConfigError listing every problem. */
export const loadApiConfig = (env: Record<string, string | undefined>): ApiConfig =>
  loadConfig(ApiConfigSchema, env);
