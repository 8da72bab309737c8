import { schema } from '@solimob/db';
import Type, { type Static, type TSchema } from 'typebox';
import { Compile, type Validator } from 'typebox/compile';
import Value from 'typebox/value';
import { type FieldProblem, invalid } from './errors';
import { InvalidPhoneError, normalisePhone, type PhoneKind } from './phones';

/* Input helpers shared by every verb: schema parsing with field pointers, common shapes, phones, pages. */

/** Schemas are compiled once, on first use: interpreting one on every call showed in the API's profile. */
const validators = new WeakMap<TSchema, Validator>();
function validatorOf(schema: TSchema): Validator {
  let validator = validators.get(schema);
  if (!validator) {
    validator = Compile(schema) as unknown as Validator;
    validators.set(schema, validator);
  }
  return validator;
}

/**
 * Checks `input` against a TypeBox schema and throws a validation ServiceError listing every problem as
 * a JSON pointer. The HTTP layer validates the same schemas first; verbs check again because they are
 * also called from jobs and scripts.
 */
export function parseInput<S extends TSchema>(schema: S, input: unknown): Static<S> {
  if (validatorOf(schema).Check(input)) return input as Static<S>;
  const fields = new Map<string, FieldProblem>();
  const add = (field: string, message: string) => fields.set(`${field}\n${message}`, { field, message });
  for (const error of Value.Errors(schema, input)) {
    const params = error.params as { requiredProperties?: string[]; additionalProperties?: string[] };
    if (error.keyword === 'boolean') {
      // TypeBox reports an unknown property as a `false` schema at its own path, and usually again
      // in an additionalProperties summary (not always: an empty key has no summary). Both give one
      // problem per property.
      if (error.schemaPath.endsWith('/additionalProperties')) add(error.instancePath, 'is not allowed');
      else add(error.instancePath || '/', error.message);
    } else if (params.requiredProperties) {
      for (const name of params.requiredProperties) add(`${error.instancePath}/${name}`, 'is required');
    } else if (params.additionalProperties) {
      for (const name of params.additionalProperties) add(`${error.instancePath}/${name}`, 'is not allowed');
    } else {
      add(error.instancePath || '/', error.message);
    }
  }
  if (fields.size === 0) add('/', 'is invalid');
  throw invalid([...fields.values()]);
}

/**
 * The input with its schema's defaults filled in, as the HTTP layer already does: verbs are also called
 * from jobs and scripts, and the defaults must live in one place (the schema, shown in OpenAPI).
 */
export function withDefaults<S extends TSchema>(schema: S, input: unknown): unknown {
  return input !== null && typeof input === 'object' ? Value.Default(schema, Value.Clone(input)) : input;
}

export const Uuid = Type.String({ format: 'uuid' });
export const Latitude = Type.Number({ minimum: -90, maximum: 90 });
export const Longitude = Type.Number({ minimum: -180, maximum: 180 });
export const Location = Type.Object({ lat: Latitude, lon: Longitude }, { additionalProperties: false });
export const Name = Type.String({ minLength: 1, maxLength: 100 });

/** From the database enum, so the API accepts exactly what the column stores. */
export const mobilityNeedValues = schema.mobilityNeed.enumValues;
export const mobilityNeeds = (description?: string) =>
  Type.Array(Type.Enum(mobilityNeedValues), {
    uniqueItems: true,
    maxItems: 5,
    ...(description && { description }),
  });
export const MobilityNeeds = mobilityNeeds();

export const PhoneInput = Type.Object(
  {
    number: Type.String({
      minLength: 1,
      maxLength: 32,
      description:
        "As typed ('06 12 34 56 78', '+33 2 97 …'); normalised to E.164, mobile or landline derived",
    }),
    isPrimary: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export const PhonesInput = Type.Array(PhoneInput, { maxItems: 5 });

export interface NormalisedPhoneRow {
  e164: string;
  kind: PhoneKind;
  isPrimary: boolean;
}

/**
 * Normalises a list of phones, reporting each bad number at its own pointer. The first phone is primary
 * unless another one says so; at most one may.
 */
export function normalisePhoneList(
  phones: Static<typeof PhonesInput>,
  pointer = '/phones',
): NormalisedPhoneRow[] {
  const fields: FieldProblem[] = [];
  const rows: NormalisedPhoneRow[] = [];
  const seen = new Set<string>();
  phones.forEach((phone, index) => {
    try {
      const { e164, kind } = normalisePhone(phone.number);
      if (seen.has(e164)) {
        fields.push({ field: `${pointer}/${index}/number`, message: 'duplicates another phone number' });
      }
      seen.add(e164);
      rows.push({ e164, kind, isPrimary: phone.isPrimary === true });
    } catch (error) {
      if (!(error instanceof InvalidPhoneError)) throw error;
      fields.push({ field: `${pointer}/${index}/number`, message: `invalid phone number (${error.reason})` });
    }
  });
  const primaries = rows.filter((r) => r.isPrimary).length;
  if (primaries > 1) fields.push({ field: pointer, message: 'at most one phone may be primary' });
  if (fields.length > 0) throw invalid(fields);
  if (primaries === 0 && rows[0]) rows[0].isPrimary = true;
  return rows;
}

/** Page-based pagination, shared by every list verb: bounded page size, total count returned. */
export const PageQuery = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
});
export type PageQuery = Static<typeof PageQuery>;

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export const pageWindow = (query: PageQuery) => {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 25;
  return { page, pageSize, offset: (page - 1) * pageSize };
};

/** Lower-case, accent-free, single-spaced: the form used to match names typed or spoken by residents. */
export const searchForm = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Escapes LIKE wildcards in a user-supplied search term. */
export const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
