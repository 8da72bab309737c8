import { type DbOrTx, schema } from '@solimob/db';
import { and, asc, eq, gt, inArray, ne } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Clock } from '../context';
import { enqueueJob } from '../outbox';

/** Local wall-clock hours (HH:MM) when non-urgent messages wait; the window may span midnight. */
export interface QuietHours {
  start: string;
  end: string;
}

export interface SendPolicy {
  /** null: no quiet hours (QUIET_HOURS empty). */
  quietHours: QuietHours | null;
  /** At most `limit` messages to one number per `windowMs`, urgent or not (stops loops and floods). */
  perNumber: { limit: number; windowMs: number };
}

/**
 * Enough for a lively SMS exchange (each answer is one message: a person types one every 20-30 s at
 * best), far below what an automatic responder ping-ponging with us would cause (one a second).
 */
export const PER_NUMBER_RATE = { limit: 20, windowMs: 10 * 60_000 };

/** "21:00-08:00" → { start, end }; "" → null (the QUIET_HOURS setting). */
export function parseQuietHours(value: string): QuietHours | null {
  if (value.trim() === '') return null;
  const match = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(value.trim());
  if (!match || match[1] === match[2]) throw new RangeError(`invalid quiet hours '${value}'`);
  return { start: match[1]!, end: match[2]! };
}

/** When the quiet window around `now` ends, in `zone`; undefined when `now` is outside it. */
export function quietHoursEnd(now: Date, quiet: QuietHours, zone: string): Date | undefined {
  const local = DateTime.fromJSDate(now, { zone });
  const hhmm = local.toFormat('HH:mm');
  const spansMidnight = quiet.start > quiet.end;
  const inside = spansMidnight
    ? hhmm >= quiet.start || hhmm < quiet.end
    : hhmm >= quiet.start && hhmm < quiet.end;
  if (!inside) return undefined;
  const [hour, minute] = quiet.end.split(':').map(Number) as [number, number];
  let end = local.set({ hour, minute, second: 0, millisecond: 0 });
  if (end <= local) end = end.plus({ days: 1 });
  return end.toJSDate();
}

export type SendDecision =
  | { send: true }
  | { send: false; until: Date; reason: 'quiet_hours' | 'rate_limit' }
  /** Nothing to decide: unknown, inbound, or no longer waiting to be sent. */
  | { send: true; settled: true };

const m = schema.messages;
const HANDED_OVER = ['sending', 'sent', 'delivered', 'undelivered'] as const;

/**
 * Whether a message may go now. Quiet hours hold non-urgent messages until the window opens, in the
 * territory's time zone; the per-number rate holds any message until the oldest send of the window
 * has aged out. Run just before deliverMessage, which then does the sending (and the opt-out check).
 */
export async function sendingDecision(
  deps: { db: DbOrTx; clock: Clock },
  messageId: string,
  policy: SendPolicy,
): Promise<SendDecision> {
  const [row] = await deps.db
    .select({ message: m, timezone: schema.territories.timezone })
    .from(m)
    .innerJoin(schema.territories, eq(schema.territories.id, m.territoryId))
    .where(eq(m.id, messageId));
  if (row?.message.direction !== 'outbound' || row.message.status !== 'pending') {
    return { send: true, settled: true };
  }
  const now = deps.clock.now();
  const { message } = row;
  if (!message.urgent && policy.quietHours) {
    const until = quietHoursEnd(now, policy.quietHours, row.timezone);
    if (until) return { send: false, until, reason: 'quiet_hours' };
  }
  const since = new Date(now.getTime() - policy.perNumber.windowMs);
  const recent = await deps.db
    .select({ sentAt: m.sentAt })
    .from(m)
    .where(
      and(
        eq(m.territoryId, message.territoryId),
        eq(m.counterpartPhone, message.counterpartPhone),
        eq(m.direction, 'outbound'),
        inArray(m.status, [...HANDED_OVER]),
        gt(m.sentAt, since),
        ne(m.id, message.id),
      ),
    )
    .orderBy(asc(m.sentAt));
  if (recent.length >= policy.perNumber.limit) {
    const oldest = recent[recent.length - policy.perNumber.limit]!.sentAt!;
    return {
      send: false,
      until: new Date(oldest.getTime() + policy.perNumber.windowMs),
      reason: 'rate_limit',
    };
  }
  return { send: true };
}

/**
 * Holds a message until `until`: a send job waits in the outbox for that time (the relay publishes
 * it then; nothing polls meanwhile), and `heldUntil` keeps the stalled-message sweep away.
 */
export async function holdMessage(
  deps: { db: DbOrTx; clock: Clock },
  messageId: string,
  until: Date,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const [held] = await tx
      .update(m)
      .set({ heldUntil: until, updatedAt: deps.clock.now() })
      .where(and(eq(m.id, messageId), eq(m.status, 'pending')))
      .returning({ territoryId: m.territoryId });
    if (!held) return;
    await enqueueJob(
      tx,
      'send-message',
      { messageId },
      { territoryId: held.territoryId, availableAt: until },
    );
  });
}
