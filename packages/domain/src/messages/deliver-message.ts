import { type DbOrTx, schema } from '@solimob/db';
import { and, eq, sql } from 'drizzle-orm';
import type { Clock } from '../context';
import { ServiceError } from '../errors';
import { isOptedOut, OPT_OUT_EXEMPT_TEMPLATES } from '../opt-outs/opt-out';
import { asksKeypadAnswer } from './keypad';
import { type MessageSender, type OutboundMessage, PermanentSendError, type SentMessage } from './ports';

/** Sending is system work triggered by a job that carries only the message id: no acting user. */
export interface DeliveryContext {
  db: DbOrTx;
  clock: Clock;
}

export type DeliveryOutcome =
  /** Handed to the provider by this call. */
  | 'sent'
  /** A previous attempt had reached the provider without recording it; recorded now, not resent. */
  | 'reconciled'
  /** Already sent, delivered or failed: a duplicate job, nothing to do. */
  | 'already-done'
  /** The number opted out (STOP): not sent, marked failed with the code 'opted_out'. */
  | 'suppressed';

export interface DeliverOptions {
  /**
   * How far before the previous attempt's claim to look for a message the provider already accepted.
   * Covers clock skew between us and the provider.
   */
  reconcileMarginMs?: number;
}

const DEFAULT_RECONCILE_MARGIN_MS = 5 * 60_000;
const m = schema.messages;
type MessageRow = typeof m.$inferSelect;

const toOutbound = (row: MessageRow): OutboundMessage => ({
  messageId: row.id,
  channel: row.channel,
  to: row.counterpartPhone,
  body: row.body,
  ...(asksKeypadAnswer(row) ? { keypad: true } : {}),
});

/**
 * Sends one outbound message as close to exactly once as a provider without idempotency keys allows.
 *
 * - The message is claimed with a conditional update (`pending` → `sending`), so a duplicate or
 *   concurrent job finds nothing to claim and does nothing once the message is settled.
 * - A message found in `sending` means an earlier attempt stopped between claiming and recording:
 *   it may or may not have reached the provider. We ask the provider (`findSent`) before sending
 *   again, which closes the "accepted but not recorded" window.
 * - A transient failure leaves the message in `sending` on purpose: the provider may have accepted it
 *   before the failure surfaced (a timeout), so the retry must reconcile first. The error is rethrown
 *   so the queue retries. A permanent refusal marks the message `failed` and is rethrown too.
 */
export async function deliverMessage(
  ctx: DeliveryContext,
  sender: MessageSender,
  messageId: string,
  options: DeliverOptions = {},
): Promise<DeliveryOutcome> {
  const now = ctx.clock.now();
  const [claimed] = await ctx.db
    .update(m)
    .set({ status: 'sending', attempts: sql`${m.attempts} + 1`, updatedAt: now })
    .where(and(eq(m.id, messageId), eq(m.status, 'pending'), eq(m.direction, 'outbound')))
    .returning();
  if (claimed) return sendAndRecord(ctx, sender, claimed);

  const [current] = await ctx.db.select().from(m).where(eq(m.id, messageId));
  if (!current) throw new ServiceError('not_found', `message ${messageId} not found`);
  if (current.direction !== 'outbound') {
    throw new ServiceError('validation', `message ${messageId} is inbound and cannot be sent`);
  }
  if (current.status !== 'sending') return 'already-done';

  const margin = options.reconcileMarginMs ?? DEFAULT_RECONCILE_MARGIN_MS;
  // From the message's creation, not the last claim: after two crashes the first attempt is still covered.
  const found = await sender.findSent(toOutbound(current), new Date(current.createdAt.getTime() - margin));
  if (found) {
    await recordSent(ctx, current.id, found);
    return 'reconciled';
  }

  // Re-claim with the attempt count we read: if another attempt re-claimed in between, it owns the send.
  const [reclaimed] = await ctx.db
    .update(m)
    .set({ attempts: sql`${m.attempts} + 1`, updatedAt: ctx.clock.now() })
    .where(and(eq(m.id, current.id), eq(m.status, 'sending'), eq(m.attempts, current.attempts)))
    .returning();
  if (!reclaimed) {
    throw new ServiceError('conflict', `message ${messageId} is being sent by another attempt`);
  }
  return sendAndRecord(ctx, sender, reclaimed);
}

/** Error code of a message held back because its number opted out. */
export const OPTED_OUT = 'opted_out';

/**
 * Every message passes here just before the provider, whoever queued it and however long ago: the
 * one place an opt-out (STOP) is enforced, so no sender can forget it, and an opt-out recorded after
 * a message was queued still stops it.
 */
async function suppressedByOptOut(ctx: DeliveryContext, row: MessageRow): Promise<boolean> {
  if (row.template && OPT_OUT_EXEMPT_TEMPLATES.has(row.template)) return false;
  if (!(await isOptedOut(ctx.db, row.territoryId, row.counterpartPhone))) return false;
  await ctx.db
    .update(m)
    .set({ status: 'failed', errorCode: OPTED_OUT, updatedAt: ctx.clock.now() })
    .where(and(eq(m.id, row.id), eq(m.status, 'sending')));
  return true;
}

async function sendAndRecord(
  ctx: DeliveryContext,
  sender: MessageSender,
  row: MessageRow,
): Promise<'sent' | 'suppressed'> {
  if (await suppressedByOptOut(ctx, row)) return 'suppressed';
  let sent: SentMessage;
  try {
    sent = await sender.send(toOutbound(row));
  } catch (error) {
    if (error instanceof PermanentSendError) {
      await ctx.db
        .update(m)
        .set({
          status: 'failed',
          provider: sender.provider,
          errorCode: error.providerCode,
          updatedAt: ctx.clock.now(),
        })
        .where(and(eq(m.id, row.id), eq(m.status, 'sending')));
    }
    throw error;
  }
  await recordSent(ctx, row.id, sent);
  return 'sent';
}

async function recordSent(ctx: DeliveryContext, messageId: string, sent: SentMessage): Promise<void> {
  const now = ctx.clock.now();
  const status = sent.status === 'delivered' ? 'delivered' : 'sent';
  // A status callback may have reached the API first and moved the status on: keep the later status,
  // but always record the provider id so further callbacks find the message.
  await ctx.db
    .update(m)
    .set({
      status: sql`case when ${m.status} = 'sending' then ${status}::message_status else ${m.status} end`,
      provider: sent.provider,
      providerId: sent.providerId,
      // A failure report that arrived first keeps its error code.
      errorCode: sql`case when ${m.status} = 'sending' then null else ${m.errorCode} end`,
      sentAt: sql`coalesce(${m.sentAt}, ${now.toISOString()}::timestamptz)`,
      updatedAt: now,
    })
    .where(eq(m.id, messageId));
}
