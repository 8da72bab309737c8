import { Redis, type RedisOptions } from 'ioredis';

/**
 * `worker`: BullMQ workers block on Redis and must survive reconnects, so commands wait
 * (`maxRetriesPerRequest: null` is required by BullMQ). `producer`: code that adds jobs (the outbox
 * relay, HTTP handlers) must fail fast while Redis is away instead of queueing commands in memory.
 */
export type RedisRole = 'worker' | 'producer';

export interface RedisConnectionOptions {
  /** Called with connection errors; ioredis reconnects by itself, so these are for logging only. */
  onError?: (error: Error) => void;
  /** Extra ioredis options, e.g. a shorter retry strategy in tests. Applied last. */
  overrides?: RedisOptions;
}

const reconnectDelay = (times: number) => Math.min(times * 200, 2_000);

export function createRedisConnection(
  url: string,
  role: RedisRole,
  options: RedisConnectionOptions = {},
): Redis {
  const roleOptions: RedisOptions =
    role === 'worker'
      ? { maxRetriesPerRequest: null, enableOfflineQueue: true }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2_000 };
  const connection = new Redis(url, {
    retryStrategy: reconnectDelay,
    connectionName: `solimob-${role}`,
    ...roleOptions,
    ...options.overrides,
  });
  // Without a listener ioredis prints every failed reconnect as an "unhandled error event".
  connection.on('error', options.onError ?? (() => {}));
  return connection;
}

/** Closes a connection, tolerating one that never connected or is already closed. */
export async function closeRedisConnection(connection: Redis): Promise<void> {
  if (connection.status === 'end') return;
  if (connection.status !== 'ready') {
    connection.disconnect();
    return;
  }
  try {
    await connection.quit();
  } catch {
    connection.disconnect();
  }
}
