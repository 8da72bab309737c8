import { type DbOrTx, schema } from '@solimob/db';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit';
import { type ServiceContext, withTransaction } from '../context';

export type OptOutSource = 'sms' | 'voice' | 'staff';

/** Who the number belongs to, for the audit entry (ids only: the number itself is not audited). */
export interface OptOutParty {
  residentId?: string | null;
  volunteerDriverId?: string | null;
}

/**
 * Records that a number asked for no more messages (STOP, ARRET…). Returns false when it had already
 * opted out, so the caller sends the one confirmation only once.
 */
export async function optOutPhone(
  ctx: ServiceContext,
  input: { phone: string; source: OptOutSource; party?: OptOutParty },
): Promise<boolean> {
  return withTransaction(ctx, async (tx) => {
    const [inserted] = await tx.db
      .insert(schema.phoneOptOuts)
      .values({
        territoryId: tx.actor.territoryId,
        phone: input.phone,
        source: input.source,
        optedOutAt: tx.clock.now(),
      })
      .onConflictDoNothing()
      .returning({ phone: schema.phoneOptOuts.phone });
    if (!inserted) return false;
    await recordAudit(tx, {
      action: 'phone.opt_out',
      entityType: input.party?.residentId
        ? 'resident'
        : input.party?.volunteerDriverId
          ? 'volunteer'
          : 'phone',
      entityId: input.party?.residentId ?? input.party?.volunteerDriverId ?? null,
      details: { source: input.source },
    });
    return true;
  });
}

/** START: the number receives messages again. Returns false when it had not opted out. */
export async function optInPhone(
  ctx: ServiceContext,
  input: { phone: string; source: OptOutSource; party?: OptOutParty },
): Promise<boolean> {
  return withTransaction(ctx, async (tx) => {
    const removed = await tx.db
      .delete(schema.phoneOptOuts)
      .where(
        and(
          eq(schema.phoneOptOuts.territoryId, tx.actor.territoryId),
          eq(schema.phoneOptOuts.phone, input.phone),
        ),
      )
      .returning({ phone: schema.phoneOptOuts.phone });
    if (removed.length === 0) return false;
    await recordAudit(tx, {
      action: 'phone.opt_in',
      entityType: input.party?.residentId
        ? 'resident'
        : input.party?.volunteerDriverId
          ? 'volunteer'
          : 'phone',
      entityId: input.party?.residentId ?? input.party?.volunteerDriverId ?? null,
      details: { source: input.source },
    });
    return true;
  });
}

export async function isOptedOut(db: DbOrTx, territoryId: string, phone: string): Promise<boolean> {
  const [row] = await db
    .select({ phone: schema.phoneOptOuts.phone })
    .from(schema.phoneOptOuts)
    .where(and(eq(schema.phoneOptOuts.territoryId, territoryId), eq(schema.phoneOptOuts.phone, phone)));
  return row !== undefined;
}

/**
 * The only messages sent to a number that opted out: the confirmation of the opt-out itself (one is
 * allowed, and expected, after STOP).
 */
export const OPT_OUT_EXEMPT_TEMPLATES: ReadonlySet<string> = new Set(['conversation.opt_out']);
