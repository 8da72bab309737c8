import { type DbOrTx, schema } from '@solimob/db';
import { and, eq, ne } from 'drizzle-orm';
import type { Clock } from '../context';
import { invalid } from '../errors';
import { handleUndeliverable } from './undeliverable';

/** The statuses a provider can report for an outbound message (the stored `message_status` values). */
export type ProviderReportedStatus = 'sending' | 'sent' | 'delivered' | 'undelivered' | 'failed';

export interface RecordMessageStatusInput {
  /** Our message id, from the callback URL; absent or unknown falls back to the provider id. */
  messageId?: string | undefined;
  /** 'twilio'. */
  provider: string;
  /** The provider's id for this send (Twilio's SM… or CA… SID). */
  providerId: string;
  status: ProviderReportedStatus;
  /** The provider's error code (Twilio 30003 unreachable, 30005 unknown number…). */
  errorCode?: string | undefined;
}

export type RecordStatusOutcome =
  /** The message row changed (status, provider id or error code). */
  | 'recorded'
  /** Nothing new: a repeated or out-of-order report. */
  | 'unchanged'
  /** No outbound message matches: ignore it (answering an error would only make the provider retry). */
  | 'unknown'
  /**
   * The message is already tied to another provider id: a second send of the same message (a retry
   * after a crash). Its reports must not overwrite the recorded send's.
   */
  | 'other-send';

/**
 * How far along a message is. Reports can arrive out of order (a late `sent` after `delivered`): a
 * report is applied only if it ranks higher than the stored status. Rank 3 is final. The messaging
 * package maps provider callbacks onto these same states.
 */
export const MESSAGE_STATUS_RANK: Record<'pending' | ProviderReportedStatus, number> = {
  pending: 0,
  sending: 1,
  sent: 2,
  delivered: 3,
  undelivered: 3,
  failed: 3,
};

/** Set by requeueStalledMessages: our own verdict, not the provider's, so a provider report overrides it. */
const GAVE_UP = 'gave_up';
const REPORTED = new Set<string>(['sending', 'sent', 'delivered', 'undelivered', 'failed']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const m = schema.messages;

/**
 * Records a provider's delivery report on an outbound message.
 *
 * The message is found by our id when the report carries one (the callback can arrive before the
 * worker stored the provider id), else by (provider, providerId). Nothing in the report chooses a
 * territory: the row carries its own, and both lookups are by globally unique keys.
 *
 * The status only moves forward, the provider id is recorded if missing, and a report that brings
 * nothing new writes nothing (not even `updatedAt`), so a repeated callback is a no-op. The row is
 * locked for the read-compare-write so concurrent callbacks and the worker's own record serialise.
 */
export async function recordMessageStatus(
  deps: { db: DbOrTx; clock: Clock },
  input: RecordMessageStatusInput,
): Promise<RecordStatusOutcome> {
  const problems = [
    ...(REPORTED.has(input.status) ? [] : [{ field: 'status', message: 'is not a reportable status' }]),
    ...(input.provider ? [] : [{ field: 'provider', message: 'is required' }]),
    ...(input.providerId ? [] : [{ field: 'providerId', message: 'is required' }]),
  ];
  if (problems.length > 0) throw invalid(problems);

  return deps.db.transaction(async (tx) => {
    const byId =
      input.messageId && UUID.test(input.messageId)
        ? await tx
            .select()
            .from(m)
            .where(and(eq(m.id, input.messageId), eq(m.direction, 'outbound')))
            .for('update')
        : [];
    const [row] =
      byId.length > 0
        ? byId
        : await tx
            .select()
            .from(m)
            .where(
              and(
                eq(m.provider, input.provider),
                eq(m.providerId, input.providerId),
                eq(m.direction, 'outbound'),
              ),
            )
            .for('update');
    if (!row) return 'unknown';

    if (row.providerId !== null && (row.providerId !== input.providerId || row.provider !== input.provider)) {
      return 'other-send';
    }
    if (row.providerId === null) {
      // The unique index would refuse it anyway; checking first gives a clear outcome instead of a 500.
      const [holder] = await tx
        .select({ id: m.id })
        .from(m)
        .where(and(eq(m.provider, input.provider), eq(m.providerId, input.providerId), ne(m.id, row.id)));
      if (holder) return 'other-send';
    }

    const current = row.status as keyof typeof MESSAGE_STATUS_RANK;
    const currentRank = MESSAGE_STATUS_RANK[current] ?? Number.POSITIVE_INFINITY;
    const rank = MESSAGE_STATUS_RANK[input.status];
    // Giving up was our guess that the send never happened; a report that it was sent proves otherwise.
    const overridesGiveUp =
      row.status === 'failed' && row.errorCode === GAVE_UP && rank >= MESSAGE_STATUS_RANK.sent;
    const advances = rank > currentRank || overridesGiveUp;

    const change: Partial<typeof m.$inferInsert> = {};
    if (row.providerId === null) {
      change.provider = input.provider;
      change.providerId = input.providerId;
    }
    if (advances && input.status !== row.status) {
      change.status = input.status;
      change.errorCode = input.errorCode ?? null;
    } else if (advances || input.status === row.status) {
      // Same status again: fill in an error code an earlier report lacked, never erase one.
      if (input.errorCode && input.errorCode !== row.errorCode) change.errorCode = input.errorCode;
    }
    const handedOver =
      change.status === 'sent' || change.status === 'delivered' || change.status === 'undelivered';
    if (handedOver && row.sentAt === null) change.sentAt = deps.clock.now();

    if (Object.keys(change).length === 0) return 'unchanged';
    await tx
      .update(m)
      .set({ ...change, updatedAt: deps.clock.now() })
      .where(eq(m.id, row.id));
    // Reported undelivered or failed: a call instead of an SMS to a landline, else a staff task.
    if (change.status === 'undelivered' || change.status === 'failed') {
      await handleUndeliverable({ db: tx, clock: deps.clock }, row, change.errorCode ?? row.errorCode);
    }
    return 'recorded';
  });
}
