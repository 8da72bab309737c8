import Type, { type TSchema } from 'typebox';

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
/** Serialized as an ISO 8601 string; typed as the Date the domain returns. */
export const DateTime = Type.Unsafe<Date>({ type: 'string', format: 'date-time' });
export const Uuid = Type.String({ format: 'uuid' });
export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export const LocationOut = Type.Object({ lat: Type.Number(), lon: Type.Number() });

/** The one error shape every route returns, whatever failed. */
export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      /**
       * validation | not_found | conflict | forbidden | unauthenticated | unavailable | rate_limited |
       * bad_request | internal
       */
      code: Type.String(),
      message: Type.String(),
      fields: Type.Optional(
        Type.Array(
          Type.Object({
            /** JSON pointer into the body ('/phones/0/number'), or 'query/<name>' / 'params/<name>'. */
            field: Type.String(),
            message: Type.String(),
          }),
        ),
      ),
      /** Quote it when reporting a problem: it finds the full error in the logs. */
      requestId: Type.Optional(Type.String()),
    }),
  },
  { $id: 'ErrorResponse', description: 'Error' },
);

export const PageOf = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    page: Type.Integer({ minimum: 1 }),
    pageSize: Type.Integer({ minimum: 1 }),
    total: Type.Integer({ minimum: 0 }),
  });

export const PhoneOut = Type.Object({
  e164: Type.String(),
  kind: Type.Enum(['mobile', 'landline', 'other']),
  isPrimary: Type.Boolean(),
});
