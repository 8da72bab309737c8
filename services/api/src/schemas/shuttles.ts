import {
  seatBookingOutcomeValues,
  seatBookingStatusValues,
  shuttleModeValues,
  shuttleRoundStatusValues,
} from '@solimob/domain';
import Type from 'typebox';
import { DateTime, LocationOut, Nullable, Uuid } from './common';

/** Response bodies of the market-shuttle routes; they mirror the domain's *View types. */

const channelValues = ['sms', 'voice', 'staff', 'web', 'api'] as const;
const VehicleOut = Type.Object({
  id: Uuid,
  name: Type.String(),
  seats: Type.Integer(),
  wheelchairPlaces: Type.Integer(),
});

export const ShuttleLineOut = Type.Object({
  id: Uuid,
  name: Type.String(),
  marketPlaceId: Uuid,
  weekday: Type.Integer({ minimum: 1, maximum: 7 }),
  arrivalTime: Type.String({ description: 'HH:MM, local time' }),
  departureTime: Type.String({ description: 'HH:MM, local time' }),
  marketWindowMinutes: Type.Integer(),
  mode: Type.Enum(shuttleModeValues),
  bookingCutoffHours: Type.Integer(),
  maxRideMinutes: Type.Integer(),
  active: Type.Boolean(),
  communeIds: Type.Array(Uuid),
  stops: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      communeId: Uuid,
      location: LocationOut,
      sequence: Type.Integer(),
    }),
  ),
  vehicles: Type.Array(VehicleOut),
  createdAt: DateTime,
  updatedAt: DateTime,
});

export const ShuttleRoundOut = Type.Object({
  id: Uuid,
  shuttleLineId: Uuid,
  nominalDate: Type.String({ format: 'date', description: "The date the line's weekday gives" }),
  serviceDate: Type.String({
    format: 'date',
    description: 'The date it runs (moved for a holiday or by staff)',
  }),
  arrivalTime: Type.String(),
  departureTime: Type.String(),
  cutoffAt: DateTime,
  status: Type.Enum(shuttleRoundStatusValues),
  statusReason: Nullable(Type.String()),
  capacity: Type.Object({ seats: Type.Integer(), wheelchairPlaces: Type.Integer() }),
  taken: Type.Object({ seats: Type.Integer(), wheelchairPlaces: Type.Integer() }),
  waitlisted: Type.Integer(),
  vehicles: Type.Array(VehicleOut),
  plannedAt: Nullable(DateTime),
  planVersion: Type.Integer(),
  remindersSentAt: Nullable(DateTime),
});

export const SeatBookingOut = Type.Object({
  id: Uuid,
  shuttleRoundId: Uuid,
  residentId: Uuid,
  status: Type.Enum(seatBookingStatusValues),
  waitlistPosition: Nullable(Type.Integer({ minimum: 1 })),
  pickup: Type.Object({ stopId: Nullable(Uuid), location: LocationOut }),
  passengers: Type.Integer(),
  wheelchair: Type.Boolean(),
  channel: Type.Enum(channelValues),
  plannedPickupAt: Nullable(DateTime),
  announcedPickupAt: Nullable(DateTime),
  outcome: Nullable(Type.Enum(seatBookingOutcomeValues)),
  shuttleSubscriptionId: Nullable(Uuid),
  cancelledAt: Nullable(DateTime),
  createdAt: DateTime,
  updatedAt: DateTime,
});

export const ShuttleSubscriptionOut = Type.Object({
  id: Uuid,
  shuttleLineId: Uuid,
  residentId: Uuid,
  pickupStopId: Nullable(Uuid),
  atDoor: Type.Boolean(),
  passengers: Type.Integer(),
  wheelchair: Type.Boolean(),
  channel: Type.Enum(channelValues),
  startsOn: Type.String({ format: 'date' }),
  active: Type.Boolean(),
  endedAt: Nullable(DateTime),
  skippedDates: Type.Array(Type.String({ format: 'date' })),
  createdAt: DateTime,
});

const PlanStopOut = Type.Object({
  sequence: Type.Integer(),
  kind: Type.Enum(['pickup', 'dropoff']),
  seatBookingId: Uuid,
  residentId: Uuid,
  firstName: Type.String(),
  at: DateTime,
  location: LocationOut,
  place: Type.Object(
    {
      kind: Type.Enum(['door', 'stop', 'market']),
      stopId: Type.Optional(Uuid),
      name: Type.Optional(Type.String()),
    },
    { description: "Where the resident boards or alights: 'door', a line 'stop', or the 'market'" },
  ),
  passengers: Type.Integer(),
  wheelchair: Type.Boolean(),
});

export const RoundPlanOut = Type.Object({
  shuttleRoundId: Uuid,
  serviceDate: Type.String({ format: 'date' }),
  status: Type.Enum(shuttleRoundStatusValues),
  planVersion: Type.Integer(),
  plannedAt: Nullable(DateTime),
  legs: Type.Array(
    Type.Object({
      leg: Type.Enum(['outbound', 'return']),
      vehicles: Type.Array(
        Type.Object({
          vehicleId: Uuid,
          name: Type.String(),
          departAt: DateTime,
          returnAt: DateTime,
          distanceMeters: Type.Integer(),
          geometry: Type.Array(Type.Array(Type.Number(), { minItems: 2, maxItems: 2 }), {
            description: '[lon, lat] vertices of the route, for a map',
          }),
          stops: Type.Array(PlanStopOut),
        }),
      ),
    }),
  ),
  unserved: Type.Array(Type.Object({ seatBookingId: Uuid, residentId: Uuid })),
});

export const RouteSheetLinkOut = Type.Object({
  url: Type.String({ description: "The driver's link: the route sheet PDF, no login" }),
  expiresAt: DateTime,
});

/** A binary PDF body: declared per content type so the OpenAPI document says application/pdf. */
export const PdfResponse = {
  description: "The driver's route sheet, A4 PDF",
  content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
};
