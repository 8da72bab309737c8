import Type, { type Static } from 'typebox';
import { Location, Name, PhonesInput, Uuid } from '../input';

const TimeOfDay = Type.String({
  pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$',
  description: 'HH:MM, local time',
});
const Day = Type.String({ format: 'date' });

export const Availability = Type.Object(
  {
    weekday: Type.Integer({ minimum: 1, maximum: 7, description: 'ISO weekday: 1 = Monday … 7 = Sunday' }),
    start: TimeOfDay,
    end: TimeOfDay,
  },
  { additionalProperties: false },
);
export const Absence = Type.Object(
  { startsOn: Day, endsOn: Day },
  { additionalProperties: false, description: 'Both days included' },
);

const volunteerFields = {
  firstName: Name,
  lastName: Name,
  communeId: Uuid,
  homeLocation: Location,
  /** Passenger seats offered, driver excluded. */
  seats: Type.Optional(Type.Integer({ minimum: 1, maximum: 8 })),
  wheelchairCapable: Type.Optional(Type.Boolean()),
  servedCommuneIds: Type.Optional(
    Type.Array(Uuid, {
      uniqueItems: true,
      maxItems: 50,
      description: 'Communes whose residents the volunteer drives',
    }),
  ),
  maxDistanceKm: Type.Optional(
    Type.Union([Type.Integer({ minimum: 1, maximum: 500 }), Type.Null()], {
      description: 'Alternative to served communes: any pick-up within this road distance of home',
    }),
  ),
  monthlyTripCap: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 200 }), Type.Null()])),
  active: Type.Optional(Type.Boolean()),
  phones: PhonesInput,
  availabilities: Type.Optional(Type.Array(Availability, { maxItems: 50 })),
  absences: Type.Optional(Type.Array(Absence, { maxItems: 100 })),
};

export const CreateVolunteerInput = Type.Object(volunteerFields, { additionalProperties: false });
export type CreateVolunteerInput = Static<typeof CreateVolunteerInput>;

export const UpdateVolunteerInput = Type.Object(
  {
    firstName: Type.Optional(Name),
    lastName: Type.Optional(Name),
    communeId: Type.Optional(Uuid),
    homeLocation: Type.Optional(Location),
    seats: volunteerFields.seats,
    wheelchairCapable: volunteerFields.wheelchairCapable,
    servedCommuneIds: volunteerFields.servedCommuneIds,
    maxDistanceKm: volunteerFields.maxDistanceKm,
    monthlyTripCap: volunteerFields.monthlyTripCap,
    active: volunteerFields.active,
    /** Lists, when present, replace the current ones. */
    phones: Type.Optional(PhonesInput),
    availabilities: volunteerFields.availabilities,
    absences: volunteerFields.absences,
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateVolunteerInput = Static<typeof UpdateVolunteerInput>;
