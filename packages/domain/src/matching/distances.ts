import type { RoutingProvider } from '@solimob/routing';
import type { ApproachDistance, Candidate, MissionShape } from './model';

/**
 * Road distances from each candidate's home to the first pick-up and from the last drop-off back home,
 * from the routing provider (GraphHopper when configured, the built-in estimate otherwise; both cached).
 * Two rectangular matrices, one row or column per home. An unroutable home gets Infinity.
 */
export async function approachDistances(
  routing: RoutingProvider,
  shape: Pick<MissionShape, 'firstPickup' | 'lastDropoff'>,
  candidates: readonly Candidate[],
): Promise<Map<string, ApproachDistance>> {
  const result = new Map<string, ApproachDistance>();
  if (candidates.length === 0) return result;
  const homes = candidates.map((c) => c.volunteer.home);
  const [toPickup, fromDropoff] = await Promise.all([
    routing.matrixFromTo(homes, [shape.firstPickup], { unroutable: 'infinity' }),
    routing.matrixFromTo([shape.lastDropoff], homes, { unroutable: 'infinity' }),
  ]);
  candidates.forEach((c, i) => {
    result.set(c.volunteer.id, {
      approachMeters: toPickup.distances[i] ?? Number.POSITIVE_INFINITY,
      returnMeters: fromDropoff.distances[i] ?? Number.POSITIVE_INFINITY,
    });
  });
  return result;
}
