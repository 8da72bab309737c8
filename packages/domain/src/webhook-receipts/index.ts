export type { WebhookAnswer, WebhookKey } from './run-once';
export { runWebhookOnce } from './run-once';
