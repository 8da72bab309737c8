import { randomUUID } from 'node:crypto';
import { schema } from '@solimob/db';
import { createTestDatabase, insertTestTerritory, type TestDatabase } from '@solimob/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceContext, systemClock } from '../context';
import { ServiceError } from '../errors';
import { deliverMessage } from './deliver-message';
import { type MessageSender, type OutboundMessage, PermanentSendError, type SentMessage } from './ports';
import { queueMessage } from './queue-message';

/**
 * An in-memory provider: `accepted` is what the provider has taken (what recipients receive). Each
 * behaviour in `script` applies to one `send` call, then sends behave normally.
 */
type SendBehaviour = 'ok' | 'accept-then-throw' | 'transient' | 'permanent';
class RecordingSender implements MessageSender {
  readonly provider = 'memory';
  readonly accepted: { message: OutboundMessage; providerId: string; at: Date }[] = [];
  sendCalls = 0;
  findSentCalls = 0;
  constructor(private readonly script: SendBehaviour[] = []) {}
  get firstProviderId() {
    return this.accepted[0]?.providerId;
  }

  async send(message: OutboundMessage): Promise<SentMessage> {
    this.sendCalls += 1;
    const behaviour = this.script.shift() ?? 'ok';
    if (behaviour === 'transient') throw new Error('connection reset');
    if (behaviour === 'permanent') throw new PermanentSendError('21211', 'invalid number');
    const providerId = `SM${randomUUID().replaceAll('-', '')}`;
    this.accepted.push({ message, providerId, at: new Date() });
    // The provider accepted it, but the answer is lost (timeout, crash before recording).
    if (behaviour === 'accept-then-throw') throw new Error('socket hang up');
    return { provider: this.provider, providerId, status: 'pending' };
  }

  async findSent(message: OutboundMessage, since: Date): Promise<SentMessage | undefined> {
    this.findSentCalls += 1;
    const hit = this.accepted.find((a) => a.message.messageId === message.messageId && a.at >= since);
    return hit && { provider: this.provider, providerId: hit.providerId, status: 'sent' };
  }
}

let t: TestDatabase;
let ctx: ServiceContext;
let keySeq = 0;
beforeAll(async () => {
  t = await createTestDatabase();
  const territory = await insertTestTerritory(t.db);
  ctx = { db: t.db, clock: systemClock, actor: { kind: 'system', territoryId: territory.id } };
});
afterAll(async () => {
  await t?.drop();
});

async function newMessage() {
  keySeq += 1;
  const { id } = await queueMessage(ctx, {
    channel: 'sms',
    to: '+33612345678',
    body: 'Votre trajet est confirmé.',
    idempotencyKey: `deliver-${keySeq}`,
  });
  return id;
}
async function load(id: string) {
  const [row] = await t.db.select().from(schema.messages).where(eq(schema.messages.id, id));
  return row!;
}

describe('deliverMessage', () => {
  it('sends a pending message and records the provider id', async () => {
    const id = await newMessage();
    const sender = new RecordingSender();
    expect(await deliverMessage(ctx, sender, id)).toBe('sent');
    const row = await load(id);
    expect(row).toMatchObject({
      status: 'sent',
      provider: 'memory',
      providerId: sender.firstProviderId,
      attempts: 1,
    });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(sender.accepted.map((a) => a.message)).toEqual([
      { messageId: id, channel: 'sms', to: '+33612345678', body: 'Votre trajet est confirmé.' },
    ]);
  });

  it('does nothing for a duplicate job', async () => {
    const id = await newMessage();
    const sender = new RecordingSender();
    await deliverMessage(ctx, sender, id);
    expect(await deliverMessage(ctx, sender, id)).toBe('already-done');
    expect(sender.sendCalls).toBe(1);
    expect((await load(id)).attempts).toBe(1);
  });

  it('sends once when two jobs for the same message run at the same time', async () => {
    const id = await newMessage();
    const sender = new RecordingSender();
    const outcomes = await Promise.all([deliverMessage(ctx, sender, id), deliverMessage(ctx, sender, id)]);
    expect(outcomes.sort()).toEqual(['already-done', 'sent']);
    expect(sender.accepted).toHaveLength(1);
  });

  it('after a crash between "provider accepted" and "recorded", finds the message instead of resending', async () => {
    const id = await newMessage();
    const sender = new RecordingSender(['accept-then-throw']);
    await expect(deliverMessage(ctx, sender, id)).rejects.toThrow('socket hang up');
    expect((await load(id)).status).toBe('sending');

    expect(await deliverMessage(ctx, sender, id)).toBe('reconciled');
    expect(sender.sendCalls).toBe(1);
    expect(sender.accepted).toHaveLength(1);
    expect(await load(id)).toMatchObject({ status: 'sent', providerId: sender.firstProviderId, attempts: 1 });
  });

  it('marks a permanent refusal failed and does not send on a later job', async () => {
    const id = await newMessage();
    const sender = new RecordingSender(['permanent']);
    await expect(deliverMessage(ctx, sender, id)).rejects.toBeInstanceOf(PermanentSendError);
    expect(await load(id)).toMatchObject({ status: 'failed', errorCode: '21211', providerId: null });

    expect(await deliverMessage(ctx, sender, id)).toBe('already-done');
    expect(sender.sendCalls).toBe(1);
    expect(sender.accepted).toHaveLength(0);
  });

  it('after a transient error, checks the provider then sends exactly once', async () => {
    const id = await newMessage();
    const sender = new RecordingSender(['transient']);
    await expect(deliverMessage(ctx, sender, id)).rejects.toThrow('connection reset');
    expect((await load(id)).status).toBe('sending');

    expect(await deliverMessage(ctx, sender, id)).toBe('sent');
    expect(sender.findSentCalls).toBe(1);
    expect(sender.accepted).toHaveLength(1);
    expect(await load(id)).toMatchObject({ status: 'sent', providerId: sender.firstProviderId, attempts: 2 });
  });

  it('keeps a status that a delivery callback recorded first', async () => {
    const id = await newMessage();
    const sender = new RecordingSender();
    const slow: MessageSender = {
      provider: sender.provider,
      findSent: (message, since) => sender.findSent(message, since),
      async send(message) {
        const sent = await sender.send(message);
        await t.db.update(schema.messages).set({ status: 'delivered' }).where(eq(schema.messages.id, id));
        return sent;
      },
    };
    await deliverMessage(ctx, slow, id);
    expect(await load(id)).toMatchObject({ status: 'delivered', providerId: sender.firstProviderId });
  });

  it('reports an unknown message as not found', async () => {
    const sender = new RecordingSender();
    const error = await deliverMessage(ctx, sender, '00000000-0000-4000-8000-000000000000').catch((e) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe('not_found');
    expect(sender.sendCalls).toBe(0);
  });
});
