import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, type ConfigIssue, loadConfig, optionalSecret } from '@solimob/config';
import Type, { type Static } from 'typebox';

const optionalUrl = (description: string) => Type.Optional(Type.String({ format: 'uri', description }));

export const WorkerConfigSchema = Type.Object({
  DATABASE_URL: Type.String({ minLength: 1, description: 'Postgres connection URL' }),
  REDIS_URL: Type.String({ minLength: 1, description: 'Redis connection URL' }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)),
    { default: 'info' },
  ),
  WORKER_CONCURRENCY: Type.Integer({ minimum: 1, maximum: 64, default: 4 }),
  OUTBOX_POLL_MS: Type.Integer({ minimum: 10, maximum: 60_000, default: 500 }),
  // A colon would collide with BullMQ's own key separator.
  QUEUE_PREFIX: Type.String({ pattern: '^[A-Za-z0-9_.-]+$', default: 'solimob' }),
  MESSAGE_OUTBOX_DIR: Type.String({ minLength: 1, default: '.data/outbox' }),
  TWILIO_ACCOUNT_SID: Type.Optional(
    Type.String({ pattern: '^AC[0-9a-zA-Z]+$', description: 'Twilio account SID' }),
  ),
  TWILIO_AUTH_TOKEN: optionalSecret('Twilio auth token'),
  TWILIO_FROM: Type.Optional(Type.String({ minLength: 1, description: 'Twilio sender number (E.164)' })),
  TWILIO_API_BASE_URL: optionalUrl('Twilio-compatible API base URL (tests, local fake)'),
  PUBLIC_BASE_URL: optionalUrl('Public URL of the API, for provider status callbacks'),
  GRAPHHOPPER_URL: optionalUrl('Self-hosted GraphHopper server'),
  GRAPHHOPPER_API_KEY: optionalSecret('Hosted GraphHopper API key'),
  GRAPHHOPPER_PROFILE: Type.String({ minLength: 1, default: 'car' }),
});

export type WorkerConfig = Static<typeof WorkerConfigSchema> & {
  /** MESSAGE_OUTBOX_DIR resolved against the repository root when relative. */
  messageOutboxDir: string;
  /** Set when all of SID, token and sender are configured; otherwise messages go to the local outbox. */
  twilio?: { accountSid: string; authToken: string; from: string; apiBaseUrl?: string };
};

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
const TWILIO_KEYS = ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM'] as const;

/** Parses the worker's environment once; throws a ConfigError listing every problem. */
export function loadWorkerConfig(env: Record<string, string | undefined>): WorkerConfig {
  let issues: ConfigIssue[] = [];
  let parsed: Static<typeof WorkerConfigSchema> | undefined;
  try {
    parsed = loadConfig(WorkerConfigSchema, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    issues = [...error.issues];
  }

  // Twilio is all or nothing: half a configuration would silently fall back to the local outbox.
  const isSet = (key: string) => (env[key]?.trim() ?? '') !== '';
  const setKeys = TWILIO_KEYS.filter(isSet);
  if (setKeys.length > 0 && setKeys.length < TWILIO_KEYS.length) {
    for (const key of TWILIO_KEYS.filter((k) => !isSet(k))) {
      issues.push({ key, problem: 'missing', detail: `required because ${setKeys.join(', ')} is set` });
    }
  }
  if (issues.length > 0 || !parsed) throw new ConfigError(issues);

  const dir = parsed.MESSAGE_OUTBOX_DIR;
  const { TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken, TWILIO_FROM: from } = parsed;
  return {
    ...parsed,
    messageOutboxDir: isAbsolute(dir) ? dir : resolve(repositoryRoot, dir),
    ...(accountSid && authToken && from
      ? {
          twilio: {
            accountSid,
            authToken,
            from,
            ...(parsed.TWILIO_API_BASE_URL ? { apiBaseUrl: parsed.TWILIO_API_BASE_URL } : {}),
          },
        }
      : {}),
  };
}

/** Which road-distance provider the routing package would pick, for the start-up log. */
export function routingProviderLabel(config: WorkerConfig): string {
  if (config.GRAPHHOPPER_API_KEY) return `graphhopper hosted API (profile ${config.GRAPHHOPPER_PROFILE})`;
  if (config.GRAPHHOPPER_URL)
    return `graphhopper at ${config.GRAPHHOPPER_URL} (profile ${config.GRAPHHOPPER_PROFILE})`;
  return 'built-in estimate';
}
