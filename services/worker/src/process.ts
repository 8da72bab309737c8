import { ConfigError } from '@solimob/config';
import { onUnhandledRejection } from '@solimob/db';
import type { MessageSender } from '@solimob/domain';
import { startWorkerApp, type WorkerAppOptions } from './app';
import { loadWorkerConfig, routingProviderLabel, type WorkerConfig } from './config';
import { createLogger, describeError, type Logger } from './logger';
import { serveMetrics } from './metrics';

export interface RunWorkerProcessOptions {
  env: Record<string, string | undefined>;
  /** The message sender and a one-line description of it for the start-up log. */
  createSender: (config: WorkerConfig, logger: Logger) => { sender: MessageSender; description: string };
  tuning?: WorkerAppOptions['tuning'];
  /** Longest wait for active jobs on shutdown before exiting with an error. */
  shutdownTimeoutMs?: number;
}

/**
 * The worker process shell: parses the configuration once, starts everything, and on SIGTERM/SIGINT
 * stops the relay, waits for active jobs, closes connections and exits 0.
 */
export async function runWorkerProcess(options: RunWorkerProcessOptions): Promise<void> {
  let config: WorkerConfig;
  try {
    config = loadWorkerConfig(options.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  if (config.METRICS_PORT !== undefined && !config.METRICS_TOKEN) {
    process.stderr.write('METRICS_PORT needs METRICS_TOKEN (the bearer token scrapers present)\n');
    process.exit(1);
  }
  const logger = createLogger(config.LOG_LEVEL);
  process.on(
    'unhandledRejection',
    onUnhandledRejection(logger, (code) => process.exit(code)),
  );
  const { sender, description } = options.createSender(config, logger);
  const app = await startWorkerApp({
    config,
    sender,
    logger,
    ...(options.tuning ? { tuning: options.tuning } : {}),
  });
  logger.info(
    {
      sender: description,
      provider: sender.provider,
      routing: routingProviderLabel(config),
      queues: app.workers.map((worker) => worker.name),
      concurrency: config.WORKER_CONCURRENCY,
      prefix: config.QUEUE_PREFIX,
      outboxPollMs: config.OUTBOX_POLL_MS,
    },
    'worker started',
  );

  const metricsServer =
    config.METRICS_PORT !== undefined && config.METRICS_TOKEN
      ? await serveMetrics(app.metrics, { port: config.METRICS_PORT, token: config.METRICS_TOKEN })
      : undefined;
  if (metricsServer) logger.info({ port: metricsServer.port }, 'metrics served on /metrics');

  let shuttingDown = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (shuttingDown) {
      logger.warn({ signal }, 'second signal during shutdown: exiting now');
      process.exit(1);
    }
    shuttingDown = true;
    logger.info({ signal }, 'shutting down: waiting for active jobs');
    const timeoutMs = options.shutdownTimeoutMs ?? 30_000;
    setTimeout(() => {
      logger.error({ timeoutMs }, 'shutdown timed out');
      process.exit(1);
    }, timeoutMs).unref();
    Promise.all([app.stop(), metricsServer?.close()]).then(
      () => {
        logger.info('worker stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: describeError(error) }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}
