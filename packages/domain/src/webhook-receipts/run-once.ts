import { type Db, schema, type Tx } from '@solimob/db';
import { and, eq } from 'drizzle-orm';

export interface WebhookAnswer {
  contentType: string;
  body: string;
}

export interface WebhookKey {
  /** 'twilio' */
  provider: string;
  /** The provider's id of the event: `sms:<MessageSid>`, `voice:<CallSid>:<step>`. */
  key: string;
  territoryId: string | null;
}

/**
 * Processes a provider's webhook once and answers a replay the same. The receipt row is written
 * first, in the same transaction as every effect of the webhook: a concurrent duplicate waits on its
 * key, then finds the stored answer; a failure rolls back the receipt with the effects, so the
 * provider's retry runs the work afresh.
 */
export async function runWebhookOnce(
  db: Db,
  id: WebhookKey,
  work: (tx: Tx) => Promise<WebhookAnswer>,
): Promise<WebhookAnswer & { replayed: boolean }> {
  return db.transaction(async (tx) => {
    const r = schema.webhookReceipts;
    const [claimed] = await tx
      .insert(r)
      .values({
        provider: id.provider,
        key: id.key,
        territoryId: id.territoryId,
        contentType: '',
        responseBody: '',
      })
      .onConflictDoNothing()
      .returning({ key: r.key });
    if (!claimed) {
      const [stored] = await tx
        .select()
        .from(r)
        .where(and(eq(r.provider, id.provider), eq(r.key, id.key)));
      if (!stored) throw new Error(`webhook receipt ${id.provider}/${id.key} vanished`);
      return { contentType: stored.contentType, body: stored.responseBody, replayed: true };
    }
    const answer = await work(tx);
    await tx
      .update(r)
      .set({ contentType: answer.contentType, responseBody: answer.body })
      .where(and(eq(r.provider, id.provider), eq(r.key, id.key)));
    return { ...answer, replayed: false };
  });
}
