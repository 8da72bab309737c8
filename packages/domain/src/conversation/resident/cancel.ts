import { countSegments, MAX_RESIDENT_SMS_SEGMENTS } from '../../messages/segments';
import { cancelRideRequest } from '../../ride-requests/cancel';
import { cancelSeatBooking } from '../../shuttles/bookings/cancel';
import type { UpcomingBooking } from '../bookings';
import type { BookingRef } from '../state';
import { templates } from '../templates';
import { actAs, attempt, reply, type Turn, type TurnResult, understood } from '../turn';
import { dayAsked, residentBookings } from './list';
import { refused } from './refused';

const MAX_CHOICES = 3;

/** "Annuler" (maybe with a day): one booking → confirm it; several → a numbered choice. */
export async function startCancel(turn: Turn, residentId: string): Promise<TurnResult> {
  const all = await residentBookings(turn, residentId);
  const bookings = turn.parsed.date ? all.filter((b) => b.day === turn.parsed.date) : all;
  if (bookings.length === 0) {
    await reply(turn, templates.noBookings(dayAsked(turn)));
    return understood({ name: 'idle' });
  }
  if (bookings.length === 1) return askToConfirm(turn, bookings[0]!);
  const options = fittingChoices(bookings);
  await reply(turn, templates.chooseCancel(options.map((b) => b.sms)));
  return understood({ name: 'choose_cancel', options: options.map((b) => b.ref) });
}

/** "2" after "Quelle réservation annuler ?". */
export async function chooseCancel(turn: Turn, residentId: string, options: BookingRef[]) {
  const choice = turn.parsed.menuChoice;
  const picked = choice !== null ? options[choice - 1] : undefined;
  if (!picked) return undefined;
  const booking = (await residentBookings(turn, residentId)).find((b) => b.ref.id === picked.id);
  if (!booking) {
    await reply(turn, templates.noBookings(null));
    return understood({ name: 'idle' });
  }
  return askToConfirm(turn, booking);
}

async function askToConfirm(turn: Turn, booking: UpcomingBooking): Promise<TurnResult> {
  await reply(turn, templates.confirmCancel(booking.sms));
  return understood({ name: 'confirm_cancel', target: booking.ref });
}

/** OUI to "Annuler … ?": the same cancel verbs as the API, acting as the resident. */
export async function confirmCancel(turn: Turn, residentId: string, target: BookingRef): Promise<TurnResult> {
  const booking = (await residentBookings(turn, residentId)).find((b) => b.ref.id === target.id);
  if (!booking) {
    await reply(turn, templates.noBookings(null));
    return understood({ name: 'idle' });
  }
  const result = await attempt(actAs(turn, residentId), async (ctx) => {
    if (target.type === 'ride_request') {
      await cancelRideRequest(ctx, target.id, { reason: 'resident_cancelled' });
    } else {
      await cancelSeatBooking(ctx, target.id, { reason: 'resident_cancelled' });
    }
  });
  if (!result.ok) return refused(turn, result.error);
  await reply(turn, templates.cancelled(booking.sms), target);
  return understood({ name: 'idle' });
}

/** At most three choices, fewer when their wording would not fit two segments. */
function fittingChoices(bookings: UpcomingBooking[]): UpcomingBooking[] {
  let count = Math.min(MAX_CHOICES, bookings.length);
  while (count > 2) {
    const text = templates.chooseCancel(bookings.slice(0, count).map((b) => b.sms)).text;
    if (countSegments(text).segments <= MAX_RESIDENT_SMS_SEGMENTS) break;
    count--;
  }
  return bookings.slice(0, count);
}
