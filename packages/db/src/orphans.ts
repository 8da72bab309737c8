import { isConnectionFailure } from './errors';

/** The part of a pino logger the handler uses; its `err` serializer keeps query values out of logs. */
interface ProcessLogger {
  warn(fields: { err: unknown }, message: string): void;
  fatal(fields: { err: unknown }, message: string): void;
}

/**
 * What a service process (API, worker) does with a promise rejection nobody handled. A database query
 * whose caller had already given up (seen once in five `scripts/fault postgres-restart` runs, in the
 * worker: a query rejected when Postgres closed its connection, with no one left to await it) must not
 * kill a process that recovers by itself: it is logged and the process goes on (a job it belonged to
 * failed and is retried; a request was answered 503). Any other unhandled rejection is a bug: logged,
 * and the process exits as Node would.
 */
export function onUnhandledRejection(
  logger: ProcessLogger,
  exit: (code: number) => void,
): (reason: unknown) => void {
  return (reason) => {
    if (isConnectionFailure(reason)) {
      logger.warn({ err: reason }, 'a database query nobody awaited failed with its connection');
      return;
    }
    logger.fatal({ err: reason }, 'unhandled promise rejection');
    exit(1);
  };
}
