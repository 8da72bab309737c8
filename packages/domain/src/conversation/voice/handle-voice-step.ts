import { schema, type Tx } from '@solimob/db';
import { and, eq } from 'drizzle-orm';
import { type ServiceContext, withTransaction } from '../../context';
import { openStaffTask } from '../../tasks/create';
import { loadTerritory, type TerritoryInfo } from '../../territories/load';
import { localDate } from '../../time';
import { type Party, partyColumns, resolveParty } from '../party';
import type { VoiceAnswer, VoiceNext, VoiceStep } from './answer';
import { answerOutboundCall } from './outbound';
import { voicePrompts } from './prompts';
import { cancelConfirmStep, cancelPickStep, listBookingsStep, startCancelStep } from './resident';
import { shuttleConfirmStep, shuttleOfferStep } from './shuttle';
import { operatorStep, voicemailStep } from './staff';

export interface VoiceStepInput {
  callSid: string;
  /** The person's number: `From` on a call to us, `To` on one of our outbound calls. */
  phone: string;
  step: VoiceStep;
  /** The key pressed (`Digits`), '*' to hear again; null when Twilio redirected after silence. */
  digits: string | null;
  /** How many times in a row nothing was pressed at this step. */
  silence: number;
  /** Ids carried by the follow-up URL (`ref`, `index`, `messageId`). */
  params: Record<string, string>;
  /** A voicemail's recording (`RecordingUrl`, `RecordingDuration`). */
  recording?: { url: string; seconds: number | null };
}

/** One step of a call, in the webhook's transaction (its receipt joins it). */
export interface VoiceCall {
  ctx: ServiceContext & { db: Tx };
  territory: TerritoryInfo;
  input: VoiceStepInput;
  party: Party;
  now: Date;
  today: string;
}

/** Silences tolerated at one step before the call ends politely. */
const MAX_SILENCES = 1;

/**
 * The voice line: keypad first, the caller recognised by number, every menu repeatable with *.
 * 1 books the next market shuttle, 2 reads the bookings, 3 cancels one, 0 reaches the CIAS (put
 * through in office hours, else a voicemail that becomes a staff task). Also takes the key pressed
 * after our own outbound calls. Returns what to say and wait for; the transport renders it.
 */
export async function handleVoiceStep(ctx: ServiceContext, input: VoiceStepInput): Promise<VoiceAnswer> {
  return withTransaction(ctx, async (tx) => {
    const territory = await loadTerritory(tx.db, tx.actor.territoryId);
    const now = tx.clock.now();
    const party = await resolveParty(tx.db, territory.id, input.phone);
    const call: VoiceCall = {
      ctx: tx,
      territory,
      input,
      party,
      now,
      today: localDate(now, territory.timezone),
    };
    if (input.step === 'incoming') return incoming(call);
    if (input.digits === null) {
      return input.silence > MAX_SILENCES
        ? { say: [voicePrompts.noAnswer], end: { kind: 'hangup' } }
        : repeat(call);
    }
    if (input.digits === '*') return repeat(call);
    return dispatch(call, input.digits);
  });
}

async function dispatch(call: VoiceCall, digits: string): Promise<VoiceAnswer> {
  switch (call.input.step) {
    case 'menu':
      return menuChoice(call, digits);
    case 'cancel_pick':
      return cancelPickStep(call, digits);
    case 'cancel_confirm':
      return cancelConfirmStep(call, digits);
    case 'shuttle_confirm':
      return shuttleConfirmStep(call, digits);
    case 'voicemail':
      return voicemailStep(call);
    case 'outbound_answer':
      return answerOutboundCall(call, digits);
    case 'incoming':
      return incoming(call);
  }
}

/** What the step asked the first time, asked again (after * or a silence). */
async function repeat(call: VoiceCall): Promise<VoiceAnswer> {
  switch (call.input.step) {
    case 'cancel_pick':
    case 'cancel_confirm':
    case 'shuttle_confirm':
    case 'outbound_answer':
      return dispatch(call, 'repeat');
    case 'voicemail':
      return voicemailStep(call);
    default:
      return menu(call, []);
  }
}

/** A call arrives: stored and linked to the caller, then the menu that fits who is calling. */
async function incoming(call: VoiceCall): Promise<VoiceAnswer> {
  await storeInboundCall(call);
  if (call.party.kind === 'unknown') {
    await openStaffTask(call.ctx, {
      territoryId: call.territory.id,
      kind: 'unknown_caller',
      summary: "Appel d'un numéro inconnu : rappeler pour inscrire ou orienter",
      idempotencyKey: `unknown-call-${call.input.phone}-${call.today}`,
      phone: call.input.phone,
    });
  }
  return menu(call, [voicePrompts.welcome]);
}

/** The main menu (or the short one for volunteers and unknown numbers). */
export function menu(call: VoiceCall, before: string[]): VoiceAnswer {
  const options =
    call.party.kind === 'resident'
      ? voicePrompts.mainMenu
      : call.party.kind === 'volunteer'
        ? voicePrompts.volunteer
        : voicePrompts.unknownCaller;
  return { say: [...before, ...options], gather: { step: 'menu' } };
}

async function menuChoice(call: VoiceCall, digits: string): Promise<VoiceAnswer> {
  if (digits === '0') return operatorStep(call);
  if (call.party.kind !== 'resident') return menu(call, [voicePrompts.notUnderstood]);
  const residentId = call.party.residentId;
  switch (digits) {
    case '1':
      return shuttleOfferStep(call, residentId);
    case '2':
      return listBookingsStep(call, residentId);
    case '3':
      return startCancelStep(call, residentId);
    default:
      return menu(call, [voicePrompts.notUnderstood]);
  }
}

async function storeInboundCall(call: VoiceCall): Promise<void> {
  await call.ctx.db
    .insert(schema.messages)
    .values({
      territoryId: call.territory.id,
      direction: 'inbound',
      channel: 'voice',
      counterpartPhone: call.input.phone,
      body: 'Appel entrant',
      status: 'received',
      provider: 'twilio',
      providerId: call.input.callSid,
      ...partyColumns(call.party),
      createdAt: call.now,
      updatedAt: call.now,
    })
    .onConflictDoNothing({ target: [schema.messages.provider, schema.messages.providerId] });
}

/** The message a keypad answer refers to, in this territory. */
export async function findOutboundMessage(call: VoiceCall, messageId: string) {
  const [row] = await call.ctx.db
    .select()
    .from(schema.messages)
    .where(
      and(
        eq(schema.messages.id, messageId),
        eq(schema.messages.territoryId, call.territory.id),
        eq(schema.messages.direction, 'outbound'),
      ),
    );
  return row;
}

export const next = (step: VoiceStep, params?: Record<string, string>): VoiceNext =>
  params ? { step, params } : { step };
