import { closeDueRounds, generateAllRounds, planRound, sendDayBeforeReminders } from '@solimob/domain';
import type { Processor } from './types';

/*
 * Market-shuttle work on the `planning` queue. Planning a round runs the optimiser (about a second for
 * a full round); the three scheduled jobs are cheap sweeps that find what is due themselves.
 */

export const planShuttleRoundProcessor: Processor<'plan-shuttle-round'> = async (
  { shuttleRoundId },
  deps,
  job,
) => {
  const outcome = await planRound(
    {
      db: deps.db,
      clock: deps.clock,
      routing: deps.routing,
      ...(deps.solver ? { solver: deps.solver } : {}),
    },
    shuttleRoundId,
  );
  if (!outcome.planned) {
    deps.logger.info({ jobId: job.id, shuttleRoundId, reason: outcome.reason }, 'shuttle round not planned');
    return;
  }
  const { plan } = outcome;
  deps.logger.info(
    {
      jobId: job.id,
      shuttleRoundId,
      version: outcome.version,
      strategy: outcome.strategy,
      unserved: outcome.unserved,
      told: outcome.told,
      vehicles: plan.outbound.routes.length,
      matrixMs: Math.round(plan.timings.matrixMs),
      solveMs: Math.round(plan.timings.solveMs),
    },
    'shuttle round planned',
  );
};

export const closeShuttleRoundsProcessor: Processor<'close-shuttle-rounds'> = async (_payload, deps) => {
  const closed = await closeDueRounds({ db: deps.db, clock: deps.clock });
  if (closed > 0) deps.logger.info({ closed }, 'shuttle rounds closed at their cut-off');
};

export const generateShuttleRoundsProcessor: Processor<'generate-shuttle-rounds'> = async (
  _payload,
  deps,
) => {
  const result = await generateAllRounds({ db: deps.db, clock: deps.clock });
  if (result.created > 0 || result.holidays > 0) deps.logger.info(result, 'shuttle rounds generated');
};

export const sendShuttleRemindersProcessor: Processor<'send-shuttle-reminders'> = async (_payload, deps) => {
  const result = await sendDayBeforeReminders({ db: deps.db, clock: deps.clock });
  if (result.rounds > 0) deps.logger.info(result, 'shuttle day-before messages queued');
};
