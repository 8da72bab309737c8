import { randomBytes } from 'node:crypto';
import { schema } from '@solimob/db';
import { createTestDatabase, type TestDatabase } from '@solimob/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../context';
import { ServiceError } from '../errors';
import { recordMessageStatus } from './record-status';

let t: TestDatabase;
let territoryA: string;
let territoryB: string;
const base = new Date('2026-11-30T08:00:00Z');
let minutes = 0;
/** Every call is a minute later, so an unwanted write shows in `updatedAt`. */
const clock: Clock = { now: () => new Date(base.getTime() + ++minutes * 60_000) };
const deps = () => ({ db: t.db, clock });
const sid = () => `SM${randomBytes(16).toString('hex')}`;

beforeAll(async () => {
  t = await createTestDatabase();
  const territories = await t.db
    .insert(schema.territories)
    .values([
      { slug: 'status-a', name: 'A', mileageRateEurPerKm: 0.321 },
      { slug: 'status-b', name: 'B', mileageRateEurPerKm: 0.321 },
    ])
    .returning();
  territoryA = territories[0]!.id;
  territoryB = territories[1]!.id;
});
afterAll(async () => {
  await t?.drop();
});

type Row = typeof schema.messages.$inferSelect;

async function message(values: Partial<typeof schema.messages.$inferInsert> = {}): Promise<Row> {
  const [row] = await t.db
    .insert(schema.messages)
    .values({
      territoryId: territoryA,
      direction: 'outbound',
      channel: 'sms',
      counterpartPhone: '+33639981234',
      body: 'Votre trajet est confirmé',
      status: 'sending',
      attempts: 1,
      createdAt: base,
      updatedAt: base,
      ...values,
    })
    .returning();
  return row!;
}

const reload = async (id: string) =>
  (await t.db.select().from(schema.messages).where(eq(schema.messages.id, id)))[0]!;

describe('recordMessageStatus', () => {
  it('finds the message by our id and records the SID when the callback beats the worker', async () => {
    const row = await message();
    const providerId = sid();
    expect(
      await recordMessageStatus(deps(), {
        messageId: row.id,
        provider: 'twilio',
        providerId,
        status: 'sent',
      }),
    ).toBe('recorded');
    const after = await reload(row.id);
    expect(after).toMatchObject({ status: 'sent', provider: 'twilio', providerId, errorCode: null });
    expect(after.sentAt).not.toBeNull();
    expect(after.updatedAt.getTime()).toBeGreaterThan(base.getTime());
    expect(after.territoryId).toBe(territoryA);
  });

  it('finds the message by provider id when the callback carries no (or a malformed) message id', async () => {
    const providerId = sid();
    const row = await message({ status: 'sent', provider: 'twilio', providerId, sentAt: base });
    expect(await recordMessageStatus(deps(), { provider: 'twilio', providerId, status: 'delivered' })).toBe(
      'recorded',
    );
    expect((await reload(row.id)).status).toBe('delivered');

    const other = await message({ status: 'sent', provider: 'twilio', providerId: sid(), sentAt: base });
    expect(
      await recordMessageStatus(deps(), {
        messageId: 'not-a-uuid',
        provider: 'twilio',
        providerId: other.providerId!,
        status: 'failed',
        errorCode: '30008',
      }),
    ).toBe('recorded');
    expect(await reload(other.id)).toMatchObject({ status: 'failed', errorCode: '30008', sentAt: base });
  });

  it('never moves a status backwards: a late sent after delivered changes nothing', async () => {
    const providerId = sid();
    const row = await message({ provider: 'twilio', providerId });
    const report = { messageId: row.id, provider: 'twilio', providerId };
    expect(await recordMessageStatus(deps(), { ...report, status: 'delivered' })).toBe('recorded');
    const delivered = await reload(row.id);
    expect(await recordMessageStatus(deps(), { ...report, status: 'sent' })).toBe('unchanged');
    expect(await recordMessageStatus(deps(), { ...report, status: 'sending' })).toBe('unchanged');
    expect(await reload(row.id)).toEqual(delivered);
  });

  it('treats failed and undelivered as final', async () => {
    const providerId = sid();
    const row = await message({ provider: 'twilio', providerId });
    const report = { messageId: row.id, provider: 'twilio', providerId };
    expect(await recordMessageStatus(deps(), { ...report, status: 'undelivered', errorCode: '30003' })).toBe(
      'recorded',
    );
    const undelivered = await reload(row.id);
    expect(undelivered).toMatchObject({ status: 'undelivered', errorCode: '30003' });
    expect(await recordMessageStatus(deps(), { ...report, status: 'delivered' })).toBe('unchanged');
    expect(await recordMessageStatus(deps(), { ...report, status: 'failed', errorCode: '30005' })).toBe(
      'unchanged',
    );
    expect(await reload(row.id)).toEqual(undelivered);
  });

  it('is idempotent: the same report twice writes nothing the second time', async () => {
    const row = await message();
    const report = {
      messageId: row.id,
      provider: 'twilio',
      providerId: sid(),
      status: 'failed' as const,
      errorCode: '30003',
    };
    expect(await recordMessageStatus(deps(), report)).toBe('recorded');
    const first = await reload(row.id);
    expect(first).toMatchObject({ status: 'failed', errorCode: '30003', sentAt: null });
    expect(await recordMessageStatus(deps(), report)).toBe('unchanged');
    expect(await reload(row.id)).toEqual(first);
  });

  it('fills in an error code a first report of the same status lacked, without erasing one', async () => {
    const providerId = sid();
    const row = await message({ provider: 'twilio', providerId });
    const report = { messageId: row.id, provider: 'twilio', providerId, status: 'undelivered' as const };
    expect(await recordMessageStatus(deps(), report)).toBe('recorded');
    expect(await recordMessageStatus(deps(), { ...report, errorCode: '30003' })).toBe('recorded');
    expect(await recordMessageStatus(deps(), report)).toBe('unchanged');
    expect((await reload(row.id)).errorCode).toBe('30003');
  });

  it('ignores reports for unknown messages and for inbound ones', async () => {
    const inbound = await message({ direction: 'inbound', status: 'received' });
    const before = await t.db.select().from(schema.messages);
    expect(
      await recordMessageStatus(deps(), { provider: 'twilio', providerId: sid(), status: 'delivered' }),
    ).toBe('unknown');
    expect(
      await recordMessageStatus(deps(), {
        messageId: '00000000-0000-4000-8000-000000000000',
        provider: 'twilio',
        providerId: sid(),
        status: 'delivered',
      }),
    ).toBe('unknown');
    expect(
      await recordMessageStatus(deps(), {
        messageId: inbound.id,
        provider: 'twilio',
        providerId: sid(),
        status: 'delivered',
      }),
    ).toBe('unknown');
    expect(await t.db.select().from(schema.messages)).toEqual(before);
  });

  it('does not let a second send of the same message (or another territory’s SID) overwrite the recorded one', async () => {
    const recorded = sid();
    const row = await message({ status: 'sent', provider: 'twilio', providerId: recorded });
    expect(
      await recordMessageStatus(deps(), {
        messageId: row.id,
        provider: 'twilio',
        providerId: sid(),
        status: 'failed',
      }),
    ).toBe('other-send');
    expect(await reload(row.id)).toEqual(row);

    // A message id from one territory with a SID already held by another territory's message.
    const held = sid();
    const elsewhere = await message({
      territoryId: territoryB,
      status: 'sent',
      provider: 'twilio',
      providerId: held,
    });
    const fresh = await message();
    expect(
      await recordMessageStatus(deps(), {
        messageId: fresh.id,
        provider: 'twilio',
        providerId: held,
        status: 'delivered',
      }),
    ).toBe('other-send');
    expect(await reload(fresh.id)).toEqual(fresh);
    expect(await reload(elsewhere.id)).toEqual(elsewhere);
  });

  it('lets the provider overrule our own give-up, but not its own failure', async () => {
    const gaveUp = await message({ status: 'failed', errorCode: 'gave_up', attempts: 20 });
    const providerId = sid();
    expect(
      await recordMessageStatus(deps(), {
        messageId: gaveUp.id,
        provider: 'twilio',
        providerId,
        status: 'delivered',
      }),
    ).toBe('recorded');
    expect(await reload(gaveUp.id)).toMatchObject({ status: 'delivered', errorCode: null, providerId });

    const stillGaveUp = await message({ status: 'failed', errorCode: 'gave_up', attempts: 20 });
    expect(
      await recordMessageStatus(deps(), {
        messageId: stillGaveUp.id,
        provider: 'twilio',
        providerId: sid(),
        status: 'sending',
      }),
    ).toBe('recorded');
    // The SID is worth keeping, but 'sending' would put the message back into the stalled sweep.
    expect(await reload(stillGaveUp.id)).toMatchObject({ status: 'failed', errorCode: 'gave_up' });
  });

  it('serialises concurrent reports so the furthest status wins', async () => {
    for (let i = 0; i < 5; i++) {
      const providerId = sid();
      const row = await message({ provider: 'twilio', providerId });
      const report = { messageId: row.id, provider: 'twilio', providerId };
      await Promise.all([
        recordMessageStatus(deps(), { ...report, status: 'sent' }),
        recordMessageStatus(deps(), { ...report, status: 'delivered' }),
        recordMessageStatus(deps(), { ...report, status: 'sending' }),
      ]);
      expect((await reload(row.id)).status).toBe('delivered');
    }
  });

  it('refuses a malformed report', async () => {
    await expect(
      recordMessageStatus(deps(), {
        provider: 'twilio',
        providerId: '',
        status: 'received' as unknown as 'sent',
      }),
    ).rejects.toBeInstanceOf(ServiceError);
  });
});
