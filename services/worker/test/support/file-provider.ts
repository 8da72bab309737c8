import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import type { MessageSender, OutboundMessage, SentMessage } from '@solimob/domain';
import { PermanentSendError } from '@solimob/domain';

/**
 * A fake SMS provider whose "accepted messages" live in a JSON-lines file, so a message accepted by
 * one process (then killed) is visible to the next one, as it would be at Twilio.
 */
export interface AcceptedMessage {
  messageId: string;
  to: string;
  body: string;
  providerId: string;
  at: string;
}

export type SendBehaviour = 'ok' | 'transient' | 'permanent';

export interface FileProviderOptions {
  /** One behaviour per `send` call, in order; later calls accept normally. */
  script?: SendBehaviour[];
  /** Runs before accepting (e.g. a slow provider). */
  beforeAccept?: (message: OutboundMessage) => Promise<void> | void;
  /** Runs after accepting, before answering (e.g. the process dies here). */
  afterAccept?: (message: OutboundMessage) => Promise<void> | void;
}

export function readAccepted(file: string): AcceptedMessage[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as AcceptedMessage);
}

export function createFileProvider(file: string, options: FileProviderOptions = {}): MessageSender {
  const script = [...(options.script ?? [])];
  return {
    provider: 'file-fake',
    async send(message) {
      const behaviour = script.shift() ?? 'ok';
      if (behaviour === 'transient') throw new Error('provider unavailable (503)');
      if (behaviour === 'permanent') {
        throw new PermanentSendError('21211', `The 'To' number ${message.to} is not a valid phone number.`);
      }
      await options.beforeAccept?.(message);
      const entry: AcceptedMessage = {
        messageId: message.messageId,
        to: message.to,
        body: message.body,
        providerId: `SM${randomUUID().replaceAll('-', '')}`,
        at: new Date().toISOString(),
      };
      appendFileSync(file, `${JSON.stringify(entry)}\n`);
      await options.afterAccept?.(message);
      return { provider: 'file-fake', providerId: entry.providerId, status: 'pending' };
    },
    async findSent(message, since): Promise<SentMessage | undefined> {
      const hit = readAccepted(file).find(
        (entry) => entry.messageId === message.messageId && new Date(entry.at) >= since,
      );
      return hit && { provider: 'file-fake', providerId: hit.providerId, status: 'sent' };
    },
  };
}
