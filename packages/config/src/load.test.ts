import Type from 'typebox';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, optionalSecret, secret } from './load';

const schema = Type.Object({
  DATABASE_URL: Type.String({ minLength: 1, description: 'Postgres URL' }),
  PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 3000 }),
  TOKEN: secret('API token'),
  OPTIONAL_KEY: optionalSecret('optional'),
  DEBUG: Type.Boolean({ default: false }),
});

describe('loadConfig', () => {
  it('applies defaults and converts types', () => {
    const config = loadConfig(schema, { DATABASE_URL: 'postgres://x', TOKEN: 't', DEBUG: 'true' });
    expect(config).toEqual({ DATABASE_URL: 'postgres://x', PORT: 3000, TOKEN: 't', DEBUG: true });
  });

  it('lists every missing and invalid key at once', () => {
    try {
      loadConfig(schema, { PORT: 'not-a-port', TOKEN: '  ' });
      expect.unreachable('loadConfig should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const issues = (error as ConfigError).issues;
      expect(issues.map((i) => [i.key, i.problem])).toEqual([
        ['DATABASE_URL', 'missing'],
        ['PORT', 'invalid'],
        ['TOKEN', 'missing'],
      ]);
      expect((error as ConfigError).message).toContain('DATABASE_URL: missing');
    }
  });

  it('ignores keys outside the schema', () => {
    const config = loadConfig(schema, { DATABASE_URL: 'x', TOKEN: 't', UNRELATED: 'y' });
    expect(config).not.toHaveProperty('UNRELATED');
  });
});
