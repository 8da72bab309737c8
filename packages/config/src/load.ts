import Type, { type Static, type TObject, type TSchema } from 'typebox';
import Value from 'typebox/value';

export interface ConfigIssue {
  key: string;
  problem: 'missing' | 'invalid';
  detail: string;
}

/** Thrown once with every problem found, so an operator fixes the environment in one go. */
export class ConfigError extends Error {
  constructor(readonly issues: ConfigIssue[]) {
    super(
      `Invalid configuration:\n${issues
        .map((i) => `  - ${i.key}: ${i.problem === 'missing' ? 'missing' : `invalid (${i.detail})`}`)
        .join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** A required secret: no default, never logged. */
export const secret = (description: string) => Type.String({ minLength: 1, description, secret: true });
/** An optional secret: absent unless set; still never defaulted. */
export const optionalSecret = (description: string) =>
  Type.Optional(Type.String({ minLength: 1, description, secret: true }));

/**
 * Parses environment variables against a flat TypeBox object schema: applies declared defaults,
 * converts strings to numbers/booleans, treats empty strings as unset (except for settings marked
 * `emptyMeansOff`, where an empty value switches the feature off), and throws a ConfigError
 * listing every missing or invalid key at once.
 */
export function loadConfig<S extends TObject>(schema: S, env: Record<string, string | undefined>): Static<S> {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(schema.properties)) {
    const value = env[key];
    if (value === undefined) continue;
    if (value.trim() !== '') raw[key] = value.trim();
    // A key whose empty value means something ("off") keeps it; absent still takes the default.
    else if ((schema.properties[key] as { emptyMeansOff?: boolean }).emptyMeansOff) raw[key] = '';
  }
  const given = { ...raw }; // Value.Default and Value.Convert may change `raw` in place
  const withDefaults = Value.Default(schema, raw);
  const converted = Value.Convert(schema, withDefaults) as Record<string, unknown>;
  // Value.Convert truncates "2.5" to the integer 2: a whole-number setting takes digits only.
  for (const [key, property] of Object.entries(schema.properties) as [string, TSchema][]) {
    const value = given[key];
    if (isIntegerSchema(property) && typeof value === 'string' && !/^[+-]?\d+$/.test(value))
      converted[key] = value;
  }

  const issues: ConfigIssue[] = [];
  const required = new Set(schema.required ?? []);
  for (const [key, property] of Object.entries(schema.properties) as [string, TSchema][]) {
    const value = converted[key];
    if (value === undefined) {
      if (required.has(key)) issues.push({ key, problem: 'missing', detail: describe(property) });
      continue;
    }
    if (!Value.Check(property, value)) {
      const first = [...Value.Errors(property, value)][0];
      issues.push({ key, problem: 'invalid', detail: first?.message ?? describe(property) });
    }
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return converted as Static<S>;
}

const isIntegerSchema = (schema: TSchema): boolean => (schema as { type?: unknown }).type === 'integer';

function describe(schema: TSchema): string {
  const description = (schema as { description?: unknown }).description;
  return typeof description === 'string' ? description : 'required';
}
