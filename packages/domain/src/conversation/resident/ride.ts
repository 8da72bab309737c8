import { schema } from '@solimob/db';
import { and, eq } from 'drizzle-orm';
import { gsmText } from '../../messages/gsm';
import { smsDayTime } from '../../messages/sms-text';
import { createRideRequest } from '../../ride-requests/create';
import { timingProblems } from '../../ride-requests/intake';
import { zonedInstant } from '../../time';
import { matchPlace, purposeOfPlace } from '../places';
import type { ConversationState } from '../state';
import { templates } from '../templates';
import { actAs, attempt, reply, type Turn, type TurnResult, understood } from '../turn';
import { refused } from './refused';

type RideDetails = Extract<ConversationState, { name: 'ride_details' }>;

/**
 * Asking for a ride: gathers the place, the day and the hour over as many messages as it takes
 * (each answer may bring several), then asks for a confirmation. The place must be one the territory
 * knows (its aliases), because a driver needs coordinates; anything else gets "où voulez-vous aller ?".
 */
export async function continueRide(turn: Turn, known: Omit<RideDetails, 'name'>): Promise<TurnResult> {
  const { parsed } = turn;
  const place = await matchPlace(turn.ctx.db, turn.territory.id, parsed.placeHint);
  const details: RideDetails = {
    name: 'ride_details',
    ...known,
    ...(parsed.date ? { date: parsed.date } : {}),
    ...(parsed.time ? { time: parsed.time } : {}),
    ...(parsed.partOfDay ? { partOfDay: parsed.partOfDay } : {}),
    ...(place ? { placeId: place.id } : {}),
  };
  if (!details.placeId) {
    await reply(turn, templates.askPlace(parsed.placeHint !== null));
    return understood(details);
  }
  if (!details.date) {
    await reply(turn, templates.askDay());
    return understood(details);
  }
  if (!details.time) {
    await reply(turn, templates.askTime());
    return understood(details);
  }
  // The territory's rules (notice, service days and hours) are checked before "Répondez OUI", so
  // the resident can give another day or hour in the same exchange.
  const requestedTime = zonedInstant(details.date, details.time, turn.territory.timezone);
  const [problem] = timingProblems(
    { requestedTime, returnTime: null, returnWaitMinutes: null },
    turn.now,
    turn.territory.settings.rides,
    turn.territory.timezone,
  );
  if (problem) {
    await reply(turn, templates.rideNotPossible(gsmText(problem.residentMessage)));
    return understood({ name: 'ride_details', placeId: details.placeId });
  }
  const trip = await describeTrip(turn, details.placeId, details.date, details.time);
  await reply(turn, templates.confirmRide(trip));
  return understood({
    name: 'confirm_ride',
    date: details.date,
    time: details.time,
    placeId: details.placeId,
  });
}

/** OUI to "Trajet vers … Répondez OUI": the same verb as the API, acting as the resident, by SMS. */
export async function requestRide(
  turn: Turn,
  residentId: string,
  state: Extract<ConversationState, { name: 'confirm_ride' }>,
): Promise<TurnResult> {
  const place = await findPlace(turn, state.placeId);
  if (!place) {
    await reply(turn, templates.askPlace(true));
    return understood({ name: 'ride_details', date: state.date, time: state.time });
  }
  const requestedTime = zonedInstant(state.date, state.time, turn.territory.timezone);
  const result = await attempt(actAs(turn, residentId), (ctx) =>
    createRideRequest(ctx, {
      residentId,
      destination: { placeId: place.id },
      requestedTime: requestedTime.toISOString(),
      // "jeudi 14h chez le kiné": the hour of the appointment, so the time to be there.
      timeAnchor: 'arrival',
      purpose: purposeOfPlace(place),
    }),
  );
  if (!result.ok) return refused(turn, result.error);
  const trip = await describeTrip(turn, place.id, state.date, state.time);
  await reply(turn, templates.rideRequested(trip), { type: 'ride_request', id: result.value.id });
  return understood({ name: 'idle' });
}

async function findPlace(turn: Turn, placeId: string) {
  const [place] = await turn.ctx.db
    .select()
    .from(schema.places)
    .where(and(eq(schema.places.id, placeId), eq(schema.places.territoryId, turn.territory.id)));
  return place;
}

/** "vers Gare de Questembert le jeudi 3 décembre à 14 h" (GSM-7). */
async function describeTrip(turn: Turn, placeId: string, date: string, time: string): Promise<string> {
  const place = await findPlace(turn, placeId);
  const when = smsDayTime(zonedInstant(date, time, turn.territory.timezone), turn.territory.timezone);
  return `${place ? `vers ${gsmText(place.name)} ` : ''}le ${when}`;
}
