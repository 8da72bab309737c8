import type { LatLon } from '@solimob/routing';

/*
 * What matching reasons about, as plain data: a mission's shape, the volunteers who might drive it and
 * what the service knows of their recent history. Loaders fill these from the database; the candidate
 * filter and the ranking are pure functions over them (benchmarked by scripts/bench-matching).
 */

/** One passenger's request within a mission. */
export interface MissionRider {
  rideRequestId: string;
  residentId: string;
  passengers: number;
  wheelchair: boolean;
  /** The commune of the pick-up (the origin place's, else the resident's). */
  pickupCommuneId: string | null;
}

/** What a volunteer must be able to do to drive the mission. */
export interface MissionShape {
  /** First pick-up and last drop-off. */
  start: Date;
  end: Date;
  firstPickup: LatLon;
  lastDropoff: LatLon;
  riders: MissionRider[];
  /** Seats needed (every passenger of every rider) and whether a wheelchair travels. */
  seats: number;
  wheelchair: boolean;
}

/** Weekly availability in minutes since local midnight; ISO weekday. */
export interface WeeklySlot {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

export interface VolunteerProfile {
  id: string;
  firstName: string;
  home: LatLon;
  seats: number;
  wheelchairCapable: boolean;
  /** Empty: no commune list (serves any commune, unless a maximum distance is set). */
  servedCommuneIds: ReadonlySet<string>;
  maxDistanceKm: number | null;
  monthlyTripCap: number | null;
  /** A number to text offers to. */
  hasPhone: boolean;
  slots: WeeklySlot[];
  /** Both days included, YYYY-MM-DD. */
  absences: { startsOn: string; endsOn: string }[];
}

export interface BusyInterval {
  start: Date;
  end: Date;
}

/** What the service remembers that matters for this mission, per volunteer id. */
export interface MatchingHistory {
  /** Missions assigned or completed in the calendar month (territory time) of the mission. */
  tripsThisMonth: ReadonlyMap<string, number>;
  /** Other missions the volunteer is assigned to around that day. */
  busy: ReadonlyMap<string, readonly BusyInterval[]>;
  /** Completed missions with one of this mission's residents. */
  ridesWithResidents: ReadonlyMap<string, number>;
  /** What this mission's residents said about a driver ('avoid' wins over 'preferred'). */
  preferences: ReadonlyMap<string, 'preferred' | 'avoid'>;
  /**
   * Volunteers not to ask (again) for this mission: an offer pending, accepted, refused, or given back.
   * One whose offer was withdrawn because someone else accepted may be asked again if that volunteer
   * gives the mission back.
   */
  alreadyOffered: ReadonlySet<string>;
}

export type ExclusionReason =
  | 'already_offered'
  | 'avoided'
  | 'no_phone'
  | 'vehicle_seats'
  | 'no_wheelchair'
  | 'absent'
  | 'not_available'
  | 'monthly_cap'
  | 'busy'
  | 'commune_not_served'
  | 'too_far'
  | 'unroutable';

export interface Exclusion {
  volunteerId: string;
  reason: ExclusionReason;
}

/** A volunteer who may drive the mission; `byDistance`: only if their home is close enough (checked by rank). */
export interface Candidate {
  volunteer: VolunteerProfile;
  byDistance: boolean;
}

/** Road distances between a volunteer's home and the mission, from the routing provider. */
export interface ApproachDistance {
  /** Home → first pick-up. */
  approachMeters: number;
  /** Last drop-off → home. */
  returnMeters: number;
}

/**
 * The parts of a score, in km-equivalents (lower is better), stored with each offer so staff see why
 * someone was asked: the extra kilometres from home, fairness, continuity and stated preference.
 */
export interface ScoreParts {
  extraKm: number;
  fairness: number;
  continuity: number;
  preference: number;
  tripsThisMonth: number;
  ridesWithResidents: number;
}

export interface RankedVolunteer {
  volunteerId: string;
  score: number;
  parts: ScoreParts;
}

export interface RankingWeights {
  kmPerMonthlyTrip: number;
  continuityBonusKm: number;
  preferenceBonusKm: number;
}
