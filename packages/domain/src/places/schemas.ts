import { schema } from '@solimob/db';
import Type, { type Static } from 'typebox';
import { Location, Uuid } from '../input';

/** From the database enum, so the API accepts exactly what the column stores. */
export const placeKindValues = schema.placeKind.enumValues;

const Aliases = Type.Array(Type.String({ minLength: 1, maxLength: 100 }), {
  maxItems: 20,
  description: 'Other names residents use; stored lower-case without accents',
});

export const CreatePlaceInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 150 }),
    kind: Type.Enum(placeKindValues),
    communeId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    address: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()])),
    location: Location,
    aliases: Type.Optional(Aliases),
  },
  { additionalProperties: false },
);
export type CreatePlaceInput = Static<typeof CreatePlaceInput>;

export const UpdatePlaceInput = Type.Object(
  {
    name: Type.Optional(CreatePlaceInput.properties.name),
    kind: Type.Optional(Type.Enum(placeKindValues)),
    communeId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    address: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()])),
    location: Type.Optional(Location),
    aliases: Type.Optional(Aliases),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdatePlaceInput = Static<typeof UpdatePlaceInput>;
