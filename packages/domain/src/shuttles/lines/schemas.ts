import { schema } from '@solimob/db';
import Type, { type Static } from 'typebox';
import { Location, Name, PageQuery, Uuid } from '../../input';
import { ClockTimeInput } from '../common';

/** From the database enum, so the API accepts exactly what the column stores. */
export const shuttleModeValues = schema.shuttleMode.enumValues;

export const VehicleInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 60 }),
    seats: Type.Integer({ minimum: 0, maximum: 60, description: 'Passenger seats (driver excluded)' }),
    wheelchairPlaces: Type.Optional(Type.Integer({ minimum: 0, maximum: 10, default: 0 })),
  },
  { additionalProperties: false },
);

export const StopInput = Type.Object(
  { name: Name, communeId: Uuid, location: Location },
  { additionalProperties: false },
);

const lineFields = {
  name: Name,
  marketPlaceId: Uuid,
  weekday: Type.Integer({ minimum: 1, maximum: 7, description: 'ISO weekday, 1 = Monday' }),
  arrivalTime: ClockTimeInput('Local time the shuttle reaches the market'),
  departureTime: ClockTimeInput('Local time the shuttle leaves the market for the way back'),
  marketWindowMinutes: Type.Integer({
    minimum: 0,
    maximum: 180,
    description:
      'Drop-offs at most this long before the arrival time, return pick-ups at most this long after the departure time',
  }),
  mode: Type.Enum(shuttleModeValues, {
    description: "'stops': fixed stops, door-to-door for reduced mobility; 'door_to_door': everyone at home",
  }),
  bookingCutoffHours: Type.Integer({ minimum: 0, maximum: 168 }),
  maxRideMinutes: Type.Integer({ minimum: 5, maximum: 180 }),
  communeIds: Type.Array(Uuid, { minItems: 1, maxItems: 50, uniqueItems: true }),
  /** In travel order. */
  stops: Type.Array(StopInput, { maxItems: 60 }),
  vehicles: Type.Array(VehicleInput, { minItems: 1, maxItems: 10 }),
};

export const CreateShuttleLineInput = Type.Object(
  {
    ...lineFields,
    marketWindowMinutes: Type.Optional(lineFields.marketWindowMinutes),
    bookingCutoffHours: Type.Optional(lineFields.bookingCutoffHours),
    maxRideMinutes: Type.Optional(lineFields.maxRideMinutes),
    stops: Type.Optional(lineFields.stops),
  },
  { additionalProperties: false },
);
export type CreateShuttleLineInput = Static<typeof CreateShuttleLineInput>;

/**
 * Changes apply to rounds generated afterwards; rounds already generated keep their own times and
 * vehicles (staff change those round by round). Lists replace the line's whole list.
 */
export const UpdateShuttleLineInput = Type.Object(
  {
    name: Type.Optional(lineFields.name),
    arrivalTime: Type.Optional(lineFields.arrivalTime),
    departureTime: Type.Optional(lineFields.departureTime),
    marketWindowMinutes: Type.Optional(lineFields.marketWindowMinutes),
    bookingCutoffHours: Type.Optional(lineFields.bookingCutoffHours),
    maxRideMinutes: Type.Optional(lineFields.maxRideMinutes),
    communeIds: Type.Optional(lineFields.communeIds),
    vehicles: Type.Optional(lineFields.vehicles),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateShuttleLineInput = Static<typeof UpdateShuttleLineInput>;

export const ListShuttleLinesQuery = Type.Object(
  { ...PageQuery.properties, active: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
