import { ConfigError } from '@solimob/config';
import { createDb, onUnhandledRejection } from '@solimob/db';
import { closeRedisConnection, createQueues, createRedisConnection } from '@solimob/queue';
import { Redis } from 'ioredis';
import { buildApp } from './app';
import { type ApiConfig, loadApiConfig } from './config';

/**
 * The API process shell: parses the configuration once, opens the connections, listens, and on
 * SIGTERM/SIGINT stops accepting requests, lets in-flight ones finish, closes everything and exits 0.
 */
async function main(): Promise<void> {
  let config: ApiConfig;
  try {
    config = loadApiConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`solimob-api: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  const db = createDb(config.DATABASE_URL, {
    max: config.DATABASE_POOL_SIZE,
    applicationName: 'solimob-api',
  });
  // Fail fast rather than queue commands while Redis is down: /ready must answer, not hang.
  const redis = new Redis(config.REDIS_URL, {
    enableOfflineQueue: false,
    lazyConnect: true,
    maxRetriesPerRequest: 1,
  });
  redis.on('error', () => {
    // Reported by /ready; ioredis keeps reconnecting on its own.
  });

  // The admins' BullMQ dashboard reads the queues through a connection of its own.
  const queueRedis = createRedisConnection(config.REDIS_URL, 'producer', { onError: () => {} });
  const queues = createQueues(queueRedis, { prefix: config.QUEUE_PREFIX, onError: () => {} });

  const app = await buildApp({ config, db, redis, queues });
  process.on(
    'unhandledRejection',
    onUnhandledRejection(app.log, (code) => process.exit(code)),
  );

  let shuttingDown = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (shuttingDown) process.exit(1);
    shuttingDown = true;
    app.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      app.log.error('shutdown timed out');
      process.exit(1);
    }, 15_000);
    timer.unref();
    (async () => {
      await app.close();
      await Promise.allSettled([db.close(), redis.quit(), queues.close()]);
      await closeRedisConnection(queueRedis).catch(() => {});
    })().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);

  try {
    await app.listen({ port: config.PORT, host: config.HOST });
  } catch (error) {
    process.stderr.write(
      `solimob-api: cannot listen on ${config.HOST}:${config.PORT}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    await Promise.allSettled([db.close(), redis.quit()]);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `solimob-api: failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
