import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MessageSender, OutboundMessage, SentMessage } from '@solimob/domain';
import { type MessagingLogger, silentLogger } from './logger';
import { maskPhone, maskPhoneForDisplay } from './mask';

export interface LocalOutboxConfig {
  /** Created if missing. Holds `outbox.jsonl` (one JSON object per message) and `outbox.log` (for people). */
  dir: string;
  now?: () => Date;
  logger?: MessagingLogger;
}

export interface OutboxEntry {
  messageId: string;
  channel: OutboundMessage['channel'];
  to: string;
  body: string;
  at: string;
  /** A call that ends with "tapez 1 pour confirmer, 2 pour annuler" (see OutboundMessage.keypad). */
  keypad?: boolean;
}

export const LOCAL_OUTBOX_PROVIDER = 'local-outbox';
export const OUTBOX_JSONL = 'outbox.jsonl';
export const OUTBOX_LOG = 'outbox.log';

const timeFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * The sender used when Twilio is not configured (demo, development): every SMS or call becomes a line
 * in a file the operator can read. The outbox is the final destination, so messages are reported
 * delivered.
 *
 * Idempotent per messageId within a process (sends are serialised and the file is checked first).
 * Two processes writing the same outbox could both append a message sent to both at once; only the
 * worker sends, so that is accepted.
 */
export function createLocalOutboxSender(config: LocalOutboxConfig): MessageSender & { readonly dir: string } {
  const now = config.now ?? (() => new Date());
  const logger = config.logger ?? silentLogger;
  const jsonlPath = join(config.dir, OUTBOX_JSONL);
  const logPath = join(config.dir, OUTBOX_LOG);
  let queue: Promise<unknown> = Promise.resolve();

  const sentResult = (messageId: string): SentMessage => ({
    provider: LOCAL_OUTBOX_PROVIDER,
    providerId: `local-${messageId}`,
    status: 'delivered',
  });

  async function alreadyWritten(messageId: string): Promise<boolean> {
    const { entries } = await loadOutbox(config.dir);
    return entries.some((entry) => entry.messageId === messageId);
  }

  async function write(message: OutboundMessage): Promise<SentMessage> {
    await mkdir(config.dir, { recursive: true });
    const { entries, torn } = await loadOutbox(config.dir);
    if (entries.some((entry) => entry.messageId === message.messageId)) return sentResult(message.messageId);
    const at = now();
    const entry: OutboxEntry = {
      messageId: message.messageId,
      channel: message.channel,
      to: message.to,
      body: message.body,
      at: at.toISOString(),
      ...(message.keypad ? { keypad: true } : {}),
    };
    // After a torn last line, start a fresh one so this entry stays parseable.
    await appendFile(jsonlPath, `${torn ? '\n' : ''}${JSON.stringify(entry)}\n`, 'utf-8');
    const label = message.channel === 'sms' ? 'SMS  ' : 'APPEL';
    const question = message.keypad ? ' [tapez 1 pour confirmer, 2 pour annuler]' : '';
    const oneLine = `${message.body.replace(/\s*\n\s*/g, ' ⏎ ')}${question}`;
    await appendFile(
      logPath,
      `${timeFormat.format(at)} ${label} → ${maskPhoneForDisplay(message.to)} : ${oneLine}\n`,
      'utf-8',
    );
    logger.info(
      { messageId: message.messageId, channel: message.channel, to: maskPhone(message.to), outbox: logPath },
      'Message written to the local outbox',
    );
    return sentResult(message.messageId);
  }

  return {
    provider: LOCAL_OUTBOX_PROVIDER,
    dir: config.dir,
    send(message) {
      const result = queue.then(() => write(message));
      queue = result.catch(() => undefined);
      return result;
    },
    async findSent(message) {
      return (await alreadyWritten(message.messageId)) ? sentResult(message.messageId) : undefined;
    },
  };
}

/** Reads the outbox back (tests, a demo page). A torn last line from a crash mid-append is skipped. */
export async function readOutbox(dir: string): Promise<OutboxEntry[]> {
  return (await loadOutbox(dir)).entries;
}

async function loadOutbox(dir: string): Promise<{ entries: OutboxEntry[]; torn: boolean }> {
  let text: string;
  try {
    text = await readFile(join(dir, OUTBOX_JSONL), 'utf-8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], torn: false };
    throw error;
  }
  const entries: OutboxEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      entries.push(JSON.parse(line) as OutboxEntry);
    } catch {
      // A partial line left by a crash: the message was not recorded, a retry will write it again.
    }
  }
  return { entries, torn: text.length > 0 && !text.endsWith('\n') };
}
