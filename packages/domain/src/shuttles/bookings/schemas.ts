import { schema } from '@solimob/db';
import Type, { type Static } from 'typebox';
import { PageQuery, Uuid } from '../../input';

/** From the database enum, so the API accepts exactly what the column stores. */
export const seatBookingStatusValues = schema.seatBookingStatus.enumValues;
export const seatBookingOutcomeValues = schema.seatBookingOutcome.enumValues;

export const BookSeatInput = Type.Object(
  {
    shuttleRoundId: Uuid,
    residentId: Uuid,
    passengers: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 8, description: 'People travelling, the resident included' }),
    ),
    wheelchair: Type.Optional(
      Type.Boolean({ description: "Needs a wheelchair place; defaults to the resident's mobility needs" }),
    ),
    pickupStopId: Type.Optional(Uuid),
    atDoor: Type.Optional(
      Type.Boolean({ description: 'Pick up at the door on a stops line (staff only; reduced mobility)' }),
    ),
    late: Type.Optional(
      Type.Boolean({
        description: 'Staff accept a booking after the cut-off: the planned round is re-planned with it',
      }),
    ),
  },
  { additionalProperties: false },
);
export type BookSeatInput = Static<typeof BookSeatInput>;

export const CancelSeatBookingInput = Type.Object(
  {
    reason: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        pattern: '^[a-z0-9_]+$',
        description: "e.g. 'resident_cancelled'",
      }),
    ),
  },
  { additionalProperties: false },
);

export const ListSeatBookingsQuery = Type.Object(
  {
    ...PageQuery.properties,
    status: Type.Optional(Type.Enum(seatBookingStatusValues)),
  },
  { additionalProperties: false },
);
