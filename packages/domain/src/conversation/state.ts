import { type Conversation, schema, type Tx } from '@solimob/db';
import { eq, sql } from 'drizzle-orm';
import type { PartOfDay } from './parse/types';
import { type Party, partyColumns } from './party';

/** Something a resident can cancel or be asked about, by id only. */
export interface BookingRef {
  type: 'ride_request' | 'seat_booking';
  id: string;
}

/**
 * What the service is waiting for from one phone number. Ids, dates and times only: no text the
 * person wrote, no place names. Every state but `idle` expires (territory setting
 * `phone.conversationMinutes`), after which the next message starts afresh.
 */
export type ConversationState =
  | { name: 'idle' }
  /** The main menu was just sent: a bare number picks one of its entries. */
  | { name: 'main_menu' }
  /** A ride is being asked for: what is known so far. */
  | {
      name: 'ride_details';
      date?: string;
      time?: string;
      partOfDay?: PartOfDay;
      placeId?: string;
    }
  /** "Répondez OUI pour confirmer" a ride request. */
  | { name: 'confirm_ride'; date: string; time: string; placeId: string }
  /** "Répondez OUI pour réserver" a seat on this round. */
  | { name: 'confirm_shuttle'; roundId: string }
  /** Several bookings: "répondez 1, 2 ou 3". */
  | { name: 'choose_cancel'; options: BookingRef[] }
  /** "Répondez OUI pour annuler" this booking. */
  | { name: 'confirm_cancel'; target: BookingRef };

export type StateName = ConversationState['name'];
export const IDLE: ConversationState = { name: 'idle' };

/** Consecutive turns not understood before staff are asked to call back. */
export const NOT_UNDERSTOOD_LIMIT = 2;

export interface OpenConversation {
  id: string;
  state: ConversationState;
  notUnderstood: number;
}

/**
 * The conversation row of this number, created if missing and locked for the rest of the transaction,
 * so two messages from the same number (sent a second apart) are handled one after the other. An
 * expired state reads as idle.
 */
export async function openConversation(
  tx: Tx,
  input: { territoryId: string; phone: string; party: Party; now: Date },
): Promise<OpenConversation> {
  const c = schema.conversations;
  await tx
    .insert(c)
    .values({
      territoryId: input.territoryId,
      phone: input.phone,
      party: input.party.kind,
      ...partyColumns(input.party),
      state: IDLE,
      expiresAt: input.now,
      createdAt: input.now,
      updatedAt: input.now,
    })
    .onConflictDoNothing({ target: [c.territoryId, c.phone] });
  const [row] = await tx
    .select()
    .from(c)
    .where(sql`${c.territoryId} = ${input.territoryId} and ${c.phone} = ${input.phone}`)
    .for('update');
  if (!row) throw new Error('conversation row vanished');
  const expired = row.expiresAt.getTime() <= input.now.getTime();
  return {
    id: row.id,
    state: expired ? IDLE : readState(row),
    notUnderstood: expired ? 0 : row.notUnderstood,
  };
}

function readState(row: Conversation): ConversationState {
  const state = row.state as Partial<ConversationState>;
  return typeof state.name === 'string' ? (state as ConversationState) : IDLE;
}

export async function saveConversation(
  tx: Tx,
  input: {
    id: string;
    party: Party;
    state: ConversationState;
    notUnderstood: number;
    now: Date;
    minutes: number;
  },
): Promise<void> {
  await tx
    .update(schema.conversations)
    .set({
      party: input.party.kind,
      ...partyColumns(input.party),
      state: input.state as unknown as Record<string, unknown>,
      notUnderstood: input.notUnderstood,
      expiresAt: new Date(input.now.getTime() + input.minutes * 60_000),
      updatedAt: input.now,
    })
    .where(eq(schema.conversations.id, input.id));
}
