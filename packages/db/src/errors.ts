import postgres from 'postgres';

export interface DatabaseErrorInfo {
  /** SQLSTATE, e.g. 23505 unique_violation, 23503 foreign_key_violation, 23514 check_violation. */
  code: string;
  constraint: string | undefined;
  detail: string | undefined;
}

/** drizzle wraps driver errors (DrizzleQueryError.cause); this digs out the Postgres error, if any. */
export function databaseErrorOf(error: unknown): DatabaseErrorInfo | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof postgres.PostgresError) {
      return { code: current.code, constraint: current.constraint_name, detail: current.detail };
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export const isUniqueViolation = (error: unknown, constraint?: string) => {
  const info = databaseErrorOf(error);
  return info?.code === '23505' && (constraint === undefined || info.constraint === constraint);
};
export const isForeignKeyViolation = (error: unknown) => databaseErrorOf(error)?.code === '23503';
export const isCheckViolation = (error: unknown, constraint?: string) => {
  const info = databaseErrorOf(error);
  return info?.code === '23514' && (constraint === undefined || info.constraint === constraint);
};

/**
 * Errors that mean Postgres is unreachable, restarting or shutting down: what was asked may succeed if
 * retried later (the API answers 503, never a 500 nor a hang; the worker retries the job).
 * - socket level: refused, reset, timed out, broken pipe, unknown host;
 * - postgres.js: CONNECT_TIMEOUT, CONNECTION_CLOSED / ENDED / DESTROYED;
 * - Postgres SQLSTATE class 08 (connection exception), 57P01 admin shutdown, 57P02 crash shutdown,
 *   57P03 cannot connect now (starting up, shutting down, in recovery), 53300 too many connections.
 */
const CONNECTION_FAILURE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

export function isConnectionFailure(error: unknown): boolean {
  // drizzle wraps the driver's error as `cause`; look one level down too.
  for (const candidate of [error, (error as { cause?: unknown })?.cause]) {
    const code = (candidate as { code?: unknown })?.code;
    if (typeof code !== 'string') continue;
    if (CONNECTION_FAILURE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  }
  return false;
}
