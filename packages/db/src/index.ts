export type { CreateDbOptions, Db, DbHandle, DbOrTx, Schema, Tx } from './client';
export { createDb, isTransaction, pingDb } from './client';
export type { DatabaseErrorInfo } from './errors';
export {
  databaseErrorOf,
  isCheckViolation,
  isConnectionFailure,
  isForeignKeyViolation,
  isUniqueViolation,
} from './errors';
export { migrationsFolder, runMigrations } from './migrate';
export { onUnhandledRejection } from './orphans';
export { reusableQuery } from './reusable';
export { executePrepared, type RawRow, rowOf } from './rows';
export * as schema from './schema';
export * from './types';
