export type { ConfigIssue } from './load';
export { ConfigError, loadConfig, optionalSecret, secret } from './load';
export {
  failedQueryOf,
  loggableErr,
  loggableUrl,
  REDACTED_LOG_PATHS,
  redactPhonesInText,
  sqlExcerpt,
} from './logging';
export {
  ARGON2ID_OPTIONS,
  ARGON2ID_PHC_PREFIX,
  hasCurrentPasswordParameters,
  UNUSABLE_PASSWORD_HASH,
} from './passwords';
export type { ServiceConfig } from './service';
export { loadServiceConfig } from './service';
export type { SettingKey } from './settings';
export { pickSettings, settings } from './settings';
export type { TwilioSettings } from './twilio';
export { resolveTwilio, TWILIO_REQUIRED_KEYS } from './twilio';
