import { ServiceError } from '../../errors';
import { cancelRideRequest } from '../../ride-requests/cancel';
import { findRideRequest } from '../../ride-requests/view';
import { cancelSeatBooking } from '../../shuttles/bookings/cancel';
import { type UpcomingBooking, upcomingBookings } from '../bookings';
import type { BookingRef } from '../state';
import type { VoiceAnswer } from './answer';
import { menu, next, type VoiceCall } from './handle-voice-step';
import { voicePrompts } from './prompts';

const bookingsOf = (call: VoiceCall, residentId: string) =>
  upcomingBookings(call.ctx.db, {
    territoryId: call.territory.id,
    residentId,
    now: call.now,
    timeZone: call.territory.timezone,
  });

/** 2: every booking read out, dates in full, then the menu again. */
export async function listBookingsStep(call: VoiceCall, residentId: string): Promise<VoiceAnswer> {
  const bookings = await bookingsOf(call, residentId);
  if (bookings.length === 0) return menu(call, [voicePrompts.noBookings]);
  return menu(call, [voicePrompts.yourBookings(bookings.length), ...bookings.map((b) => `${b.voice}.`)]);
}

/** 3: bookings are offered one at a time, soonest first. */
export async function startCancelStep(call: VoiceCall, residentId: string): Promise<VoiceAnswer> {
  const bookings = await bookingsOf(call, residentId);
  if (bookings.length === 0) return menu(call, [voicePrompts.noBookings]);
  return offer(bookings, 0);
}

function offer(bookings: UpcomingBooking[], index: number, before: string[] = []): VoiceAnswer {
  const booking = bookings[index]!;
  return {
    say: [...before, `Votre réservation : ${booking.voice}.`, ...voicePrompts.cancelChoice],
    gather: next('cancel_pick', { index: String(index) }),
  };
}

export async function cancelPickStep(call: VoiceCall, digits: string): Promise<VoiceAnswer> {
  if (call.party.kind !== 'resident') return menu(call, []);
  const bookings = await bookingsOf(call, call.party.residentId);
  const index = Math.max(0, Number(call.input.params.index ?? '0') || 0);
  const booking = bookings[index];
  if (!booking) return menu(call, [voicePrompts.noMoreBookings]);
  switch (digits) {
    case '1':
      return {
        say: voicePrompts.cancelConfirm(booking.voice),
        gather: next('cancel_confirm', { ref: `${booking.ref.type}:${booking.ref.id}` }),
      };
    case '2':
      return bookings[index + 1] ? offer(bookings, index + 1) : menu(call, [voicePrompts.noMoreBookings]);
    case '9':
      return menu(call, []);
    case 'repeat':
      return offer(bookings, index);
    default:
      return offer(bookings, index, [voicePrompts.notUnderstood]);
  }
}

export async function cancelConfirmStep(call: VoiceCall, digits: string): Promise<VoiceAnswer> {
  if (call.party.kind !== 'resident') return menu(call, []);
  const residentId = call.party.residentId;
  const ref = parseRef(call.input.params.ref);
  const booking = ref && (await bookingsOf(call, residentId)).find((b) => b.ref.id === ref.id);
  if (!booking) return menu(call, [voicePrompts.noMoreBookings]);
  if (digits === '2') return menu(call, [voicePrompts.kept]);
  if (digits !== '1') {
    const before = digits === 'repeat' ? [] : [voicePrompts.notUnderstood];
    return {
      say: [...before, ...voicePrompts.cancelConfirm(booking.voice)],
      gather: next('cancel_confirm', call.input.params),
    };
  }
  const refusal = await cancelBooking(call, residentId, booking.ref);
  if (refusal) return menu(call, [voicePrompts.refused(refusal, call.territory)]);
  return menu(call, [voicePrompts.cancelled]);
}

/**
 * Cancels through the same verbs as the API, acting as the resident on the voice channel, inside a
 * savepoint so a refusal leaves the call's transaction usable. Returns the refusal's French reason.
 */
export async function cancelBooking(
  call: VoiceCall,
  residentId: string,
  ref: BookingRef,
): Promise<string | undefined> {
  const ctx = {
    ...call.ctx,
    actor: { kind: 'resident' as const, residentId, territoryId: call.territory.id },
    channel: 'voice' as const,
    answeredInConversation: true,
  };
  try {
    await ctx.db.transaction(async (savepoint) => {
      if (ref.type === 'ride_request') {
        // Pressing 2 twice (or after cancelling by SMS) is not an error: it is already done.
        const current = await findRideRequest(savepoint, call.territory.id, ref.id);
        if (current.status === 'cancelled') return;
        await cancelRideRequest({ ...ctx, db: savepoint }, ref.id, { reason: 'resident_cancelled' });
      } else {
        // Cancelling a seat twice returns the cancelled booking.
        await cancelSeatBooking({ ...ctx, db: savepoint }, ref.id, { reason: 'resident_cancelled' });
      }
    });
    return undefined;
  } catch (error) {
    if (error instanceof ServiceError) return error.residentMessage ?? 'Ce n’est pas possible.';
    throw error;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseRef(value: string | undefined): BookingRef | undefined {
  const [type, id] = (value ?? '').split(':');
  if ((type !== 'ride_request' && type !== 'seat_booking') || !id || !UUID.test(id)) return undefined;
  return { type, id };
}
