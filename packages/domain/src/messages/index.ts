export * from './deliver-message';
export type { MessageSender, OutboundMessage, SentMessage } from './ports';
export { PermanentSendError } from './ports';
export type { QueueMessageInput } from './queue-message';
export { queueMessage } from './queue-message';
export * from './record-status';
export type { RequeueOptions, RequeueResult } from './requeue-stalled';
export { requeueStalledMessages } from './requeue-stalled';
