import { schema } from '@solimob/db';
import { eq } from 'drizzle-orm';
import { withTransaction } from '../context';
import { notFound } from '../errors';
import { type RideWorkerDeps, systemContext } from '../missions/lifecycle';
import { findMission } from '../missions/load';
import { sendOfferWave, type WaveOutcome } from './send-wave';

/**
 * A wave's wait is over (a delayed job from the outbox). If the mission still has no driver and this is
 * still its latest wave, the next wave goes out, or, past the deadline, the mission becomes unmet.
 * Anything else (accepted meanwhile, cancelled, a later wave already sent) makes it a no-op, so a
 * duplicate or late job changes nothing. Offers of earlier waves stay valid until the deadline.
 */
export async function expireOfferWave(
  deps: RideWorkerDeps,
  input: { missionId: string; wave: number },
): Promise<WaveOutcome> {
  const [located] = await deps.db
    .select({ territoryId: schema.missions.territoryId })
    .from(schema.missions)
    .where(eq(schema.missions.id, input.missionId));
  if (!located) throw notFound('Mission', input.missionId);
  return withTransaction(systemContext(deps, located.territoryId), async (tx) => {
    const mission = await findMission(tx.db, located.territoryId, input.missionId, true);
    if (mission.status !== 'open') return { kind: 'skipped', reason: `mission is ${mission.status}` };
    if (mission.wave !== input.wave)
      return { kind: 'skipped', reason: `wave ${input.wave} is not the latest` };
    return sendOfferWave(tx, deps, mission.id);
  });
}
