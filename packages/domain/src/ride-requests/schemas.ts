import { schema } from '@solimob/db';
import Type, { type Static } from 'typebox';
import { Latitude, Longitude, mobilityNeeds, Uuid } from '../input';

/** From the database enum, so the API accepts exactly what the column stores. */
export const timeAnchorValues = schema.timeAnchor.enumValues;
/** From the database enum, so the API accepts exactly what the column stores. */
export const tripPurposeValues = schema.tripPurpose.enumValues;
/** From the database enum, so the API accepts exactly what the column stores. */
export const rideRequestStatusValues = schema.rideRequestStatus.enumValues;

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
    origin: Type.Optional(
      Type.Object(EndpointInput.properties, {
        additionalProperties: false,
        description: "Defaults to the resident's home",
      }),
    ),
    destination: EndpointInput,
    requestedTime: Type.String({ format: 'date-time' }),
    timeAnchor: Type.Enum(timeAnchorValues, {
      description: 'Whether requestedTime is the pick-up time or the time to be at the destination',
    }),
    toleranceMinutes: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 240,
        default: 15,
        description: 'How far the pick-up (or the arrival) may move from requestedTime',
      }),
    ),
    returnTime: Type.Optional(
      Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
        description: 'Pick-up time for the way back, if a return trip is wanted (or give returnWaitMinutes)',
      }),
    ),
    returnWaitMinutes: Type.Optional(
      Type.Union([Type.Integer({ minimum: 0, maximum: 480 }), Type.Null()], {
        description:
          'The other way to ask for the way back: the driver waits this long at the destination, then drives the resident home',
      }),
    ),
    passengers: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 8,
        default: 1,
        description: 'People travelling, the resident included',
      }),
    ),
    needs: Type.Optional(mobilityNeeds("Defaults to the resident's mobility needs")),
    purpose: Type.Enum(tripPurposeValues),
  },
  { additionalProperties: false },
);
export type CreateRideRequestInput = Static<typeof CreateRideRequestInput>;

export const CancelRideRequestInput = Type.Object(
  {
    reason: Type.String({
      minLength: 1,
      maxLength: 100,
      pattern: '^[a-z0-9_]+$',
      description: "Machine-readable reason, e.g. 'resident_cancelled', 'duplicate'",
    }),
  },
  { additionalProperties: false },
);
