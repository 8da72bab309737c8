import type { ConfigIssue } from './load';

export const TWILIO_REQUIRED_KEYS = ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM'] as const;

export interface TwilioSettings {
  accountSid: string;
  authToken: string;
  from: string;
  apiBaseUrl?: string;
}

type TwilioKeys = Partial<Record<(typeof TWILIO_REQUIRED_KEYS)[number] | 'TWILIO_API_BASE_URL', string>>;

/**
 * Twilio is all or nothing: half a configuration would silently fall back to the local outbox (in
 * production: residents' messages written to a file nobody reads). Returns the settings when the three
 * keys are set, undefined when none is, and the missing keys as issues otherwise.
 */
export function resolveTwilio(values: TwilioKeys): { twilio?: TwilioSettings; issues: ConfigIssue[] } {
  const isSet = (key: (typeof TWILIO_REQUIRED_KEYS)[number]) => (values[key]?.trim() ?? '') !== '';
  const present = TWILIO_REQUIRED_KEYS.filter(isSet);
  if (present.length === 0) return { issues: [] };
  if (present.length < TWILIO_REQUIRED_KEYS.length) {
    return {
      issues: TWILIO_REQUIRED_KEYS.filter((key) => !isSet(key)).map((key) => ({
        key,
        problem: 'missing' as const,
        detail: `required because ${present.join(', ')} is set`,
      })),
    };
  }
  return {
    issues: [],
    twilio: {
      accountSid: values.TWILIO_ACCOUNT_SID!,
      authToken: values.TWILIO_AUTH_TOKEN!,
      from: values.TWILIO_FROM!,
      ...(values.TWILIO_API_BASE_URL ? { apiBaseUrl: values.TWILIO_API_BASE_URL } : {}),
    },
  };
}
