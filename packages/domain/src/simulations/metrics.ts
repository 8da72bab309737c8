/** The figures of one simulated period (computed by the worker's simulator, see docs/simulator.md). */
export interface Distribution {
  count: number;
  mean: number | null;
  median: number | null;
  p90: number | null;
}

export interface Metrics {
  scenario: string;
  period: { start: string; days: number };
  requests: number;
  served: number;
  servedPct: number;
  unmet: { total: number; byReason: Record<string, number>; byCommune: Record<string, number> };
  distinctResidentsReached: number;
  rides: {
    requests: number;
    served: number;
    servedPct: number;
    unmetByReason: Record<string, number>;
    /** Hours from the request to a volunteer's OUI. */
    answerWaitHours: Distribution;
    /** Minutes between the announced pick-up and the simulated one. */
    pickupLateMinutes: Distribution;
    pickupOnTimePct: number | null;
    rideMinutes: Distribution;
    pooledMissions: number;
    volunteerKm: number;
    mileageEur: number;
  };
  shuttles: {
    bookings: number;
    served: number;
    servedPct: number;
    unmetByReason: Record<string, number>;
    rounds: number;
    roundsPlanned: number;
    vehicleDays: number;
    vehicleKm: number;
    minibusCostEur: number;
    rideMinutes: Distribution;
    /** Minutes the planned pick-up moved from the time announced the day before. */
    pickupLateMinutes: Distribution;
    pickupOnTimePct: number | null;
  };
  volunteers: {
    active: number;
    withMissions: number;
    missionsMax: number;
    missionsMean: number;
    /** Standard deviation of missions per active volunteer. */
    missionsSpread: number;
  };
  costs: { mileageEur: number; minibusEur: number; totalEur: number; perServedTripEur: number | null };
  messages?: { sms: number; voice: number };
}
