import { schema, type Tx } from '@solimob/db';
import { type ServiceContext, withTransaction } from '../context';
import { isOptedOut, optInPhone, optOutPhone } from '../opt-outs/opt-out';
import { openStaffTask } from '../tasks/create';
import { loadTerritory } from '../territories/load';
import { localDate } from '../time';
import { defaultMainMenu } from './parse/menu';
import { parseSms } from './parse/parse';
import { type Party, partyColumns, resolveParty } from './party';
import { residentTurn } from './resident';
import { openConversation, saveConversation } from './state';
import { templates } from './templates';
import { reply, type Turn, type TurnResult } from './turn';
import { unknownTurn } from './unknown';
import { volunteerTurn } from './volunteer';

export interface InboundSmsInput {
  /** The sender's number as the provider gives it (E.164). */
  from: string;
  body: string;
  /** 'twilio' */
  provider: string;
  /** The provider's id of this SMS (MessageSid): the same SMS is stored and handled once. */
  providerId: string;
  receivedAt: Date;
}

export type InboundSmsOutcome =
  | {
      outcome: 'handled';
      messageId: string;
      party: Party['kind'];
      /** Outbound messages queued in answer (sent by the worker, not in the webhook's response). */
      replies: string[];
    }
  /** This MessageSid was already stored: nothing done again. */
  | { outcome: 'duplicate'; messageId: string | null }
  /** Not a phone number we can answer (a short code, an alphanumeric sender). */
  | { outcome: 'ignored' };

const E164 = /^\+[1-9][0-9]{6,14}$/;

/**
 * Everything an inbound SMS causes, in one transaction (the webhook's receipt joins it): the message
 * is stored and linked to the person, STOP/START are honoured, then the conversation of that number
 * takes one step for a resident, a volunteer or an unknown number. Replies are queued in the outbox.
 * Call it with the system actor of the territory whose service number received the SMS.
 */
export async function handleInboundSms(
  ctx: ServiceContext,
  input: InboundSmsInput,
): Promise<InboundSmsOutcome> {
  const phone = input.from.trim();
  if (!E164.test(phone)) return { outcome: 'ignored' };
  return withTransaction(ctx, async (tx) => {
    const territory = await loadTerritory(tx.db, tx.actor.territoryId);
    const now = tx.clock.now();
    const today = localDate(now, territory.timezone);
    const conversationBefore = await openConversation(tx.db, {
      territoryId: territory.id,
      phone,
      party: { kind: 'unknown' },
      now,
    });
    const menu = conversationBefore.state.name === 'main_menu' || conversationBefore.state.name === 'idle';
    const parsed = parseSms(input.body, {
      today,
      timeZone: territory.timezone,
      ...(menu ? { menu: defaultMainMenu } : {}),
    });
    const party = await resolveParty(tx.db, territory.id, phone, { volunteerFirst: parsed.code !== null });
    const inboundId = await storeInbound(tx, territory.id, phone, party, input);
    if (!inboundId) return { outcome: 'duplicate', messageId: null };

    const turn: Turn = {
      ctx: tx,
      territory,
      phone,
      party,
      inboundId,
      parsed,
      now,
      today,
      conversation: conversationBefore,
      replies: [],
    };
    const result = await step(turn);
    await saveConversation(tx.db, {
      id: conversationBefore.id,
      party,
      state: result.state,
      notUnderstood: result.understood ? 0 : conversationBefore.notUnderstood + 1,
      now,
      minutes: territory.settings.phone.conversationMinutes,
    });
    return { outcome: 'handled', messageId: inboundId, party: party.kind, replies: turn.replies };
  });
}

/** Opt-out rules first (STOP works from anyone, in any state), then the party's own conversation. */
async function step(turn: Turn): Promise<TurnResult> {
  const idle = { state: { name: 'idle' as const }, understood: true };
  const party = { ...partyColumns(turn.party) };
  if (turn.parsed.intent === 'stop') {
    const recorded = await optOutPhone(turn.ctx, { phone: turn.phone, source: 'sms', party });
    if (recorded) await reply(turn, templates.optOut());
    return idle;
  }
  if (turn.parsed.intent === 'start') {
    await optInPhone(turn.ctx, { phone: turn.phone, source: 'sms', party });
    await reply(turn, templates.optIn());
    return idle;
  }
  if (await isOptedOut(turn.ctx.db, turn.territory.id, turn.phone)) return optedOutWrote(turn);
  switch (turn.party.kind) {
    case 'resident':
      return residentTurn(turn, turn.party.residentId);
    case 'volunteer':
      return volunteerTurn(turn, turn.party.volunteerDriverId);
    case 'unknown':
      return unknownTurn(turn);
  }
}

/**
 * Someone who sent STOP writes again without START: nothing can be answered by SMS, so staff are
 * asked to call back (once a day per number).
 */
async function optedOutWrote(turn: Turn): Promise<TurnResult> {
  const party = partyColumns(turn.party);
  await openStaffTask(turn.ctx, {
    territoryId: turn.territory.id,
    kind: 'callback',
    summary: "SMS reçu d'un numéro désinscrit (STOP) : rappeler",
    idempotencyKey: `opted-out-sms-${turn.phone}-${turn.today}`,
    ...party,
    phone: turn.phone,
    linkedEntity: { type: 'message', id: turn.inboundId },
  });
  return { state: { name: 'idle' }, understood: true };
}

/** Stores the SMS linked to the person; undefined when this provider id is already stored. */
async function storeInbound(
  tx: ServiceContext & { db: Tx },
  territoryId: string,
  phone: string,
  party: Party,
  input: InboundSmsInput,
): Promise<string | undefined> {
  const [row] = await tx.db
    .insert(schema.messages)
    .values({
      territoryId,
      direction: 'inbound',
      channel: 'sms',
      counterpartPhone: phone,
      body: input.body.slice(0, 1600),
      status: 'received',
      provider: input.provider,
      providerId: input.providerId,
      ...partyColumns(party),
      createdAt: input.receivedAt,
      updatedAt: input.receivedAt,
    })
    .onConflictDoNothing({ target: [schema.messages.provider, schema.messages.providerId] })
    .returning({ id: schema.messages.id });
  return row?.id;
}
