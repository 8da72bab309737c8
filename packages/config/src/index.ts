export type { ConfigIssue } from './load';
export { ConfigError, loadConfig, optionalSecret, secret } from './load';
