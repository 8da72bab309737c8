import { describe, expect, it } from 'vitest';
import { ConfigError } from './load';
import { loadServiceConfig } from './service';
import { settings } from './settings';

const SID = `AC${'0123456789abcdef'.repeat(2)}`;

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map((i) => [i.key, i.problem]);
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadServiceConfig', () => {
  it('reads only the keys a service asks for, each with its shared definition', () => {
    const config = loadServiceConfig(['DATABASE_URL', 'PORT'], {
      DATABASE_URL: 'postgres://x',
      REDIS_URL: 'r',
    });
    expect(config).toEqual({ DATABASE_URL: 'postgres://x', PORT: 3000 });
  });

  it('QUIET_HOURS: absent takes the default, empty switches quiet hours off, a bad range is refused', () => {
    expect(loadServiceConfig(['QUIET_HOURS'], {}).QUIET_HOURS).toBe('21:00-08:00');
    expect(loadServiceConfig(['QUIET_HOURS'], { QUIET_HOURS: '' }).QUIET_HOURS).toBe('');
    expect(loadServiceConfig(['QUIET_HOURS'], { QUIET_HOURS: ' 22:30-07:00 ' }).QUIET_HOURS).toBe(
      '22:30-07:00',
    );
    expect(issuesOf(() => loadServiceConfig(['QUIET_HOURS'], { QUIET_HOURS: '9pm-8am' }))).toEqual([
      ['QUIET_HOURS', 'invalid'],
    ]);
  });

  it('DATABASE_POOL_SIZE: 10 by default, a whole number from 1 to 100 ("2.5" refused, not truncated)', () => {
    expect(loadServiceConfig(['DATABASE_POOL_SIZE'], {}).DATABASE_POOL_SIZE).toBe(10);
    expect(loadServiceConfig(['DATABASE_POOL_SIZE'], { DATABASE_POOL_SIZE: '5' }).DATABASE_POOL_SIZE).toBe(5);
    for (const bad of ['0', '101', '2.5', 'five']) {
      expect(issuesOf(() => loadServiceConfig(['DATABASE_POOL_SIZE'], { DATABASE_POOL_SIZE: bad }))).toEqual([
        ['DATABASE_POOL_SIZE', expect.any(String)],
      ]);
    }
  });

  it('PHONE_SIMULATOR_TOKEN is refused in production and beside Twilio', () => {
    const keys = ['NODE_ENV', 'PHONE_SIMULATOR_TOKEN', 'TWILIO_AUTH_TOKEN'] as const;
    expect(loadServiceConfig(keys, { PHONE_SIMULATOR_TOKEN: 'local' }).PHONE_SIMULATOR_TOKEN).toBe('local');
    expect(
      issuesOf(() => loadServiceConfig(keys, { PHONE_SIMULATOR_TOKEN: 'x', NODE_ENV: 'production' })),
    ).toEqual([['PHONE_SIMULATOR_TOKEN', 'invalid']]);
  });

  it('resolves Twilio when its three keys are set', () => {
    const config = loadServiceConfig(['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM'], {
      TWILIO_ACCOUNT_SID: SID,
      TWILIO_AUTH_TOKEN: 'token',
      TWILIO_FROM: '+33612345678',
    });
    expect(config.twilio).toEqual({ accountSid: SID, authToken: 'token', from: '+33612345678' });
  });

  it('refuses a partial Twilio configuration with the other problems, naming what is missing', () => {
    expect(
      issuesOf(() =>
        loadServiceConfig(['DATABASE_URL', 'TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM'], {
          TWILIO_ACCOUNT_SID: SID,
        }),
      ),
    ).toEqual([
      ['DATABASE_URL', 'missing'],
      ['TWILIO_AUTH_TOKEN', 'missing'],
      ['TWILIO_FROM', 'missing'],
    ]);
  });

  it('validates the account SID and the sender number the same way for every service', () => {
    expect(
      issuesOf(() =>
        loadServiceConfig(['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM'], {
          TWILIO_ACCOUNT_SID: 'AC123',
          TWILIO_AUTH_TOKEN: 'token',
          TWILIO_FROM: '06 12 34 56 78',
        }),
      ),
    ).toEqual([
      ['TWILIO_ACCOUNT_SID', 'invalid'],
      ['TWILIO_FROM', 'invalid'],
    ]);
  });

  it('refuses a short link-signing secret', () => {
    expect(
      issuesOf(() => loadServiceConfig(['SIGNED_LINK_SECRET'], { SIGNED_LINK_SECRET: 'short' })),
    ).toEqual([['SIGNED_LINK_SECRET', 'invalid']]);
  });

  it('gives every setting a description or a default, so .env.example and errors can explain it', () => {
    for (const [key, schema] of Object.entries(settings)) {
      const s = schema as { description?: string; default?: unknown };
      expect(s.description !== undefined || s.default !== undefined, key).toBe(true);
    }
  });
});

describe('secrets', () => {
  it('come only from the environment: no secret, and no connection URL, has a default', () => {
    const secretKeys = Object.entries(settings).filter(
      ([key, schema]) =>
        (schema as { secret?: boolean }).secret === true || /SECRET|TOKEN|PASSWORD|API_KEY|_URL$/.test(key),
    );
    expect(secretKeys.map(([key]) => key)).toEqual(
      expect.arrayContaining(['SIGNED_LINK_SECRET', 'TWILIO_AUTH_TOKEN', 'DATABASE_URL', 'REDIS_URL']),
    );
    for (const [key, schema] of secretKeys) {
      if (key === 'PUBLIC_BASE_URL' || key === 'MAP_TILE_URL') continue; // public addresses, not secrets
      expect((schema as { default?: unknown }).default, `${key} has a default`).toBeUndefined();
    }
  });
});
