import { MESSAGE_STATUS_RANK, type ProviderReportedStatus } from '@solimob/domain';

/** Message statuses as stored (see the `message_status` enum in @solimob/db). */
export type ReportedStatus = ProviderReportedStatus;

export interface StatusReport {
  kind: 'sms' | 'voice';
  /** SM… or CA…: the providerId the sender returned. */
  providerId: string;
  /** Our message id, from the callback URL's `messageId` query parameter, when present. */
  messageId: string | undefined;
  status: ReportedStatus;
  /** Twilio's own word (queued, sent, delivered, no-answer…), for the audit trail. */
  providerStatus: string;
  /** Twilio error code (30003 unreachable, 30005 unknown number, 30006 landline, 30007 filtered…). */
  errorCode: string | undefined;
  /** No later callback will change it. */
  final: boolean;
}

/** The domain's ranking of delivery states (reports only move a message forward; rank 3 is final). */
export const STATUS_RANK = MESSAGE_STATUS_RANK;

const SMS: Record<string, ReportedStatus> = {
  accepted: 'sending',
  scheduled: 'sending',
  queued: 'sending',
  sending: 'sending',
  sent: 'sent',
  delivered: 'delivered',
  read: 'delivered',
  undelivered: 'undelivered',
  failed: 'failed',
  canceled: 'failed',
};

const VOICE: Record<string, ReportedStatus> = {
  queued: 'sending',
  initiated: 'sending',
  ringing: 'sending',
  'in-progress': 'sent',
  completed: 'delivered',
  // Nobody picked up: the text was not heard, but the number works; a later call may succeed.
  busy: 'undelivered',
  'no-answer': 'undelivered',
  failed: 'failed',
  canceled: 'failed',
};

export class StatusCallbackError extends Error {
  constructor(message: string) {
    super(`Invalid Twilio status callback: ${message}`);
    this.name = 'StatusCallbackError';
  }
}

/**
 * Reads a Twilio status callback (SMS: MessageSid/MessageStatus; calls: CallSid/CallStatus) posted to
 * `/webhooks/twilio/status?messageId=…`. Validate the signature first.
 */
export function parseStatusCallback(
  form: Record<string, unknown>,
  options: { messageId?: string | undefined } = {},
): StatusReport {
  const text = (key: string) => {
    const value = form[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const callSid = text('CallSid');
  const messageSid = text('MessageSid') ?? text('SmsSid');
  const kind = messageSid ? 'sms' : callSid ? 'voice' : undefined;
  if (!kind) throw new StatusCallbackError('neither MessageSid nor CallSid');
  const providerStatus =
    (kind === 'sms' ? (text('MessageStatus') ?? text('SmsStatus')) : text('CallStatus')) ?? '';
  const status = (kind === 'sms' ? SMS : VOICE)[providerStatus];
  if (!status) throw new StatusCallbackError(`unknown ${kind} status '${providerStatus}'`);
  return {
    kind,
    providerId: (kind === 'sms' ? messageSid : callSid)!,
    messageId: options.messageId || undefined,
    status,
    providerStatus,
    errorCode: text('ErrorCode'),
    final: STATUS_RANK[status] === 3,
  };
}
