import { schema } from '@solimob/db';
import Type, { type Static } from 'typebox';
import { Location, MobilityNeeds, Name, PhonesInput, Uuid } from '../input';

/** From the database enum, so the API accepts exactly what the column stores. */
export const contactChannelValues = schema.contactChannel.enumValues;
/** From the database enum, so the API accepts exactly what the column stores. */
export const personStatusValues = schema.personStatus.enumValues;

const Consent = Type.Object(
  {
    /** When the resident agreed; defaults to now. */
    at: Type.Optional(Type.String({ format: 'date-time' })),
    /** How: 'phone call with staff', 'signed form'… */
    source: Type.String({ minLength: 1, maxLength: 200 }),
    /** The channel it came through, kept in the consent history (default 'unspecified'). */
    channel: Type.Optional(Type.Enum(schema.consentChannel.enumValues)),
  },
  { additionalProperties: false },
);

const residentFields = {
  firstName: Name,
  lastName: Name,
  communeId: Uuid,
  addressLine: Type.String({ minLength: 1, maxLength: 300 }),
  location: Location,
  mobilityNeeds: Type.Optional(MobilityNeeds),
  preferredChannel: Type.Optional(Type.Enum(contactChannelValues)),
  consent: Type.Optional(Type.Union([Consent, Type.Null()])),
  accessNote: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
  phones: Type.Optional(PhonesInput),
};

export const CreateResidentInput = Type.Object(residentFields, { additionalProperties: false });
export type CreateResidentInput = Static<typeof CreateResidentInput>;

export const UpdateResidentInput = Type.Object(
  {
    firstName: Type.Optional(Name),
    lastName: Type.Optional(Name),
    communeId: Type.Optional(Uuid),
    addressLine: Type.Optional(residentFields.addressLine),
    location: Type.Optional(Location),
    mobilityNeeds: Type.Optional(MobilityNeeds),
    preferredChannel: Type.Optional(Type.Enum(contactChannelValues)),
    consent: Type.Optional(Type.Union([Consent, Type.Null()])),
    accessNote: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
    status: Type.Optional(Type.Enum(personStatusValues)),
    /** When present, replaces the resident's phones. */
    phones: Type.Optional(PhonesInput),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateResidentInput = Static<typeof UpdateResidentInput>;
