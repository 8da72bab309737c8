import { randomInt } from 'node:crypto';
import { type DbOrTx, schema } from '@solimob/db';
import { and, eq } from 'drizzle-orm';

/**
 * Four-digit codes ("OUI 4821", later "FAIT 4821"), free among the territory's pending offers and
 * assigned missions, so a volunteer's answer maps to exactly one of their offers and an assigned
 * mission keeps its code until it is closed. The partial unique indexes on offers and missions catch
 * the rare race between two waves drawing at once (the job then retries).
 */
export async function drawCodes(db: DbOrTx, territoryId: string, count: number): Promise<string[]> {
  const [pending, assigned] = await Promise.all([
    db
      .select({ code: schema.offers.code })
      .from(schema.offers)
      .where(and(eq(schema.offers.territoryId, territoryId), eq(schema.offers.status, 'pending'))),
    db
      .select({ code: schema.missions.code })
      .from(schema.missions)
      .where(and(eq(schema.missions.territoryId, territoryId), eq(schema.missions.status, 'assigned'))),
  ]);
  const taken = new Set([...pending.map((p) => p.code), ...assigned.map((a) => a.code ?? '')]);
  if (taken.size + count > 9_000) throw new Error('no free offer code left in this territory');
  const codes: string[] = [];
  while (codes.length < count) {
    const code = String(randomInt(1_000, 10_000));
    if (!taken.has(code)) {
      taken.add(code);
      codes.push(code);
    }
  }
  return codes;
}

/** A code as a volunteer may type it ("4821", " 4821 "): four digits or nothing. */
export const normaliseCode = (raw: string): string | null => {
  const digits = raw.replace(/\s+/g, '');
  return /^\d{4}$/.test(digits) ? digits : null;
};
