import { type DbOrTx, schema } from '@solimob/db';
import { eq } from 'drizzle-orm';

/** The territory whose own two-way number is `number` (inbound SMS and calls arrive on it). */
export async function findTerritoryByServiceNumber(db: DbOrTx, number: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: schema.territories.id })
    .from(schema.territories)
    .where(eq(schema.territories.serviceNumber, number.trim()));
  return row?.id;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The territory of one of our messages: a keypad answer to our own call comes back with its id. */
export async function findTerritoryOfMessage(db: DbOrTx, messageId: string): Promise<string | undefined> {
  if (!UUID.test(messageId)) return undefined;
  const [row] = await db
    .select({ territoryId: schema.messages.territoryId })
    .from(schema.messages)
    .where(eq(schema.messages.id, messageId));
  return row?.territoryId;
}
