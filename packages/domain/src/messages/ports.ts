/** What the domain needs from an SMS / voice provider. Adapters: Twilio, local outbox (demo, tests). */
export interface OutboundMessage {
  /** Our message id, for the provider's status callback and the local outbox file. */
  messageId: string;
  channel: 'sms' | 'voice';
  to: string;
  /** French text; for voice it is read out by text-to-speech. */
  body: string;
  /**
   * A call that ends with "tapez 1 pour confirmer, 2 pour annuler": the key pressed is posted to the
   * voice webhook with `messageId` (see asksKeypadAnswer).
   */
  keypad?: boolean;
}

export interface SentMessage {
  provider: string;
  providerId: string;
  status: 'sent' | 'delivered' | 'pending';
}

/** A provider refusal that retrying cannot fix (invalid number, landline for SMS, recipient opted out). */
export class PermanentSendError extends Error {
  constructor(
    readonly providerCode: string,
    message: string,
  ) {
    super(message);
    this.name = 'PermanentSendError';
  }
}

export interface MessageSender {
  readonly provider: string;
  send(message: OutboundMessage): Promise<SentMessage>;
  /**
   * Looks for a message already accepted by the provider for this message id / recipient / body since
   * `since`, so a retry after a crash between "provider accepted" and "we recorded it" does not send twice.
   */
  findSent(message: OutboundMessage, since: Date): Promise<SentMessage | undefined>;
}
