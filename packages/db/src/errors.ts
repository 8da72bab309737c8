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
