import { schema } from '@solimob/db';
import { createTestDatabase, insertTestTerritory, type TestDatabase } from '@solimob/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceContext, systemClock } from '../context';
import { queueMessage } from './queue-message';

let t: TestDatabase;
let ctx: ServiceContext;
beforeAll(async () => {
  t = await createTestDatabase();
  const territory = await insertTestTerritory(t.db);
  ctx = { db: t.db, clock: systemClock, actor: { kind: 'system', territoryId: territory.id } };
});
afterAll(async () => {
  await t?.drop();
});

describe('queueMessage', () => {
  it('writes the message and its send job in the outbox, once per idempotency key', async () => {
    const input = { channel: 'sms' as const, to: '+33612345678', body: 'Bonjour', idempotencyKey: 'k-1' };
    const first = await queueMessage(ctx, input);
    const second = await queueMessage(ctx, input);
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });

    const rows = await t.db.select().from(schema.outbox).where(eq(schema.outbox.jobName, 'send-message'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.payload).toEqual({ messageId: first.id });
    const [message] = await t.db.select().from(schema.messages).where(eq(schema.messages.id, first.id));
    expect(message!.status).toBe('pending');
  });

  it('rolls back the message when the surrounding transaction fails', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await queueMessage(
          { ...ctx, db: tx },
          { channel: 'sms', to: '+33612345678', body: 'x', idempotencyKey: 'k-2' },
        );
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const rows = await t.db.select().from(schema.messages).where(eq(schema.messages.idempotencyKey, 'k-2'));
    expect(rows).toHaveLength(0);
  });
});
