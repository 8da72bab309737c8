import type { MessageSender } from '@solimob/domain';
import { createLocalOutboxSender } from './local-outbox';
import type { MessagingLogger } from './logger';
import { maskPhone } from './mask';
import { createTwilioSender } from './twilio-sender';

/** The keys of the service config schema this package reads (names as in `.env.example`). */
export interface MessagingConfig {
  TWILIO_ACCOUNT_SID?: string | undefined;
  TWILIO_AUTH_TOKEN?: string | undefined;
  TWILIO_FROM?: string | undefined;
  TWILIO_API_BASE_URL?: string | undefined;
  /** Where Twilio posts delivery reports; without it no status callback is requested. */
  PUBLIC_BASE_URL?: string | undefined;
  MESSAGE_OUTBOX_DIR: string;
}

export class MessagingConfigError extends Error {
  constructor(readonly missing: string[]) {
    super(
      `Twilio is partly configured: set ${missing.join(', ')} too, or unset all Twilio keys to use the local outbox`,
    );
    this.name = 'MessagingConfigError';
  }
}

const TWILIO_KEYS = ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM'] as const;

/**
 * Twilio when its three keys are set, the local outbox when none is. A partial Twilio setup is an
 * error rather than a silent fallback: in production that fallback would write residents' messages to
 * a file nobody reads.
 */
export function createMessageSender(
  config: MessagingConfig,
  options: { logger?: MessagingLogger } = {},
): { sender: MessageSender; description: string } {
  const present = TWILIO_KEYS.filter((key) => config[key]);
  if (present.length > 0 && present.length < TWILIO_KEYS.length) {
    throw new MessagingConfigError(TWILIO_KEYS.filter((key) => !config[key]));
  }
  if (present.length === TWILIO_KEYS.length) {
    const from = config.TWILIO_FROM!;
    const sender = createTwilioSender({
      accountSid: config.TWILIO_ACCOUNT_SID!,
      authToken: config.TWILIO_AUTH_TOKEN!,
      from,
      ...(config.TWILIO_API_BASE_URL ? { apiBaseUrl: config.TWILIO_API_BASE_URL } : {}),
      ...(config.PUBLIC_BASE_URL ? { statusCallbackBaseUrl: config.PUBLIC_BASE_URL } : {}),
      ...(options.logger ? { logger: options.logger } : {}),
    });
    const target = config.TWILIO_API_BASE_URL ? ` via ${config.TWILIO_API_BASE_URL}` : '';
    return { sender, description: `Twilio${target}, sending from ${maskPhone(from)}` };
  }
  const sender = createLocalOutboxSender({
    dir: config.MESSAGE_OUTBOX_DIR,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  return {
    sender,
    description: `local outbox (Twilio not configured): SMS and calls are written to ${config.MESSAGE_OUTBOX_DIR}/outbox.log`,
  };
}
