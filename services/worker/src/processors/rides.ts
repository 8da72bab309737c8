import { expireOfferWave, matchRideRequest, recordMissionDistance, sendRideReminders } from '@solimob/domain';
import type { Processor } from './types';

/*
 * The volunteer-ride loop in the worker: matching a new request (candidates, road distances, ranking,
 * pooling, first wave), the next wave when one expires, the distance of a closed mission, and the
 * day-before reminders. Each calls one domain verb; the verbs are idempotent, so a retried or
 * duplicated job changes nothing.
 */

export const matchRideRequestProcessor: Processor<'match-ride-request'> = async (
  { rideRequestId },
  deps,
  job,
) => {
  const outcome = await matchRideRequest(deps, rideRequestId);
  deps.logger.info(
    {
      jobId: job.id,
      rideRequestId,
      outcome: outcome.kind,
      ...(outcome.kind === 'matched'
        ? { missionId: outcome.missionId, pooledWith: outcome.pooledWith, wave: outcome.wave.kind }
        : {}),
    },
    'ride request matched',
  );
};

export const expireOfferWaveProcessor: Processor<'expire-offer-wave'> = async (
  { missionId, wave },
  deps,
  job,
) => {
  const outcome = await expireOfferWave(deps, { missionId, wave });
  deps.logger.info({ jobId: job.id, missionId, wave, outcome: outcome.kind }, 'offer wave expired');
};

export const recordMissionDistanceProcessor: Processor<'record-mission-distance'> = async (
  { missionId },
  deps,
  job,
) => {
  const result = await recordMissionDistance(deps, missionId);
  deps.logger.info({ jobId: job.id, missionId, ...result }, 'mission distance recorded');
};

export const sendRideRemindersProcessor: Processor<'send-ride-reminders'> = async (_payload, deps) => {
  const sweep = await sendRideReminders(deps);
  if (sweep.messages > 0) deps.logger.info(sweep, 'ride reminders queued');
};
