export type { Contact } from './contact';
export { contactFor } from './contact';
export * from './deliver-message';
export { gsmLength, gsmText, MAX_SMS_SEPTETS } from './gsm';
export { asksKeypadAnswer, KEYPAD_CANCELLABLE } from './keypad';
export type { MessageView } from './list';
export {
  ListMessagesQuery,
  listMessages,
  messageChannelValues,
  messageDirectionValues,
  messageStatusValues,
  PersonMessagesQuery,
  toMessageView,
} from './list';
export type { Notification, NotifyOutcome } from './notify';
export { notifyResident, notifyVolunteer } from './notify';
export type { MessageSender, OutboundMessage, SentMessage } from './ports';
export { PermanentSendError } from './ports';
export type { QueueMessageInput } from './queue-message';
export { queueMessage } from './queue-message';
export * from './record-status';
export type { RequeueOptions, RequeueResult } from './requeue-stalled';
export { requeueStalledMessages } from './requeue-stalled';
export type { SegmentCount, SmsEncoding } from './segments';
export { assertFitsSegments, countSegments, MAX_RESIDENT_SMS_SEGMENTS, SmsTooLongError } from './segments';
export type { QuietHours, SendDecision, SendPolicy } from './send-policy';
export { holdMessage, PER_NUMBER_RATE, parseQuietHours, quietHoursEnd, sendingDecision } from './send-policy';
export { frenchPhone, smsDay, smsDayTime, spokenPhone } from './sms-text';
export type { UndeliverableOutcome } from './undeliverable';
export { handleUndeliverable, handleUndeliverableById, LANDLINE_CODES } from './undeliverable';
