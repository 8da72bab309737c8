import { schema } from '@solimob/db';
import { createTestDatabase, insertTestTerritory, type TestDatabase } from '@solimob/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../context';
import { requeueStalledMessages } from './requeue-stalled';

let t: TestDatabase;
let territoryId: string;
const base = new Date('2026-11-30T08:00:00Z');
const at = (minutes: number): Clock => ({ now: () => new Date(base.getTime() + minutes * 60_000) });

beforeAll(async () => {
  t = await createTestDatabase();
  territoryId = (await insertTestTerritory(t.db)).id;
});
afterAll(async () => {
  await t?.drop();
});

async function message(status: 'pending' | 'sending' | 'sent', attempts: number, key: string) {
  const [row] = await t.db
    .insert(schema.messages)
    .values({
      territoryId,
      direction: 'outbound',
      channel: 'sms',
      counterpartPhone: '+33639981234',
      body: 'Bonjour',
      status,
      attempts,
      idempotencyKey: key,
      createdAt: base,
      updatedAt: base,
    })
    .returning();
  return row!;
}

const sendJobsFor = async (messageId: string) =>
  (await t.db.select().from(schema.outbox).where(eq(schema.outbox.jobName, 'send-message'))).filter(
    (row) => row.payload.messageId === messageId,
  );

describe('requeueStalledMessages', () => {
  it('writes a fresh send job for stalled messages, leaves recent and settled ones alone, gives up after the cap', async () => {
    const stalledPending = await message('pending', 8, 'a');
    const stalledSending = await message('sending', 3, 'b');
    const settled = await message('sent', 1, 'c');
    const exhausted = await message('sending', 20, 'd');

    expect(
      await requeueStalledMessages(
        { db: t.db, clock: at(10) },
        { stalledAfterMs: 30 * 60_000, maxAttempts: 20 },
      ),
    ).toEqual({
      requeued: 0,
      gaveUp: 0,
    });

    const result = await requeueStalledMessages(
      { db: t.db, clock: at(45) },
      { stalledAfterMs: 30 * 60_000, maxAttempts: 20 },
    );
    expect(result).toEqual({ requeued: 2, gaveUp: 1 });
    expect(await sendJobsFor(stalledPending.id)).toHaveLength(1);
    expect(await sendJobsFor(stalledSending.id)).toHaveLength(1);
    expect(await sendJobsFor(settled.id)).toHaveLength(0);
    const [gaveUp] = await t.db.select().from(schema.messages).where(eq(schema.messages.id, exhausted.id));
    expect(gaveUp).toMatchObject({ status: 'failed', errorCode: 'gave_up' });

    // Touched rows are not swept again until they stall again.
    expect(
      await requeueStalledMessages(
        { db: t.db, clock: at(50) },
        { stalledAfterMs: 30 * 60_000, maxAttempts: 20 },
      ),
    ).toEqual({
      requeued: 0,
      gaveUp: 0,
    });
  });
});
