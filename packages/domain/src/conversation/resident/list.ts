import { countSegments, MAX_RESIDENT_SMS_SEGMENTS } from '../../messages/segments';
import { smsDay } from '../../messages/sms-text';
import { type UpcomingBooking, upcomingBookings } from '../bookings';
import { templates } from '../templates';
import { reply, type Turn, type TurnResult, understood } from '../turn';

export const residentBookings = (turn: Turn, residentId: string) =>
  upcomingBookings(turn.ctx.db, {
    territoryId: turn.territory.id,
    residentId,
    now: turn.now,
    timeZone: turn.territory.timezone,
  });

/** "Mes réservations": as many as two SMS segments hold, dates in full, then "et 2 autres". */
export async function listBookings(turn: Turn, residentId: string): Promise<TurnResult> {
  const all = await residentBookings(turn, residentId);
  const bookings = turn.parsed.date ? all.filter((b) => b.day === turn.parsed.date) : all;
  if (bookings.length === 0) {
    await reply(turn, templates.noBookings(dayAsked(turn)));
    return understood({ name: 'idle' });
  }
  await reply(turn, fittingList(bookings, turn.territory.contactPhone));
  return understood({ name: 'idle' });
}

export const dayAsked = (turn: Turn) =>
  turn.parsed.date ? smsDay(turn.parsed.date, turn.territory.timezone) : null;

/** The longest prefix of the list that fits in two segments (at least one booking). */
export function fittingList(bookings: UpcomingBooking[], contactPhone: string | null) {
  let shown = 1;
  while (shown < bookings.length) {
    const next = templates.list(
      bookings.slice(0, shown + 1).map((b) => b.smsWithStatus),
      bookings.length - shown - 1,
      contactPhone,
    );
    if (countSegments(next.text).segments > MAX_RESIDENT_SMS_SEGMENTS) break;
    shown++;
  }
  return templates.list(
    bookings.slice(0, shown).map((b) => b.smsWithStatus),
    bookings.length - shown,
    contactPhone,
  );
}
