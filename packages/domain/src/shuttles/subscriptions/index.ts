export { listSubscriptions } from './list';
export { ListSubscriptionsQuery, SkipDateInput, SubscribeInput } from './schemas';
export { skipDate } from './skip-date';
export { subscribe } from './subscribe';
export { unsubscribe } from './unsubscribe';
export type { ShuttleSubscriptionView } from './view';
