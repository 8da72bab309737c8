import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadServiceConfig, type ServiceConfig } from '@solimob/config';

/** The settings the worker reads; each is defined once in @solimob/config. */
export const WORKER_SETTINGS = [
  'DATABASE_URL',
  'DATABASE_POOL_SIZE',
  'REDIS_URL',
  'LOG_LEVEL',
  'PUBLIC_BASE_URL',
  'SIGNED_LINK_SECRET',
  'WORKER_CONCURRENCY',
  'OUTBOX_POLL_MS',
  'QUEUE_PREFIX',
  'MESSAGE_OUTBOX_DIR',
  'QUIET_HOURS',
  'TWILIO_ACCOUNT_SID',
  'TWILIO_AUTH_TOKEN',
  'TWILIO_FROM',
  'TWILIO_API_BASE_URL',
  'GRAPHHOPPER_URL',
  'GRAPHHOPPER_API_KEY',
  'GRAPHHOPPER_PROFILE',
  'METRICS_TOKEN',
  'METRICS_PORT',
] as const;

export type WorkerConfig = ServiceConfig<(typeof WORKER_SETTINGS)[number]> & {
  /** MESSAGE_OUTBOX_DIR resolved against the repository root when relative. */
  messageOutboxDir: string;
};

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Parses the worker's environment once; throws a ConfigError listing every problem. */
export function loadWorkerConfig(env: Record<string, string | undefined>): WorkerConfig {
  const config = loadServiceConfig(WORKER_SETTINGS, env);
  const dir = config.MESSAGE_OUTBOX_DIR;
  return { ...config, messageOutboxDir: isAbsolute(dir) ? dir : resolve(repositoryRoot, dir) };
}

/** Which road-distance provider the routing package would pick, for the start-up log. */
export function routingProviderLabel(config: WorkerConfig): string {
  if (config.GRAPHHOPPER_API_KEY) return `graphhopper hosted API (profile ${config.GRAPHHOPPER_PROFILE})`;
  if (config.GRAPHHOPPER_URL)
    return `graphhopper at ${config.GRAPHHOPPER_URL} (profile ${config.GRAPHHOPPER_PROFILE})`;
  return 'built-in estimate';
}
