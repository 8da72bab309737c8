export type { RetentionResult } from './retention';
export { applyRetention, PUBLISHED_OUTBOX_KEPT_DAYS } from './retention';
