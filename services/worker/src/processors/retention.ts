import { applyRetention } from '@solimob/domain';
import type { Processor } from './types';

/** The nightly retention run; logs counts only (ids and numbers, no personal data). */
export const applyRetentionProcessor: Processor<'apply-retention'> = async (_payload, deps) => {
  const result = await applyRetention({ db: deps.db, clock: deps.clock });
  deps.logger.info(
    {
      sessionsDeleted: result.sessionsDeleted,
      outboxDeleted: result.outboxDeleted,
      territories: result.territories.map((t) => ({
        territoryId: t.territoryId,
        rideRequests: t.rideRequests,
        seatBookings: t.seatBookings,
        messages: t.messages,
        tasks: t.tasks,
        conversations: t.conversations,
      })),
    },
    'retention applied',
  );
};
