import { driverPreferenceKindValues } from '@solimob/domain';
import Type from 'typebox';
import { DateTime, Nullable, Uuid } from './common';

/** Response bodies of the volunteer-ride routes; they mirror the domain's views. */

const missionStatuses = ['open', 'assigned', 'completed', 'cancelled', 'unmet', 'superseded'];
const offerStatuses = ['pending', 'accepted', 'refused', 'expired', 'withdrawn', 'released'];
const tripOutcomes = ['planned', 'completed', 'no_show', 'late_cancellation', 'unmet', 'cancelled'];

export const MissionOut = Type.Object({
  id: Uuid,
  status: Type.Enum(missionStatuses),
  statusReason: Nullable(Type.String()),
  driver: Nullable(Type.Object({ id: Uuid, firstName: Type.String(), lastName: Type.String() })),
  code: Nullable(Type.String({ description: 'The four digits the driver uses ("FAIT 4821")' })),
  wave: Type.Integer({ description: 'Waves of offers sent so far' }),
  matchDeadline: DateTime,
  plannedStartAt: DateTime,
  plannedEndAt: DateTime,
  plannedDistanceMeters: Type.Integer(),
  drivenDistanceMeters: Nullable(
    Type.Integer({ description: 'Home → stops → home, from the routing provider' }),
  ),
  mileageRateEurPerKm: Nullable(Type.Number()),
  completedAt: Nullable(DateTime),
  supersededById: Nullable(Uuid),
  rideRequestIds: Type.Array(Uuid),
  legs: Type.Array(
    Type.Object({
      rideRequestId: Uuid,
      leg: Type.Enum(['outbound', 'return']),
      plannedPickupAt: Nullable(DateTime),
      plannedDropoffAt: Nullable(DateTime),
      outcome: Type.Enum(tripOutcomes),
    }),
  ),
});

export const OfferOut = Type.Object({
  id: Uuid,
  missionId: Uuid,
  missionStatus: Type.Enum(missionStatuses),
  volunteer: Type.Object({ id: Uuid, firstName: Type.String(), lastName: Type.String() }),
  wave: Type.Integer(),
  code: Type.String(),
  status: Type.Enum(offerStatuses),
  sentAt: DateTime,
  expiresAt: DateTime,
  respondedAt: Nullable(DateTime),
  score: Nullable(Type.Number({ description: 'Lower is better, in km-equivalents; null when staff chose' })),
  scoreParts: Nullable(
    Type.Record(Type.String(), Type.Number(), {
      description:
        'extraKm (home → first pick-up, last drop-off → home), fairness (trips this month × weight), continuity and preference (bonuses, negative), tripsThisMonth, ridesWithResidents',
    }),
  ),
});

export const StatementOut = Type.Object({
  territoryName: Type.String(),
  volunteer: Type.Object({ id: Uuid, firstName: Type.String(), lastName: Type.String() }),
  month: Type.String(),
  currentRateEurPerKm: Type.Number(),
  rows: Type.Array(
    Type.Object({
      missionId: Uuid,
      date: Type.String({ format: 'date' }),
      time: Type.String(),
      code: Type.String(),
      from: Type.String(),
      to: Type.String(),
      km: Nullable(Type.Number({ description: 'Rounded to 100 m; null until measured' })),
      rateEurPerKm: Type.Number(),
      amountEur: Nullable(Type.Number()),
    }),
  ),
  totals: Type.Object({
    trips: Type.Integer(),
    km: Type.Number(),
    amountEur: Type.Number(),
    pending: Type.Integer({
      description: 'Trips whose distance is not measured yet (left out of the totals)',
    }),
  }),
  generatedAt: DateTime,
  timeZone: Type.String(),
});

export const DriverPreferenceOut = Type.Object({
  volunteerDriverId: Uuid,
  firstName: Type.String(),
  lastName: Type.String(),
  kind: Type.Enum(driverPreferenceKindValues),
});
