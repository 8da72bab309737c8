export type {
  FakeCall,
  FakeCallSession,
  FakeMessage,
  FakeTwilio,
  FakeTwilioOptions,
  RecordedRequest,
  WebhookResult,
} from './twilio-server';
export { countSegments, rfc2822, signTwilioRequest, startFakeTwilio } from './twilio-server';
export type { ReadTwiml } from './twiml';
export { readTwiml } from './twiml';
