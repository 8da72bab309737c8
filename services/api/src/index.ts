export type { AppDeps } from './app';
export { buildApp, loggerOptions } from './app';
export type { ApiConfig } from './config';
export { API_SETTINGS, loadApiConfig } from './config';
