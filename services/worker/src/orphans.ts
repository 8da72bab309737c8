import { isConnectionFailure } from '@solimob/db';
import { describeError, type Logger } from './logger';

/**
 * What the worker does with a promise rejection nobody handled. A database query whose caller had
 * already given up (seen once in five `scripts/fault postgres-restart` runs: a query of the driver's,
 * rejected when Postgres closed its connection, with no one left to await it) must not kill a worker
 * that recovers by itself: it is logged and the worker goes on; its job, if any, failed and is retried.
 * Any other unhandled rejection is a bug: logged, and the process exits as Node would.
 */
export function onUnhandledRejection(
  logger: Logger,
  exit: (code: number) => void,
): (reason: unknown) => void {
  return (reason) => {
    if (isConnectionFailure(reason)) {
      logger.warn(
        { err: describeError(reason) },
        'a database query nobody awaited failed with its connection',
      );
      return;
    }
    logger.fatal({ err: describeError(reason) }, 'unhandled promise rejection');
    exit(1);
  };
}
