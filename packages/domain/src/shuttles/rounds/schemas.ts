import { schema } from '@solimob/db';
import Type from 'typebox';
import { PageQuery, Uuid } from '../../input';
import { ClockTimeInput } from '../common';
import { VehicleInput } from '../lines/schemas';

/** From the database enum, so the API accepts exactly what the column stores. */
export const shuttleRoundStatusValues = schema.shuttleRoundStatus.enumValues;

const Reason = Type.String({
  minLength: 1,
  maxLength: 100,
  pattern: '^[a-z0-9_]+$',
  description: "Machine-readable reason, e.g. 'vehicle_breakdown', 'snow'",
});

export const ListShuttleRoundsQuery = Type.Object(
  {
    ...PageQuery.properties,
    shuttleLineId: Type.Optional(Uuid),
    status: Type.Optional(Type.Enum(shuttleRoundStatusValues)),
    from: Type.Optional(Type.String({ format: 'date' })),
    to: Type.Optional(Type.String({ format: 'date' })),
  },
  { additionalProperties: false },
);

export const CancelRoundInput = Type.Object({ reason: Reason }, { additionalProperties: false });

/** Move a round to another date or change its times; the residents booked on it are told. */
export const ChangeRoundInput = Type.Object(
  {
    serviceDate: Type.Optional(Type.String({ format: 'date' })),
    arrivalTime: Type.Optional(ClockTimeInput('Local time the shuttle reaches the market')),
    departureTime: Type.Optional(ClockTimeInput('Local time the shuttle leaves the market')),
    reason: Reason,
  },
  { additionalProperties: false, minProperties: 2 },
);

export const AddRoundVehicleInput = VehicleInput;
