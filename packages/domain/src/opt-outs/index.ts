export type { OptOutParty, OptOutSource } from './opt-out';
export { isOptedOut, OPT_OUT_EXEMPT_TEMPLATES, optInPhone, optOutPhone } from './opt-out';
