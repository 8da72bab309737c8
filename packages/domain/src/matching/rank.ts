import type {
  ApproachDistance,
  Candidate,
  Exclusion,
  MatchingHistory,
  RankedVolunteer,
  RankingWeights,
  ScoreParts,
} from './model';

const round1 = (value: number) => Math.round(value * 10) / 10;

function scoreParts(
  volunteerId: string,
  distance: ApproachDistance,
  history: MatchingHistory,
  weights: RankingWeights,
): ScoreParts {
  const tripsThisMonth = history.tripsThisMonth.get(volunteerId) ?? 0;
  const ridesWithResidents = history.ridesWithResidents.get(volunteerId) ?? 0;
  return {
    extraKm: round1((distance.approachMeters + distance.returnMeters) / 1000),
    fairness: round1(tripsThisMonth * weights.kmPerMonthlyTrip),
    continuity: ridesWithResidents > 0 ? -weights.continuityBonusKm : 0,
    preference: history.preferences.get(volunteerId) === 'preferred' ? -weights.preferenceBonusKm : 0,
    tripsThisMonth,
    ridesWithResidents,
  };
}

/**
 * Orders the candidates, best first. The score is in kilometre-equivalents, lower is better:
 *   extra km from home (to the first pick-up and back from the last drop-off, by road)
 * + fairness (trips already driven this month × kmPerMonthlyTrip)
 * − continuity (a volunteer who already drove one of these residents)
 * − preference (a driver a resident asked for).
 * Candidates whose reach depends on their maximum distance are dropped when the road approach is
 * longer; unroutable homes are dropped. Ties go to fewer extra km, then the volunteer id. Pure.
 */
export function rankVolunteers(
  candidates: readonly Candidate[],
  distances: ReadonlyMap<string, ApproachDistance>,
  history: MatchingHistory,
  weights: RankingWeights,
): { ranked: RankedVolunteer[]; excluded: Exclusion[] } {
  const ranked: RankedVolunteer[] = [];
  const excluded: Exclusion[] = [];
  for (const { volunteer, byDistance } of candidates) {
    const distance = distances.get(volunteer.id);
    if (!distance || !Number.isFinite(distance.approachMeters) || !Number.isFinite(distance.returnMeters)) {
      excluded.push({ volunteerId: volunteer.id, reason: 'unroutable' });
      continue;
    }
    if (byDistance && distance.approachMeters > (volunteer.maxDistanceKm ?? 0) * 1000) {
      excluded.push({ volunteerId: volunteer.id, reason: 'too_far' });
      continue;
    }
    const parts = scoreParts(volunteer.id, distance, history, weights);
    const score = round1(parts.extraKm + parts.fairness + parts.continuity + parts.preference);
    ranked.push({ volunteerId: volunteer.id, score, parts });
  }
  ranked.sort(
    (a, b) =>
      a.score - b.score ||
      a.parts.extraKm - b.parts.extraKm ||
      (a.volunteerId < b.volunteerId ? -1 : a.volunteerId > b.volunteerId ? 1 : 0),
  );
  return { ranked, excluded };
}
