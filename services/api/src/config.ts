import { loadServiceConfig, type ServiceConfig } from '@solimob/config';

/** The settings the API reads; each is defined once in @solimob/config. */
export const API_SETTINGS = [
  'DATABASE_URL',
  'DATABASE_POOL_SIZE',
  'REDIS_URL',
  'PORT',
  'HOST',
  'PUBLIC_BASE_URL',
  'SIGNED_LINK_SECRET',
  'LOG_LEVEL',
  'TRUST_PROXY',
  'SESSION_TTL_HOURS',
  'MAP_TILE_URL',
  'MAP_TILE_ATTRIBUTION',
  'NODE_ENV',
  'TWILIO_ACCOUNT_SID',
  'TWILIO_AUTH_TOKEN',
  'TWILIO_FROM',
  'PHONE_SIMULATOR_TOKEN',
  'BENCH_ROUTES',
  'METRICS_TOKEN',
  'QUEUE_PREFIX',
] as const;

export type ApiConfig = ServiceConfig<(typeof API_SETTINGS)[number]>;

/** Parses the API's environment once at start-up; throws a ConfigError listing every problem. */
export const loadApiConfig = (env: Record<string, string | undefined>): ApiConfig =>
  loadServiceConfig(API_SETTINGS, env);
