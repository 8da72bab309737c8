import { notUnderstood } from '../not-understood';
import type { ConversationState } from '../state';
import { templates } from '../templates';
import { reply, type Turn, type TurnResult, understood } from '../turn';
import { chooseCancel, confirmCancel, startCancel } from './cancel';
import { listBookings } from './list';
import { continueRide, requestRide } from './ride';
import { bookShuttleSeat, startShuttle } from './shuttle';

/** Intents that start something new even in the middle of another exchange. */
const FRESH_START = new Set(['book_shuttle', 'cancel', 'list', 'help']);

/**
 * A resident's message: first as an answer to what the service last asked (OUI, a number, the
 * missing hour), else as a new request. One handler per state and per intent.
 */
export async function residentTurn(turn: Turn, residentId: string): Promise<TurnResult> {
  return (await answerPending(turn, residentId, turn.conversation.state)) ?? startIntent(turn, residentId);
}

async function answerPending(
  turn: Turn,
  residentId: string,
  state: ConversationState,
): Promise<TurnResult | undefined> {
  const { intent } = turn.parsed;
  switch (state.name) {
    case 'confirm_ride':
      if (intent === 'yes') return requestRide(turn, residentId, state);
      if (intent === 'no') return dropped(turn);
      return undefined;
    case 'confirm_shuttle':
      if (intent === 'yes') return bookShuttleSeat(turn, residentId, state);
      if (intent === 'no') return dropped(turn);
      return undefined;
    case 'confirm_cancel':
      if (intent === 'yes') return confirmCancel(turn, residentId, state.target);
      if (intent === 'no') return kept(turn);
      return undefined;
    case 'choose_cancel':
      if (intent === 'no') return kept(turn);
      return chooseCancel(turn, residentId, state.options);
    case 'ride_details': {
      if (FRESH_START.has(intent) || intent === 'stop' || intent === 'no') return undefined;
      const { name: _name, ...known } = state;
      const bringsDetails = turn.parsed.date || turn.parsed.time || turn.parsed.placeHint;
      return bringsDetails || intent === 'book_ride' ? continueRide(turn, known) : undefined;
    }
    case 'main_menu':
    case 'idle':
      return undefined;
  }
}

async function startIntent(turn: Turn, residentId: string): Promise<TurnResult> {
  switch (turn.parsed.intent) {
    case 'book_ride':
      return continueRide(turn, {});
    case 'book_shuttle':
      return startShuttle(turn, residentId);
    case 'cancel':
      return startCancel(turn, residentId);
    case 'list':
      return listBookings(turn, residentId);
    case 'help':
      await reply(turn, templates.menu(turn.territory.contactPhone));
      return understood({ name: 'main_menu' });
    default:
      return notUnderstood(turn);
  }
}

async function dropped(turn: Turn) {
  await reply(turn, templates.dropped());
  return understood({ name: 'idle' });
}

async function kept(turn: Turn) {
  await reply(turn, templates.kept());
  return understood({ name: 'idle' });
}
