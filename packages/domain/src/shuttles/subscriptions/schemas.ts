import Type, { type Static } from 'typebox';
import { PageQuery, Uuid } from '../../input';

export const SubscribeInput = Type.Object(
  {
    shuttleLineId: Uuid,
    residentId: Uuid,
    passengers: Type.Optional(Type.Integer({ minimum: 1, maximum: 8 })),
    wheelchair: Type.Optional(Type.Boolean()),
    pickupStopId: Type.Optional(Uuid),
    atDoor: Type.Optional(Type.Boolean({ description: 'Pick up at the door on a stops line (staff only)' })),
    startsOn: Type.Optional(
      Type.String({
        format: 'date',
        description: 'First service date it applies to (default: the next round)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type SubscribeInput = Static<typeof SubscribeInput>;

export const SkipDateInput = Type.Object(
  {
    date: Type.String({
      format: 'date',
      description: "A round's date (its service date or its nominal date)",
    }),
  },
  { additionalProperties: false },
);

export const ListSubscriptionsQuery = Type.Object(
  {
    ...PageQuery.properties,
    shuttleLineId: Type.Optional(Uuid),
    residentId: Type.Optional(Uuid),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
