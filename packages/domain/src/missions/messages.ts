import { gsmLength, gsmText, MAX_SMS_SEPTETS } from '../messages/gsm';
import type { Notification } from '../messages/notify';
import { frenchDay, frenchDayTime, frenchTime } from '../time';

/*
 * Every message of the volunteer-ride loop, as builders that take plain values and return the text.
 * Rules for all of them: French, at most two GSM-7 SMS segments (`fitSms` drops optional sentences
 * first), never the purpose of a trip. Offers name communes only; the pick-up address, the resident's
 * first name and phone go only to the volunteer who is assigned. Residents get the driver's first name
 * and the pick-up time.
 */

export type VolunteerNotification = Omit<Notification, 'voice'>;

interface Sentence {
  text: string;
  /** Dropped, last first, when the message would not fit in two segments. */
  optional?: boolean;
}

/**
 * Joins the sentences into one GSM-7 SMS of at most two segments: optional sentences go first (last
 * first), then the longest sentence is shortened with "...", so the code and the call to answer stay.
 */
export function fitSms(sentences: Sentence[]): string {
  const kept = sentences.filter((s) => s.text !== '').map((s) => ({ ...s, text: gsmText(s.text) }));
  const render = () => kept.map((s) => s.text).join(' ');
  while (gsmLength(render()) > MAX_SMS_SEPTETS) {
    const last = kept.map((s) => s.optional === true).lastIndexOf(true);
    if (last < 0) break;
    kept.splice(last, 1);
  }
  const excess = gsmLength(render()) - MAX_SMS_SEPTETS;
  if (excess > 0) {
    const longest = kept.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    longest.text = `${longest.text.slice(0, Math.max(0, longest.text.length - excess - 3))}...`;
  }
  return render();
}

const passengersText = (count: number) => (count === 1 ? '1 passager' : `${count} passagers`);
const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} et ${names.at(-1)}`;

// ---- To volunteers ----------------------------------------------------------------------------------

export interface OfferText {
  offerId: string;
  /** The wave it went out in: an offer asked again in a later wave is a new message. */
  wave: number;
  code: string;
  start: Date;
  /** Communes of the pick-ups, in order, and the destination's commune (or place name outside). */
  fromCommunes: string[];
  toArea: string;
  passengers: number;
  withReturn: boolean;
  link: string;
  timeZone: string;
}

/** "Répondez OUI 4821 ou NON 4821": the day, time, communes and code, plus the page with the details. */
export function offerSms(o: OfferText): VolunteerNotification {
  const trip = o.withReturn ? 'aller-retour' : 'aller simple';
  return {
    template: 'mission.offer',
    sms: fitSms([
      {
        text: `Solimob : trajet solidaire ${frenchDayTime(o.start, o.timeZone)}, de ${list(o.fromCommunes)} à ${o.toArea} (${trip}, ${passengersText(o.passengers)}).`,
      },
      { text: `Répondez OUI ${o.code} ou NON ${o.code}.` },
      { text: `Détails : ${o.link}`, optional: true },
    ]),
    idempotencyKey: `offer-${o.offerId}-w${o.wave}`,
    linkedEntity: { type: 'offer', id: o.offerId },
  };
}

/** To the others once a volunteer accepted (or to a late "OUI"): kindly, it is taken. */
export function offerTakenSms(o: {
  offerId: string;
  wave: number;
  code: string;
  start: Date;
  timeZone: string;
}) {
  return {
    template: 'mission.offer_taken',
    sms: fitSms([
      {
        text: `Solimob : merci ! Le trajet ${o.code} du ${frenchDay(o.start, o.timeZone)} a déjà trouvé un chauffeur. Merci de votre disponibilité, à une prochaine fois.`,
      },
    ]),
    idempotencyKey: `offer-taken-${o.offerId}-w${o.wave}`,
    linkedEntity: { type: 'offer', id: o.offerId },
  } satisfies VolunteerNotification;
}

/** A pending offer taken back: the ride was cancelled, or changed (pooled with another one). */
export function offerWithdrawnSms(o: {
  offerId: string;
  wave: number;
  code: string;
  start: Date;
  timeZone: string;
  because: 'cancelled' | 'changed';
}): VolunteerNotification {
  const why = o.because === 'cancelled' ? 'est annulé' : 'a changé et ne vous est plus proposé';
  return {
    template: 'mission.offer_withdrawn',
    sms: fitSms([
      { text: `Solimob : le trajet ${o.code} du ${frenchDay(o.start, o.timeZone)} ${why}.` },
      { text: 'Inutile de répondre. Merci !' },
    ]),
    idempotencyKey: `offer-withdrawn-${o.offerId}-w${o.wave}`,
    linkedEntity: { type: 'offer', id: o.offerId },
  };
}

export interface AssignedRider {
  rideRequestId: string;
  firstName: string;
  /** The pick-up address as stored. */
  address: string;
  phone: string | null;
  needs: string[];
  pickupAt: Date;
  destination: string;
  returnPickupAt: Date | null;
}

const NEED_WORDS: Record<string, string> = {
  wheelchair: 'fauteuil roulant',
  walking_aid: 'aide à la marche',
  needs_escort: 'accompagnement',
  visually_impaired: 'malvoyant',
  hearing_impaired: 'malentendant',
};

/** The French words for mobility needs, for drivers ("fauteuil roulant, malentendant"). */
export const needsText = (needs: string[]) => needs.map((n) => NEED_WORDS[n] ?? n).join(', ');

/**
 * To the assigned volunteer, one SMS per passenger: where and when, who, their phone and needs. This is
 * the only message that carries an address and a phone number.
 */
export function assignmentSms(o: {
  missionId: string;
  volunteerDriverId: string;
  code: string;
  rider: AssignedRider;
  index: number;
  count: number;
  timeZone: string;
}): VolunteerNotification {
  const r = o.rider;
  const part = o.count > 1 ? ` (${o.index + 1}/${o.count})` : '';
  return {
    template: 'mission.assignment',
    sms: fitSms([
      {
        text: `Solimob${part} : trajet ${o.code} confirmé, merci ! ${frenchDay(r.pickupAt, o.timeZone)} à ${frenchTime(r.pickupAt, o.timeZone)}, prendre ${r.firstName} au ${r.address}.`,
      },
      { text: r.phone ? `Tél. ${r.phone}.` : 'Pas de téléphone.' },
      { text: r.needs.length > 0 ? `Besoin : ${needsText(r.needs)}.` : '' },
      { text: `Vers : ${r.destination}.` },
      {
        text: r.returnPickupAt ? `Retour à ${frenchTime(r.returnPickupAt, o.timeZone)}.` : '',
        optional: true,
      },
      { text: `Après la course, répondez FAIT ${o.code}.`, optional: true },
    ]).replace(/ {2,}/g, ' '),
    idempotencyKey: `mission-assignment-${o.missionId}-${o.volunteerDriverId}-${r.rideRequestId}`,
    linkedEntity: { type: 'mission', id: o.missionId },
  };
}

/** The day before, to the assigned volunteer. */
export function driverReminderSms(o: {
  missionId: string;
  code: string;
  start: Date;
  riders: { firstName: string; address: string }[];
  link: string;
  timeZone: string;
  localDate: string;
}): VolunteerNotification {
  const who = o.riders.map((r) => `${r.firstName}, ${r.address}`).join(' ; ');
  return {
    template: 'mission.driver_reminder',
    sms: fitSms([
      {
        text: `Solimob : rappel, demain ${frenchDayTime(o.start, o.timeZone)}, trajet ${o.code} : ${who}.`,
      },
      { text: `Un empêchement ? Dites-le vite ici : ${o.link}`, optional: true },
    ]),
    idempotencyKey: `mission-reminder-${o.missionId}-${o.localDate}`,
    linkedEntity: { type: 'mission', id: o.missionId },
  };
}

/** The mission was cancelled after the volunteer was assigned. */
export function missionCancelledSms(o: {
  missionId: string;
  volunteerDriverId: string;
  code: string;
  start: Date;
  timeZone: string;
}): VolunteerNotification {
  return {
    template: 'mission.cancelled',
    sms: fitSms([
      {
        text: `Solimob : le trajet ${o.code} du ${frenchDayTime(o.start, o.timeZone)} est annulé. Inutile de vous déplacer. Merci !`,
      },
    ]),
    idempotencyKey: `mission-cancelled-${o.missionId}-${o.volunteerDriverId}`,
    linkedEntity: { type: 'mission', id: o.missionId },
    urgent: true,
  };
}

/** One passenger of a pooled mission cancelled; the others still travel. */
export function passengerCancelledSms(o: {
  missionId: string;
  rideRequestId: string;
  code: string;
  firstName: string;
  start: Date;
  timeZone: string;
}): VolunteerNotification {
  return {
    template: 'mission.passenger_cancelled',
    sms: fitSms([
      {
        text: `Solimob : ${o.firstName} ne voyage plus avec vous le ${frenchDay(o.start, o.timeZone)} (trajet ${o.code}). Le trajet reste prévu pour les autres passagers.`,
      },
    ]),
    idempotencyKey: `mission-passenger-cancelled-${o.missionId}-${o.rideRequestId}`,
    linkedEntity: { type: 'mission', id: o.missionId },
    urgent: true,
  };
}

/** Staff gave the mission to another volunteer. */
export function missionReassignedSms(o: {
  missionId: string;
  volunteerDriverId: string;
  code: string;
  start: Date;
  timeZone: string;
}): VolunteerNotification {
  return {
    template: 'mission.reassigned',
    sms: fitSms([
      {
        text: `Solimob : le trajet ${o.code} du ${frenchDay(o.start, o.timeZone)} a été confié à un autre chauffeur. Inutile de vous déplacer. Merci !`,
      },
    ]),
    idempotencyKey: `mission-reassigned-${o.missionId}-${o.volunteerDriverId}`,
    linkedEntity: { type: 'mission', id: o.missionId },
    urgent: true,
  };
}

/** The volunteer gave the mission back ("je ne peux plus"). */
export function releaseAckSms(o: { missionId: string; volunteerDriverId: string; code: string }) {
  return {
    template: 'mission.release_ack',
    sms: fitSms([
      {
        text: `Solimob : c'est noté, le trajet ${o.code} est libéré et nous cherchons un autre chauffeur. Merci de nous avoir prévenus.`,
      },
    ]),
    idempotencyKey: `mission-released-${o.missionId}-${o.volunteerDriverId}`,
    linkedEntity: { type: 'mission', id: o.missionId },
  } satisfies VolunteerNotification;
}

/** "FAIT 4821" received. */
export function completionAckSms(o: { missionId: string; code: string }): VolunteerNotification {
  return {
    template: 'mission.completion_ack',
    sms: fitSms([
      {
        text: `Solimob : merci ! Trajet ${o.code} enregistré. Les kilomètres figureront sur votre relevé du mois.`,
      },
    ]),
    idempotencyKey: `mission-completed-${o.missionId}`,
    linkedEntity: { type: 'mission', id: o.missionId },
  };
}

// ---- To residents (SMS on a mobile, a call on a landline) -------------------------------------------

/** The driver is found: their first name and the pick-up time; never the purpose, never the address. */
export function rideConfirmation(o: {
  rideRequestId: string;
  missionId: string;
  volunteerDriverId: string;
  driverFirstName: string;
  pickupAt: Date;
  returnPickupAt: Date | null;
  timeZone: string;
}): Notification {
  const when = frenchDayTime(o.pickupAt, o.timeZone);
  const back = o.returnPickupAt ? ` Retour vers ${frenchTime(o.returnPickupAt, o.timeZone)}.` : '';
  return {
    template: 'ride.confirmation',
    sms: fitSms([
      {
        text: `Solimob : votre trajet est confirmé. ${o.driverFirstName}, chauffeur bénévole, viendra vous chercher le ${when}.${back}`,
      },
    ]),
    voice: `Bonjour, ici Solimob. Votre trajet est confirmé. ${o.driverFirstName}, chauffeur bénévole, viendra vous chercher le ${when}.${back} Au revoir.`,
    idempotencyKey: `ride-confirmation-${o.rideRequestId}-${o.missionId}-${o.volunteerDriverId}`,
    linkedEntity: { type: 'ride_request', id: o.rideRequestId },
  };
}

/** The day before. */
export function rideReminder(o: {
  rideRequestId: string;
  driverFirstName: string;
  pickupAt: Date;
  contactPhone: string | null;
  timeZone: string;
  localDate: string;
}): Notification {
  const when = frenchDayTime(o.pickupAt, o.timeZone);
  const call = o.contactPhone ? ` Un empêchement ? Appelez le ${o.contactPhone}.` : '';
  return {
    template: 'ride.reminder',
    sms: fitSms([
      { text: `Solimob : rappel, ${o.driverFirstName} viendra vous chercher demain, ${when}.` },
      { text: call, optional: true },
    ]).trim(),
    voice: `Bonjour, ici Solimob. Petit rappel : ${o.driverFirstName}, chauffeur bénévole, viendra vous chercher demain, ${when}.${call} Au revoir.`,
    idempotencyKey: `ride-reminder-${o.rideRequestId}-${o.localDate}`,
    linkedEntity: { type: 'ride_request', id: o.rideRequestId },
  };
}

/** No driver by the deadline: staff will call. */
export function rideUnmet(o: { rideRequestId: string; requestedTime: Date; timeZone: string }): Notification {
  const when = frenchDayTime(o.requestedTime, o.timeZone);
  return {
    template: 'ride.unmet',
    sms: fitSms([
      {
        text: `Solimob : désolé, nous n'avons pas encore trouvé de chauffeur pour votre trajet du ${when}. Le CIAS va vous appeler.`,
      },
    ]),
    voice: `Bonjour, ici Solimob. Nous sommes désolés : nous n'avons pas encore trouvé de chauffeur pour votre trajet du ${when}. Le CIAS va vous appeler. Au revoir.`,
    idempotencyKey: `ride-unmet-${o.rideRequestId}`,
    linkedEntity: { type: 'ride_request', id: o.rideRequestId },
  };
}
