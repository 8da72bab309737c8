import type { TwilioSettings } from '@solimob/config';
import type { MessageSender } from '@solimob/domain';
import { createLocalOutboxSender } from './local-outbox';
import type { MessagingLogger } from './logger';
import { maskPhone } from './mask';
import { createTwilioSender } from './twilio-sender';

export interface MessagingConfig {
  /** Resolved by @solimob/config (all three keys or none): absent means the local outbox. */
  twilio?: TwilioSettings | undefined;
  /** Where Twilio posts delivery reports; without it no status callback is requested. */
  publicBaseUrl?: string | undefined;
  /** Absolute directory of the local outbox. */
  outboxDir: string;
}

/** Twilio when it is configured, the local outbox otherwise. */
export function createMessageSender(
  config: MessagingConfig,
  options: { logger?: MessagingLogger } = {},
): { sender: MessageSender; description: string } {
  const { twilio } = config;
  if (twilio) {
    const sender = createTwilioSender({
      ...twilio,
      ...(config.publicBaseUrl ? { statusCallbackBaseUrl: config.publicBaseUrl } : {}),
      ...(options.logger ? { logger: options.logger } : {}),
    });
    const target = twilio.apiBaseUrl ? ` via ${twilio.apiBaseUrl}` : '';
    return { sender, description: `Twilio${target}, sending from ${maskPhone(twilio.from)}` };
  }
  const sender = createLocalOutboxSender({
    dir: config.outboxDir,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  return {
    sender,
    description: `local outbox (Twilio not configured): SMS and calls are written to ${config.outboxDir}/outbox.log`,
  };
}
