/** Property-based tests: every input schema of the verbs refuses junk with a precise, field-named error. */
import fc from 'fast-check';
import type { TSchema } from 'typebox';
import Value from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { ServiceError } from './errors';
import * as domain from './index';
import { parseInput } from './input';

const schemas = (Object.entries(domain) as [string, unknown][]).filter(
  (entry): entry is [string, TSchema] =>
    /(?:Input|Query)$/.test(entry[0]) &&
    typeof entry[1] === 'object' &&
    entry[1] !== null &&
    'type' in entry[1],
);

/** Any JSON value, strings of every kind (huge, unicode, control characters) and nested junk. */
const junk = fc.oneof(
  { depthSize: 'small' },
  fc.jsonValue({ maxDepth: 4 }),
  fc.object({ maxDepth: 3, withNullPrototype: true, withBigInt: false }),
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.constantFrom(
    null,
    undefined,
    0,
    -1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '',
    [],
    {},
    'x'.repeat(100_000),
  ),
);

describe('input schemas', () => {
  it('cover the verbs', () => expect(schemas.length).toBeGreaterThan(30));

  it.each(schemas)('%s accepts only what it describes and names the field it refuses', (_name, schema) => {
    fc.assert(
      fc.property(junk, (value) => {
        let parsed: unknown;
        try {
          parsed = parseInput(schema, value);
        } catch (error) {
          expect(error).toBeInstanceOf(ServiceError);
          const problem = error as ServiceError;
          expect(problem.code).toBe('validation');
          expect(problem.fields.length).toBeGreaterThan(0);
          for (const field of problem.fields) {
            expect(field.field).toMatch(/^\//);
            expect(field.message.length).toBeGreaterThan(0);
          }
          return;
        }
        expect(Value.Check(schema, parsed)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
