import { DateTime } from 'luxon';
import type {
  Candidate,
  Exclusion,
  ExclusionReason,
  MatchingHistory,
  MissionShape,
  VolunteerProfile,
} from './model';

export interface CandidateRules {
  timeZone: string;
  /** Free time needed around another mission of the same volunteer. */
  busyMarginMinutes: number;
}

/** The mission's local day and minutes, computed once for every volunteer. */
interface LocalWindow {
  date: string;
  weekday: number;
  startMinute: number;
  endMinute: number;
}

function localWindow(shape: MissionShape, timeZone: string): LocalWindow {
  const start = DateTime.fromJSDate(shape.start, { zone: timeZone });
  const end = DateTime.fromJSDate(shape.end, { zone: timeZone });
  const sameDay = start.toISODate() === end.toISODate();
  return {
    date: start.toISODate()!,
    weekday: start.weekday,
    startMinute: start.hour * 60 + start.minute,
    // A mission running past midnight fits no weekly slot.
    endMinute: sameDay ? end.hour * 60 + end.minute : 24 * 60 + 1,
  };
}

const overlaps = (a: { start: Date; end: Date }, b: { start: Date; end: Date }, marginMs: number) =>
  a.start.getTime() < b.end.getTime() + marginMs && b.start.getTime() < a.end.getTime() + marginMs;

/** The first hard rule a volunteer fails for this mission, or 'ok' / 'by_distance' (reach decided by rank). */
function checkVolunteer(
  v: VolunteerProfile,
  shape: MissionShape,
  window: LocalWindow,
  history: MatchingHistory,
  marginMs: number,
): ExclusionReason | 'ok' | 'by_distance' {
  if (history.alreadyOffered.has(v.id)) return 'already_offered';
  if (history.preferences.get(v.id) === 'avoid') return 'avoided';
  if (!v.hasPhone) return 'no_phone';
  if (v.seats < shape.seats) return 'vehicle_seats';
  if (shape.wheelchair && !v.wheelchairCapable) return 'no_wheelchair';
  if (v.absences.some((a) => a.startsOn <= window.date && window.date <= a.endsOn)) return 'absent';
  const available = v.slots.some(
    (s) =>
      s.weekday === window.weekday && s.startMinute <= window.startMinute && window.endMinute <= s.endMinute,
  );
  if (!available) return 'not_available';
  if (v.monthlyTripCap !== null && (history.tripsThisMonth.get(v.id) ?? 0) >= v.monthlyTripCap) {
    return 'monthly_cap';
  }
  if ((history.busy.get(v.id) ?? []).some((b) => overlaps(b, shape, marginMs))) return 'busy';
  if (v.servedCommuneIds.size > 0) {
    const servesAll = shape.riders.every(
      (r) => r.pickupCommuneId !== null && v.servedCommuneIds.has(r.pickupCommuneId),
    );
    if (servesAll) return 'ok';
    return v.maxDistanceKm !== null ? 'by_distance' : 'commune_not_served';
  }
  return v.maxDistanceKm !== null ? 'by_distance' : 'ok';
}

/**
 * The volunteers who may drive the mission: available at that time (a weekly slot covering the first
 * pick-up to the last drop-off, not absent that day), with a vehicle that fits (seats, wheelchair),
 * serving the pick-up communes (or close enough: checked once road distances are known), under their
 * monthly cap, not busy with another mission, not set aside by a resident, not asked before. Pure.
 */
export function eligibleVolunteers(
  shape: MissionShape,
  volunteers: readonly VolunteerProfile[],
  history: MatchingHistory,
  rules: CandidateRules,
): { candidates: Candidate[]; excluded: Exclusion[] } {
  const window = localWindow(shape, rules.timeZone);
  const marginMs = rules.busyMarginMinutes * 60_000;
  const candidates: Candidate[] = [];
  const excluded: Exclusion[] = [];
  for (const volunteer of volunteers) {
    const verdict = checkVolunteer(volunteer, shape, window, history, marginMs);
    if (verdict === 'ok' || verdict === 'by_distance') {
      candidates.push({ volunteer, byDistance: verdict === 'by_distance' });
    } else {
      excluded.push({ volunteerId: volunteer.id, reason: verdict });
    }
  }
  return { candidates, excluded };
}
