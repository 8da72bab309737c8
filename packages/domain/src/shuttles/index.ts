export * from './bookings';
export * from './lines';
export * as shuttleMessages from './messages';
export { gsm7, shuttleMessageSamples } from './messages';
export * from './planning';
export * from './rounds';
export * from './subscriptions';
