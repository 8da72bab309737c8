import { schema } from '@solimob/db';
import Type, { type Static } from 'typebox';
import { PageQuery, Uuid } from '../input';

/** From the database enums, so the API accepts exactly what the columns store. */
export const staffTaskKindValues = schema.staffTaskKind.enumValues;
export const staffTaskStatusValues = schema.staffTaskStatus.enumValues;

export const ListStaffTasksQuery = Type.Object(
  {
    ...PageQuery.properties,
    status: Type.Optional(Type.Enum(staffTaskStatusValues, { description: "Default 'open'" })),
    kind: Type.Optional(Type.Enum(staffTaskKindValues)),
    residentId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type ListStaffTasksQuery = Static<typeof ListStaffTasksQuery>;

export const ResolveStaffTaskInput = Type.Object(
  {
    outcome: Type.Enum(['done', 'cancelled'], { description: "'done' once handled, 'cancelled' if moot" }),
    note: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'What was done' })),
  },
  { additionalProperties: false },
);
