import type { Static } from 'typebox';
import { ConfigError, type ConfigIssue, loadConfig } from './load';
import { pickSettings, type SettingKey } from './settings';
import { resolveTwilio, type TwilioSettings } from './twilio';

export type ServiceConfig<K extends SettingKey> = Static<ReturnType<typeof pickSettings<K>>> & {
  /** Present when the service reads the Twilio keys and all three are set. */
  twilio?: TwilioSettings;
};

/**
 * Parses the settings a process reads, once, at start-up: each key with its one shared definition, plus
 * the cross-key rules (Twilio all-or-nothing). Throws a ConfigError listing every problem at once.
 */
export function loadServiceConfig<K extends SettingKey>(
  keys: readonly K[],
  env: Record<string, string | undefined>,
): ServiceConfig<K> {
  const issues: ConfigIssue[] = [];
  let parsed: Static<ReturnType<typeof pickSettings<K>>> | undefined;
  try {
    parsed = loadConfig(pickSettings(keys), env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    issues.push(...error.issues);
  }
  const readsTwilio = (keys as readonly string[]).includes('TWILIO_AUTH_TOKEN');
  const twilio = readsTwilio ? resolveTwilio({ ...env, ...parsed }) : { issues: [] };
  issues.push(...twilio.issues);
  issues.push(...simulatorIssues({ ...env, ...parsed }));
  const values: Record<string, unknown> = { ...env, ...parsed };
  if (values.BENCH_ROUTES === true && values.NODE_ENV === 'production') {
    issues.push({ key: 'BENCH_ROUTES', problem: 'invalid', detail: 'not allowed with NODE_ENV=production' });
  }
  if (issues.length > 0 || !parsed) throw new ConfigError(issues);
  return { ...parsed, ...(twilio.twilio ? { twilio: twilio.twilio } : {}) };
}

/** The simulator's key stands in for Twilio's only on a local demo: never beside Twilio, never in production. */
function simulatorIssues(values: Record<string, unknown>): ConfigIssue[] {
  if (!values.PHONE_SIMULATOR_TOKEN) return [];
  if (values.NODE_ENV === 'production') {
    return [
      { key: 'PHONE_SIMULATOR_TOKEN', problem: 'invalid', detail: 'not allowed with NODE_ENV=production' },
    ];
  }
  if (values.TWILIO_AUTH_TOKEN) {
    return [
      {
        key: 'PHONE_SIMULATOR_TOKEN',
        problem: 'invalid',
        detail: 'not allowed with TWILIO_AUTH_TOKEN set (webhooks are then signed by Twilio)',
      },
    ];
  }
  return [];
}
