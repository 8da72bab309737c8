import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutboundMessage } from '@solimob/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalOutboxSender, readOutbox } from '../src/index';

let root: string;
let dir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'solimob-outbox-'));
  // A folder that does not exist yet: the sender creates it.
  dir = join(root, 'nested', 'outbox');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const at = new Date('2026-11-30T08:12:00Z');
const message: OutboundMessage = {
  messageId: '7f0c2a4e-msg',
  channel: 'sms',
  to: '+33612345678',
  body: 'Votre navette passe lundi à 8h40.\nRépondez NON pour annuler.',
};

describe('createLocalOutboxSender', () => {
  it('writes one JSON line and one readable line, and reports a local provider id', async () => {
    const sender = createLocalOutboxSender({ dir, now: () => at });
    const result = await sender.send(message);

    expect(result).toEqual({
      provider: 'local-outbox',
      providerId: 'local-7f0c2a4e-msg',
      status: 'delivered',
    });
    expect(await readOutbox(dir)).toEqual([
      {
        messageId: message.messageId,
        channel: 'sms',
        to: message.to,
        body: message.body,
        at: at.toISOString(),
      },
    ]);
    const log = await readFile(join(dir, 'outbox.log'), 'utf-8');
    expect(log).toBe(
      '2026-11-30 09:12 SMS   → +33 6••••••78 : Votre navette passe lundi à 8h40. ⏎ Répondez NON pour annuler.\n',
    );
  });

  it('labels calls', async () => {
    const sender = createLocalOutboxSender({ dir, now: () => at });
    await sender.send({ messageId: 'v1', channel: 'voice', to: '+33297260123', body: 'Bonjour.' });
    expect(await readFile(join(dir, 'outbox.log'), 'utf-8')).toContain('APPEL → +33 2••••••23 : Bonjour.');
  });

  it('writes a message once however many times it is sent', async () => {
    const sender = createLocalOutboxSender({ dir });
    await sender.send(message);
    await sender.send({ ...message, messageId: 'other' });
    await sender.send(message);
    // A second sender instance (a restarted worker) sees the file too.
    await createLocalOutboxSender({ dir }).send(message);

    const entries = await readOutbox(dir);
    expect(entries.map((e) => e.messageId)).toEqual([message.messageId, 'other']);
    const log = await readFile(join(dir, 'outbox.log'), 'utf-8');
    expect(log.trim().split('\n')).toHaveLength(2);
  });

  it('findSent finds a written message by id only', async () => {
    const sender = createLocalOutboxSender({ dir });
    const since = new Date();
    await expect(sender.findSent(message, since)).resolves.toBeUndefined();
    await sender.send(message);
    await expect(createLocalOutboxSender({ dir }).findSent(message, since)).resolves.toEqual({
      provider: 'local-outbox',
      providerId: `local-${message.messageId}`,
      status: 'delivered',
    });
    await expect(sender.findSent({ ...message, messageId: 'never-sent' }, since)).resolves.toBeUndefined();
  });

  it('survives a line torn by a crash mid-write', async () => {
    const sender = createLocalOutboxSender({ dir });
    await sender.send({ ...message, messageId: 'first' });
    await appendFile(join(dir, 'outbox.jsonl'), '{"messageId":"torn","chan');

    await sender.send({ ...message, messageId: 'torn' });
    await sender.send({ ...message, messageId: 'torn' });
    expect((await readOutbox(dir)).map((e) => e.messageId)).toEqual(['first', 'torn']);
  });
});
