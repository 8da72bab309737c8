export type {
  FakeCall,
  FakeMessage,
  FakeTwilio,
  FakeTwilioOptions,
  RecordedRequest,
  WebhookResult,
} from './twilio-server';
export { countSegments, rfc2822, signTwilioRequest, startFakeTwilio } from './twilio-server';
