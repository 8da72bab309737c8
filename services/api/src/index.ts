export type { AppDeps } from './app';
export { buildApp, loggerOptions } from './app';
export type { ApiConfig } from './config';
export { ApiConfigSchema, loadApiConfig } from './config';
