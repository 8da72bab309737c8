import type { Tx } from '@solimob/db';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import { queueMessage } from '../messages/queue-message';
import type { TerritoryInfo } from '../territories/load';
import type { ParsedSms } from './parse/types';
import type { Party } from './party';
import type { ConversationState, OpenConversation } from './state';
import type { SmsText } from './templates';

/** One inbound SMS being handled: everything a handler needs, in the webhook's transaction. */
export interface Turn {
  /** The system acting in the territory (resident verbs get their own context: see actAs). */
  ctx: ServiceContext & { db: Tx };
  territory: TerritoryInfo;
  phone: string;
  party: Party;
  /** The stored inbound message: replies are keyed on it, so a replayed webhook queues nothing new. */
  inboundId: string;
  parsed: ParsedSms;
  now: Date;
  /** The territory's calendar day. */
  today: string;
  conversation: OpenConversation;
  /** Message ids of the replies queued so far. */
  replies: string[];
}

/** What a handler leaves behind: the next state and whether the message was understood. */
export interface TurnResult {
  state: ConversationState;
  understood: boolean;
}

export const understood = (state: ConversationState): TurnResult => ({ state, understood: true });

/**
 * Answers by SMS to the number that wrote, through the outbox like every message. Replies are
 * `urgent`: someone who has just written is waiting for the answer, quiet hours or not.
 */
export async function reply(
  turn: Turn,
  text: SmsText,
  linkedEntity?: { type: string; id: string },
): Promise<void> {
  const recipient =
    turn.party.kind === 'resident'
      ? { residentId: turn.party.residentId }
      : turn.party.kind === 'volunteer'
        ? { volunteerDriverId: turn.party.volunteerDriverId }
        : undefined;
  const queued = await queueMessage(turn.ctx, {
    channel: 'sms',
    to: turn.phone,
    body: text.text,
    idempotencyKey: `sms-reply-${turn.inboundId}-${turn.replies.length + 1}`,
    template: text.template,
    urgent: true,
    ...(recipient ? { recipient } : {}),
    ...(linkedEntity ? { linkedEntity } : {}),
  });
  turn.replies.push(queued.id);
}

/** The resident acting for themselves by SMS: what verbs see as the actor and the channel. */
export function actAs(turn: Turn, residentId: string): ServiceContext & { db: Tx } {
  return {
    ...turn.ctx,
    actor: { kind: 'resident', residentId, territoryId: turn.territory.id },
    channel: 'sms',
    answeredInConversation: true,
  };
}

/**
 * Runs a domain verb inside a savepoint: a refusal (a booking closed, a time in the past) leaves the
 * webhook's transaction usable, so the conversation can still answer. Returns the refusal instead of
 * throwing; anything that is not a ServiceError is a bug and propagates.
 */
export async function attempt<T>(
  ctx: ServiceContext & { db: Tx },
  work: (savepoint: ServiceContext & { db: Tx }) => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: ServiceError }> {
  try {
    const value = await ctx.db.transaction((savepoint) => work({ ...ctx, db: savepoint }));
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, error };
    throw error;
  }
}
