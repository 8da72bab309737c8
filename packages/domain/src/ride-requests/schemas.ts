import Type, { type Static } from 'typebox';
import { Latitude, Longitude, MobilityNeeds, Uuid } from '../residents/input';

export const timeAnchorValues = ['pickup', 'arrival'] as const;
export const tripPurposeValues = [
  'health',
  'shopping',
  'market',
  'administrative',
  'social',
  'employment',
  'other',
] as const;
export const rideRequestStatusValues = [
  'received',
  'matching',
  'offered',
  'matched',
  'completed',
  'cancelled',
  'unmet',
] as const;

/**
 * Either a known place (`placeId`) or free coordinates with a label. Kept flat rather than a union so
 * a client gets one precise error per missing field instead of a failed `anyOf`.
 */
export const EndpointInput = Type.Object(
  {
    placeId: Type.Optional(Uuid),
    label: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    lat: Type.Optional(Latitude),
    lon: Type.Optional(Longitude),
  },
  { additionalProperties: false },
);

export const CreateRideRequestInput = Type.Object(
  {
    residentId: Uuid,
    /** Defaults to the resident's home. */
    origin: Type.Optional(EndpointInput),
    destination: EndpointInput,
    requestedTime: Type.String({ format: 'date-time' }),
    /** Whether requestedTime is the pick-up time or the time to be at the destination. */
    timeAnchor: Type.Enum(timeAnchorValues),
    toleranceMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 240 })),
    /** Pick-up time for the way back, if a return trip is wanted. */
    returnTime: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()])),
    passengers: Type.Optional(Type.Integer({ minimum: 1, maximum: 8 })),
    /** Defaults to the resident's mobility needs. */
    needs: Type.Optional(MobilityNeeds),
    purpose: Type.Enum(tripPurposeValues),
  },
  { additionalProperties: false },
);
export type CreateRideRequestInput = Static<typeof CreateRideRequestInput>;

export const CancelRideRequestInput = Type.Object(
  {
    /** Machine-readable reason, e.g. 'resident_cancelled', 'duplicate'. */
    reason: Type.String({ minLength: 1, maxLength: 100, pattern: '^[a-z0-9_]+$' }),
  },
  { additionalProperties: false },
);
