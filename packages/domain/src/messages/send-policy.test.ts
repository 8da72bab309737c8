import { schema } from '@solimob/db';
import { createTestDatabase, insertTestTerritory, type TestDatabase } from '@solimob/db/testing';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock, ServiceContext } from '../context';
import { optOutPhone } from '../opt-outs/opt-out';
import { deliverMessage } from './deliver-message';
import type { MessageSender } from './ports';
import { queueMessage } from './queue-message';
import { recordMessageStatus } from './record-status';
import { requeueStalledMessages } from './requeue-stalled';
import { holdMessage, parseQuietHours, quietHoursEnd, type SendPolicy, sendingDecision } from './send-policy';

const ZONE = 'Europe/Paris';
const QUIET = parseQuietHours('21:00-08:00')!;

describe('quiet hours', () => {
  it('parses the setting; empty means none', () => {
    expect(QUIET).toEqual({ start: '21:00', end: '08:00' });
    expect(parseQuietHours('')).toBeNull();
    expect(() => parseQuietHours('9pm')).toThrow(RangeError);
  });

  it('ends at the next local 08:00, across midnight and DST', () => {
    // 22:30 in Paris (winter, UTC+1) → 08:00 next morning.
    expect(quietHoursEnd(new Date('2026-12-02T21:30:00Z'), QUIET, ZONE)).toEqual(
      new Date('2026-12-03T07:00:00Z'),
    );
    // 06:15 in Paris → 08:00 the same morning.
    expect(quietHoursEnd(new Date('2026-12-03T05:15:00Z'), QUIET, ZONE)).toEqual(
      new Date('2026-12-03T07:00:00Z'),
    );
    // 12:00: not quiet.
    expect(quietHoursEnd(new Date('2026-12-03T11:00:00Z'), QUIET, ZONE)).toBeUndefined();
    // The night clocks go forward (29 March 2026): 08:00 is then UTC+2.
    expect(quietHoursEnd(new Date('2026-03-28T22:00:00Z'), QUIET, ZONE)).toEqual(
      new Date('2026-03-29T06:00:00Z'),
    );
    // A window inside one day.
    expect(quietHoursEnd(new Date('2026-12-03T12:30:00Z'), { start: '13:00', end: '14:00' }, ZONE)).toEqual(
      new Date('2026-12-03T13:00:00Z'),
    );
  });
});

let t: TestDatabase;
let territoryId: string;
let now = new Date('2026-12-02T21:30:00Z');
const clock: Clock = { now: () => new Date(now) };
const ctx = (): ServiceContext => ({ db: t.db, clock, actor: { kind: 'system', territoryId } });
const policy: SendPolicy = { quietHours: QUIET, perNumber: { limit: 2, windowMs: 10 * 60_000 } };
let seq = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  territoryId = (await insertTestTerritory(t.db, { timezone: ZONE })).id;
});
afterAll(async () => {
  await t?.drop();
});

const queue = async (to: string, options: { urgent?: boolean; template?: string } = {}) =>
  (
    await queueMessage(ctx(), {
      channel: 'sms',
      to,
      body: 'Votre trajet est confirmé.',
      idempotencyKey: `policy-${++seq}`,
      ...options,
    })
  ).id;

const load = async (id: string) =>
  (await t.db.select().from(schema.messages).where(eq(schema.messages.id, id)))[0]!;

const sender: MessageSender & { sent: string[] } = {
  provider: 'memory',
  sent: [],
  async send(message) {
    this.sent.push(message.messageId);
    return { provider: 'memory', providerId: `SM${message.messageId.replaceAll('-', '')}`, status: 'sent' };
  },
  async findSent() {
    return undefined;
  },
};

describe('sendingDecision and holdMessage', () => {
  it('holds a non-urgent message until the window opens, with its send job waiting in the outbox', async () => {
    now = new Date('2026-12-02T21:30:00Z');
    const id = await queue('+33639985001');
    const decision = await sendingDecision({ db: t.db, clock }, id, policy);
    expect(decision).toEqual({ send: false, until: new Date('2026-12-03T07:00:00Z'), reason: 'quiet_hours' });
    if (decision.send) throw new Error('unreachable');
    await holdMessage({ db: t.db, clock }, id, decision.until);
    expect(await load(id)).toMatchObject({ status: 'pending', heldUntil: decision.until });
    const jobs = await t.db
      .select()
      .from(schema.outbox)
      .where(and(eq(schema.outbox.jobName, 'send-message'), isNull(schema.outbox.publishedAt)));
    expect(jobs.filter((job) => job.payload.messageId === id).map((job) => job.availableAt)).toContainEqual(
      decision.until,
    );
    // The stalled-message sweep leaves a held message alone, even hours later.
    now = new Date('2026-12-03T06:59:00Z');
    const swept = await requeueStalledMessages(
      { db: t.db, clock },
      { stalledAfterMs: 30 * 60_000, maxAttempts: 20 },
    );
    expect(swept.requeued).toBe(0);
    // When the window opens, it goes.
    now = new Date('2026-12-03T07:00:00Z');
    expect(await sendingDecision({ db: t.db, clock }, id, policy)).toEqual({ send: true });
  });

  it('lets urgent messages through at night', async () => {
    now = new Date('2026-12-02T22:00:00Z');
    const id = await queue('+33639985002', { urgent: true });
    expect(await sendingDecision({ db: t.db, clock }, id, policy)).toEqual({ send: true });
  });

  it('holds the third message to one number within the window until the oldest ages out', async () => {
    now = new Date('2026-12-03T10:00:00Z');
    const to = '+33639985003';
    for (let i = 0; i < 2; i++) {
      const id = await queue(to);
      expect(await sendingDecision({ db: t.db, clock }, id, policy)).toEqual({ send: true });
      await deliverMessage({ db: t.db, clock }, sender, id);
      now = new Date(now.getTime() + 60_000);
    }
    const third = await queue(to);
    expect(await sendingDecision({ db: t.db, clock }, third, policy)).toEqual({
      send: false,
      until: new Date('2026-12-03T10:10:00Z'),
      reason: 'rate_limit',
    });
    // Another number is not affected.
    expect(await sendingDecision({ db: t.db, clock }, await queue('+33639985004'), policy)).toEqual({
      send: true,
    });
  });
});

describe('opt-outs and undeliverable messages', () => {
  it('a number that opted out gets nothing but the opt-out confirmation; staff get a task', async () => {
    now = new Date('2026-12-03T11:00:00Z');
    const to = '+33639985010';
    await optOutPhone(ctx(), { phone: to, source: 'sms' });
    const confirmation = await queue(to, { template: 'conversation.opt_out' });
    const other = await queue(to, { template: 'ride.acknowledgement' });
    expect(await deliverMessage({ db: t.db, clock }, sender, confirmation)).toBe('sent');
    expect(await deliverMessage({ db: t.db, clock }, sender, other)).toBe('suppressed');
    expect(sender.sent).not.toContain(other);
    expect(await load(other)).toMatchObject({ status: 'failed', errorCode: 'opted_out' });
  });

  it('an undelivered report opens one staff task, however often it is repeated', async () => {
    const id = await queue('+33639985011');
    await deliverMessage({ db: t.db, clock }, sender, id);
    const { providerId } = await load(id);
    const report = {
      messageId: id,
      provider: 'memory',
      providerId: providerId!,
      status: 'undelivered' as const,
      errorCode: '30003',
    };
    expect(await recordMessageStatus({ db: t.db, clock }, report)).toBe('recorded');
    expect(await recordMessageStatus({ db: t.db, clock }, report)).toBe('unchanged');
    const tasks = await t.db
      .select()
      .from(schema.staffTasks)
      .where(eq(schema.staffTasks.idempotencyKey, `undelivered-${id}`));
    expect(tasks).toMatchObject([
      { kind: 'undelivered_message', summary: 'SMS non remis (code 30003) : prévenir la personne autrement' },
    ]);
  });
});
