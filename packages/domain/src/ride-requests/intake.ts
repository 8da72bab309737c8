import { haversineMeters } from '@solimob/routing';
import type { FieldProblem } from '../errors';
import type { TerritorySettings } from '../territories/settings';
import { isoWeekday, localDate, localTime } from '../time';

/*
 * The rules a ride request must meet before it is recorded, as pure checks: each problem names its
 * field in precise English for staff and API clients, and carries the short French sentence a resident
 * reads or hears when they booked themselves.
 */

export interface IntakeProblem extends FieldProblem {
  residentMessage: string;
}

const DAY_NAMES = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

/** "8 h", "19 h 30", from "08:00", "19:30". */
const spokenClock = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
};

/** "du lundi au samedi", "le mardi et le jeudi". */
export function serviceDaysText(days: readonly number[]): string {
  const sorted = [...days].sort((a, b) => a - b);
  const contiguous = sorted.every((d, i) => i === 0 || d === sorted[i - 1]! + 1);
  if (contiguous && sorted.length >= 3)
    return `du ${DAY_NAMES[sorted[0]! - 1]} au ${DAY_NAMES[sorted.at(-1)! - 1]}`;
  const names = sorted.map((d) => `le ${DAY_NAMES[d - 1]}`);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} et ${names.at(-1)}`;
}

export const serviceHoursSentence = (rides: TerritorySettings['rides']) =>
  `Les trajets solidaires ont lieu ${serviceDaysText(rides.serviceDays)}, de ${spokenClock(rides.serviceStart)} à ${spokenClock(rides.serviceEnd)}.`;

const noticeText = (hours: number) =>
  hours >= 48 && hours % 24 === 0 ? `${hours / 24} jours` : `${hours} heures`;

export interface TimingInput {
  requestedTime: Date;
  returnTime: Date | null;
  returnWaitMinutes: number | null;
}

/** Notice, service days and hours, and the way back after the way there. */
export function timingProblems(
  input: TimingInput,
  now: Date,
  rides: TerritorySettings['rides'],
  timeZone: string,
): IntakeProblem[] {
  const problems: IntakeProblem[] = [];
  const asked = input.requestedTime.getTime();
  if (asked <= now.getTime()) {
    problems.push({
      field: '/requestedTime',
      message: 'must be in the future',
      residentMessage: "Cette date est déjà passée. Indiquez le jour et l'heure du trajet.",
    });
  } else if (asked - now.getTime() < rides.minNoticeHours * 3_600_000) {
    problems.push({
      field: '/requestedTime',
      message: `must be at least ${rides.minNoticeHours} hours from now (territory notice)`,
      residentMessage: `Il faut demander un trajet au moins ${noticeText(rides.minNoticeHours)} à l'avance. Pour une urgence, appelez le CIAS.`,
    });
  }
  const day = isoWeekday(localDate(input.requestedTime, timeZone));
  if (!rides.serviceDays.includes(day)) {
    problems.push({
      field: '/requestedTime',
      message: `volunteer rides do not run on ISO weekday ${day} in this territory`,
      residentMessage: serviceHoursSentence(rides),
    });
  }
  const times: [string, Date][] = [['/requestedTime', input.requestedTime]];
  if (input.returnTime) times.push(['/returnTime', input.returnTime]);
  if (input.returnWaitMinutes !== null) {
    times.push(['/returnWaitMinutes', new Date(asked + input.returnWaitMinutes * 60_000)]);
  }
  for (const [field, instant] of times) {
    const clock = localTime(instant, timeZone);
    const sameDay = localDate(instant, timeZone) === localDate(input.requestedTime, timeZone);
    if (clock < rides.serviceStart || clock > rides.serviceEnd || !sameDay) {
      problems.push({
        field,
        message: `must fall within service hours ${rides.serviceStart}-${rides.serviceEnd} (local time), the same day`,
        residentMessage: serviceHoursSentence(rides),
      });
    }
  }
  if (input.returnTime && input.returnTime.getTime() <= asked) {
    problems.push({
      field: '/returnTime',
      message: 'must be after requestedTime',
      residentMessage: "L'heure du retour doit être après celle de l'aller.",
    });
  }
  return problems;
}

export interface ResolvedPlace {
  kind: 'place';
  outsideTerritory: boolean;
}
export interface FreePoint {
  kind: 'point';
  lat: number;
  lon: number;
}

/**
 * Where a ride may go: a place of the territory, a place staff marked as outside the territory
 * (hospitals in Vannes or Redon…), or free coordinates within `destinationRadiusKm` of a commune's
 * town hall. We keep no commune boundaries, only town-hall points: the radius (6 km by default) covers
 * the rural communes of the territory and a short belt around it; anything further must be a place.
 */
export function endpointProblem(
  endpoint: ResolvedPlace | FreePoint,
  pointer: string,
  townHalls: readonly { lat: number; lon: number }[],
  rides: TerritorySettings['rides'],
): IntakeProblem | undefined {
  if (endpoint.kind === 'place') return undefined;
  const radius = rides.destinationRadiusKm * 1000;
  if (townHalls.some((t) => haversineMeters(t, endpoint) <= radius)) return undefined;
  return {
    field: pointer,
    message: `is more than ${rides.destinationRadiusKm} km from every town hall of the territory: use a place outside the territory declared by staff`,
    residentMessage:
      'Cette adresse est en dehors du territoire. Les chauffeurs vont dans les communes du territoire et dans quelques lieux choisis (hôpitaux) : appelez le CIAS pour en savoir plus.',
  };
}
