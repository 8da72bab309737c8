export { classifyTwilioError, TransientSendError, TWILIO_PERMANENT_CODES } from './errors';
export type { MessagingConfig } from './factory';
export { createMessageSender } from './factory';
export type { InboundSms, SignatureCheck, SignatureVerdict } from './inbound';
export {
  InboundSmsError,
  parseInboundSms,
  publicUrl,
  smsReply,
  twilioSignature,
  validateTwilioSignature,
} from './inbound';
export type { LocalOutboxConfig, OutboxEntry } from './local-outbox';
export { createLocalOutboxSender, LOCAL_OUTBOX_PROVIDER, readOutbox } from './local-outbox';
export type { MessagingLogger } from './logger';
export { maskPhonesInText } from './mask';
export type { ReportedStatus, StatusReport } from './status-callback';
export { parseStatusCallback, STATUS_RANK, StatusCallbackError } from './status-callback';
export type { TwilioSenderConfig } from './twilio-sender';
export {
  createTwilioSender,
  keypadAnswerUrl,
  SMS_WEBHOOK_PATH,
  STATUS_CALLBACK_PATH,
  statusCallbackUrl,
  TWILIO_PROVIDER,
  toSentStatus,
  VOICE_WEBHOOK_PATH,
} from './twilio-sender';
export type { KeypadCall, VoiceUrlBuilder } from './voice';
export { buildVoiceTwiml, MAX_TWIML_LENGTH, renderVoiceAnswer } from './voice';
