import { requeueStalledMessages } from '@solimob/domain';
import type { Processor } from './types';

/** The safety net behind "sent once, not zero times": see requeueStalledMessages. */
export const STALLED_MESSAGES = {
  // Longer than a job's whole retry schedule (8 attempts, exponential from 5 s: about 10 minutes).
  stalledAfterMs: 30 * 60_000,
  maxAttempts: 20,
};

export const sweepStalledMessagesProcessor: Processor<'sweep-stalled-messages'> = async (_payload, deps) => {
  const result = await requeueStalledMessages({ db: deps.db, clock: deps.clock }, STALLED_MESSAGES);
  if (result.requeued || result.gaveUp) deps.logger.warn(result, 'stalled messages swept');
};
