import { gsmText } from '../messages/gsm';
import type { Notification } from '../messages/notify';
import { frenchDay, frenchTime, localDate } from '../time';

/*
 * Everything a resident is told about the market shuttle, as builder functions so every template can be
 * listed and measured (see `shuttleMessageSamples`). Rules: French, short, never the purpose of a trip
 * nor an address (only "devant chez vous" or the stop's name), at most two SMS segments. SMS texts keep
 * to the GSM-7 alphabet (é è à ù are in it; ê â î ô û ç ë ï œ and typographic dashes are not), so a
 * segment holds 153 characters instead of 67: `gsm7` folds what data brings in (stop names, "août").
 */

/** Where the shuttle picks the resident up: at the door, or at a named stop. */
export type PickupPlace = { kind: 'door' } | { kind: 'stop'; name: string };

/** Folds what GSM-7 lacks ("août" → "aout", 1990 spelling): the one rule of the service, `gsmText`. */
export const gsm7 = gsmText;

// "arrêt" is not GSM-7: the SMS names the stop alone ("à Berric - Mairie").
const smsPlace = (place: PickupPlace) => (place.kind === 'door' ? 'devant chez vous' : `à ${place.name}`);
const voicePlace = (place: PickupPlace) =>
  place.kind === 'door' ? 'devant chez vous' : `à l'arrêt ${place.name}`;
const callUs = (contactPhone: string | null) =>
  contactPhone ? ` Pour annuler : ${spacedPhone(contactPhone)}.` : '';
const voiceCallUs = (contactPhone: string | null) =>
  contactPhone ? ` Pour annuler, appelez le ${spacedPhone(contactPhone)}.` : '';

/** +33261910000 → "02 61 91 00 00": how a French number is written and read. */
export function spacedPhone(e164: string): string {
  const national = e164.startsWith('+33') ? `0${e164.slice(3)}` : e164;
  return /^0[1-9][0-9]{8}$/.test(national) ? national.replace(/(\d{2})(?=\d)/g, '$1 ') : e164;
}

interface RoundRef {
  id: string;
  serviceDate: string;
}
interface BookingRef {
  id: string;
}

const sms = (text: string) => gsm7(`Solimob : ${text}`);
const voice = (text: string) => `Bonjour, ici Solimob. ${text} Au revoir.`;

export function seatBooked(booking: BookingRef, round: RoundRef, zone: string): Notification {
  const day = frenchDay(round.serviceDate, zone);
  return {
    template: 'shuttle.booked',
    sms: sms(`votre place dans la navette du ${day} est réservée. Vous aurez l'heure de passage la veille.`),
    voice: voice(
      `Votre place dans la navette du ${day} est réservée. Nous vous donnerons l'heure de passage la veille.`,
    ),
    idempotencyKey: `seat-booked-${booking.id}`,
    linkedEntity: { type: 'seat_booking', id: booking.id },
  };
}

/**
 * Stands for the waitlist position in a text built before the position is known (a booking writes its
 * message in the statement that ranks it, see claimSeat): the statement replaces it with the number.
 */
export const WAITLIST_POSITION_SLOT = '#RANG#';

export function seatWaitlisted(
  booking: BookingRef,
  round: RoundRef,
  position: number | typeof WAITLIST_POSITION_SLOT,
  zone: string,
): Notification {
  const day = frenchDay(round.serviceDate, zone);
  return {
    template: 'shuttle.waitlisted',
    sms: sms(
      `la navette du ${day} est complète. Votre rang sur la liste d'attente : ${position}. Nous vous prévenons si une place se libère.`,
    ),
    voice: voice(
      `La navette du ${day} est complète. Vous êtes numéro ${position} sur la liste d'attente. Nous vous prévenons si une place se libère.`,
    ),
    idempotencyKey: `seat-waitlisted-${booking.id}`,
    linkedEntity: { type: 'seat_booking', id: booking.id },
  };
}

export function seatPromoted(booking: BookingRef, round: RoundRef, zone: string): Notification {
  const day = frenchDay(round.serviceDate, zone);
  return {
    template: 'shuttle.promoted',
    sms: sms(
      `une place s'est libérée : votre place dans la navette du ${day} est réservée. Vous aurez l'heure de passage la veille.`,
    ),
    voice: voice(
      `Une place s'est libérée : vous êtes inscrit dans la navette du ${day}. Nous vous donnerons l'heure de passage la veille.`,
    ),
    idempotencyKey: `seat-promoted-${booking.id}`,
    linkedEntity: { type: 'seat_booking', id: booking.id },
  };
}

export function seatCancelled(booking: BookingRef, round: RoundRef, zone: string): Notification {
  const day = frenchDay(round.serviceDate, zone);
  return {
    template: 'shuttle.booking-cancelled',
    sms: sms(`votre place dans la navette du ${day} est annulée.`),
    voice: voice(`Votre place dans la navette du ${day} est annulée.`),
    idempotencyKey: `seat-cancelled-${booking.id}`,
    linkedEntity: { type: 'seat_booking', id: booking.id },
  };
}

export function roundCancelled(booking: BookingRef, round: RoundRef, zone: string): Notification {
  const day = frenchDay(round.serviceDate, zone);
  return {
    template: 'shuttle.round-cancelled',
    sms: sms(`désolé, la navette du ${day} est annulée. Votre place est annulée aussi.`),
    voice: voice(`Nous sommes désolés : la navette du ${day} est annulée. Votre place est annulée aussi.`),
    idempotencyKey: `round-cancelled-${round.id}-${booking.id}`,
    linkedEntity: { type: 'seat_booking', id: booking.id },
    urgent: true,
  };
}

/** A round moved to another date or time by staff. `version` keeps each change its own message. */
export function roundChanged(
  booking: BookingRef,
  round: RoundRef & { arrivalAt: Date },
  version: string,
  zone: string,
): Notification {
  const day = frenchDay(round.serviceDate, zone);
  const time = frenchTime(round.arrivalAt, zone);
  return {
    template: 'shuttle.round-changed',
    sms: sms(
      `changement : la navette aura lieu le ${day}, arrivée vers ${time}. Vous aurez l'heure de passage la veille.`,
    ),
    voice: voice(
      `Attention, changement : la navette aura lieu le ${day}, avec une arrivée vers ${time}. Nous vous donnerons l'heure de passage la veille.`,
    ),
    idempotencyKey: `round-changed-${round.id}-${version}-${booking.id}`,
    linkedEntity: { type: 'seat_booking', id: booking.id },
    urgent: true,
  };
}

/** The day-before message: "La navette passera vous chercher lundi 7 décembre vers 9 h 12, devant chez vous". */
export function dayBeforeReminder(
  booking: BookingRef,
  pickup: { at: Date; place: PickupPlace },
  returnAt: Date | null,
  contactPhone: string | null,
  zone: string,
): Notification {
  const day = frenchDay(pickup.at, zone);
  const time = frenchTime(pickup.at, zone);
  const back = returnAt ? ` Retour : départ vers ${frenchTime(returnAt, zone)}.` : '';
  const voiceBack = returnAt
    ? ` Pour le retour, la navette repartira vers ${frenchTime(returnAt, zone)}.`
    : '';
  return {
    template: 'shuttle.day-before',
    sms: sms(
      `la navette passera vous chercher ${day} vers ${time}, ${smsPlace(pickup.place)}.${back}${callUs(contactPhone)}`,
    ),
    voice: voice(
      `La navette passera vous chercher ${day} vers ${time}, ${voicePlace(pickup.place)}.${voiceBack}${voiceCallUs(contactPhone)}`,
    ),
    // The date is part of the key: a round moved to another day gets its own day-before message.
    idempotencyKey: `shuttle-day-before-${booking.id}-${localDate(pickup.at, zone)}`,
    linkedEntity: { type: 'seat_booking', id: booking.id },
  };
}

/** After a re-plan, to the residents whose announced pick-up time moved (`version`: the plan's). */
export function pickupTimeChanged(
  booking: BookingRef,
  pickup: { at: Date; place: PickupPlace },
  version: number,
  zone: string,
): Notification {
  const day = frenchDay(pickup.at, zone);
  const time = frenchTime(pickup.at, zone);
  return {
    template: 'shuttle.time-changed',
    sms: sms(
      `changement d'horaire : la navette passera vous chercher ${day} vers ${time}, ${smsPlace(pickup.place)}.`,
    ),
    voice: voice(
      `Attention, changement d'horaire : la navette passera vous chercher ${day} vers ${time}, ${voicePlace(pickup.place)}.`,
    ),
    idempotencyKey: `shuttle-time-changed-${booking.id}-${version}`,
    linkedEntity: { type: 'seat_booking', id: booking.id },
    urgent: true,
  };
}

/** At the cut-off, to those still waiting for a seat. */
export function stillWaitlisted(booking: BookingRef, round: RoundRef, zone: string): Notification {
  const day = frenchDay(round.serviceDate, zone);
  return {
    template: 'shuttle.still-waitlisted',
    sms: sms(
      `la navette du ${day} reste complète. Vous restez sur la liste d'attente ; nous vous prévenons si une place se libère.`,
    ),
    voice: voice(
      `La navette du ${day} reste complète. Vous restez sur la liste d'attente, et nous vous prévenons si une place se libère.`,
    ),
    idempotencyKey: `shuttle-still-waitlisted-${booking.id}`,
    linkedEntity: { type: 'seat_booking', id: booking.id },
  };
}

/**
 * Every template filled with long but realistic values (the longest French day and month, a long stop
 * name, a contact number): what a segment counter must check.
 */
export function shuttleMessageSamples(zone = 'Europe/Paris'): Notification[] {
  const booking = { id: '00000000-0000-4000-8000-000000000001' };
  const round = { id: '00000000-0000-4000-8000-000000000002', serviceDate: '2027-09-22' };
  const august = { id: round.id, serviceDate: '2027-08-18' };
  const at = new Date('2027-09-22T06:47:00Z');
  const stop = { kind: 'stop', name: 'Rochefort-en-Terre – Place des Halles' } as const;
  return [
    seatBooked(booking, round, zone),
    seatWaitlisted(booking, august, 128, zone),
    seatPromoted(booking, round, zone),
    seatCancelled(booking, august, zone),
    roundCancelled(booking, round, zone),
    roundChanged(booking, { ...august, arrivalAt: at }, 'v1', zone),
    dayBeforeReminder(booking, { at, place: stop }, new Date('2027-09-22T09:47:00Z'), '+33261910000', zone),
    dayBeforeReminder(booking, { at, place: { kind: 'door' } }, null, null, zone),
    pickupTimeChanged(booking, { at, place: stop }, 12, zone),
    stillWaitlisted(booking, august, zone),
    subscribed(booking, 3),
  ];
}

const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

export function subscribed(subscription: { id: string }, weekday: number): Notification {
  const day = WEEKDAYS[weekday - 1] ?? '';
  return {
    template: 'shuttle.subscribed',
    sms: sms(
      `votre inscription dans la navette chaque ${day} est enregistrée. Vous aurez l'heure de passage la veille de chaque trajet.`,
    ),
    voice: voice(
      `Vous êtes inscrit dans la navette chaque ${day}. Nous vous donnerons l'heure de passage la veille de chaque trajet.`,
    ),
    idempotencyKey: `shuttle-subscribed-${subscription.id}`,
    linkedEntity: { type: 'shuttle_subscription', id: subscription.id },
  };
}
