import { readFileSync } from 'node:fs';
import { questembertSeedPath } from '@solimob/db/seed';
import { describe, expect, it } from 'vitest';
import { gsmText } from '../messages/gsm';
import { assertFitsSegments, countSegments } from '../messages/segments';
import { smsDay, smsDayTime } from '../messages/sms-text';
import { smsSamples as missionSmsSamples } from '../missions/samples';
import { acknowledgement, cancellation } from '../ride-requests/acknowledgement';
import { shuttleMessageSamples } from '../shuttles/messages';
import { frenchTime } from '../time';
import { templates } from './templates';

/*
 * Every SMS a resident or volunteer can receive from the service, with worst-case inputs: the
 * longest place and commune names of the seed, the longest French day and month names with a
 * two-digit day, a time with minutes, the longest refusal reason, several bookings. Each must fit in
 * two segments counted as Twilio counts them, and none may name a trip purpose or an address.
 */

const ZONE = 'Europe/Paris';
const seed = JSON.parse(readFileSync(questembertSeedPath, 'utf8')) as {
  places: { name: string }[];
  communes: { name: string }[];
};
const longest = (names: string[]) => names.reduce((a, b) => (b.length > a.length ? b : a));
const LONGEST_PLACE = gsmText(longest(seed.places.map((p) => p.name)));
const LONGEST_COMMUNE = longest(seed.communes.map((c) => c.name));
/** "mercredi 30 septembre à 10 h 45": the longest weekday, a two-digit day, the longest month. */
const LONGEST_INSTANT = new Date('2026-09-30T08:45:00Z');
/** August: "août" has a û, folded to "aout" so the SMS stays GSM-7. */
const AUGUST = new Date('2027-08-25T08:45:00Z');
const LONGEST_DAY = smsDay(LONGEST_INSTANT, ZONE);
const TRIP = `vers ${LONGEST_PLACE} le ${smsDayTime(LONGEST_INSTANT, ZONE)}`;
const RIDE = `trajet ${TRIP}`;
const RIDE_WITH_STATUS = `${RIDE} (chauffeur en recherche)`;
const SHUTTLE = `navette du marché, ${LONGEST_DAY}, passage vers ${frenchTime(LONGEST_INSTANT, ZONE)}`;
const CONTACT = '+33261910000';
/** The longest French refusal a verb gives (grep residentMessage). */
const LONGEST_REFUSAL = gsmText(
  'Les inscriptions pour cette navette sont closes. Appelez le CIAS si besoin.',
);

/** One worst case per template: adding a template without adding it here fails the test below. */
const worstCases: Record<keyof typeof templates, () => { template: string; text: string }> = {
  menu: () => templates.menu(CONTACT),
  notUnderstood: () => templates.notUnderstood(CONTACT),
  callback: () => templates.callback(CONTACT),
  unknownNumber: () => templates.unknownNumber(CONTACT),
  optOut: () => templates.optOut(),
  optIn: () => templates.optIn(),
  askPlace: () => templates.askPlace(true),
  askDay: () => templates.askDay(),
  askTime: () => templates.askTime(),
  confirmRide: () => templates.confirmRide(TRIP),
  rideRequested: () => templates.rideRequested(TRIP),
  confirmShuttle: () => templates.confirmShuttle(LONGEST_DAY),
  shuttleBooked: () => templates.shuttleBooked(LONGEST_DAY),
  shuttleWaitlisted: () => templates.shuttleWaitlisted(LONGEST_DAY, 12),
  noShuttle: () => templates.noShuttle(CONTACT),
  dropped: () => templates.dropped(),
  kept: () => templates.kept(),
  noBookings: () => templates.noBookings(LONGEST_DAY),
  chooseCancel: () => templates.chooseCancel([RIDE, RIDE]),
  confirmCancel: () => templates.confirmCancel(RIDE),
  cancelled: () => templates.cancelled(RIDE),
  list: () => templates.list([RIDE_WITH_STATUS], 12, CONTACT),
  refused: () => templates.refused(LONGEST_REFUSAL, CONTACT),
  rideNotPossible: () =>
    templates.rideNotPossible(
      gsmText(
        "Les trajets solidaires se font du lundi au samedi, entre 8 h et 19 h. Il faut demander un trajet au moins 2 jours à l'avance.",
      ),
    ),
  shuttleAlreadyBooked: () => templates.shuttleAlreadyBooked(LONGEST_DAY),
  shuttleAlreadyWaitlisted: () => templates.shuttleAlreadyWaitlisted(LONGEST_DAY, 128),
  volunteerNoCode: () => templates.volunteerNoCode(),
  volunteerAnswered: () =>
    templates.volunteerAnswered(
      gsmText("Vous avez déjà un trajet à ce moment-là : nous le proposons à quelqu'un d'autre. Merci !"),
    ),
  volunteerRefused: () =>
    templates.volunteerRefused(
      "Ce trajet n'a pas encore commencé : répondez FAIT une fois la course terminée.",
    ),
};

const request = {
  id: '6f1c1b1e-8a43-4a4e-9f57-3b9c2d1e0a11',
  destinationLabel: longest(seed.places.map((p) => p.name)),
  destinationPlaceId: '0f1c1b1e-8a43-4a4e-9f57-3b9c2d1e0a11',
  requestedTime: LONGEST_INSTANT,
};

/** Every SMS text the service sends, by template name. */
const allSms = (): [string, string][] => [
  ...Object.entries(worstCases).map(
    ([name, build]) => [`conversation.${name}`, build().text] as [string, string],
  ),
  ['ride.acknowledgement', acknowledgement(request, ZONE).sms],
  ['ride.acknowledgement (August)', acknowledgement({ ...request, requestedTime: AUGUST }, ZONE).sms],
  ['ride.cancellation', cancellation(request, ZONE).sms],
  ['conversation.list (shuttle)', templates.list([SHUTTLE, SHUTTLE], 3, CONTACT).text],
  // The market-shuttle messages, with their own worst cases (longest stop name, day, month).
  ...shuttleMessageSamples(ZONE).map((n, i) => [`${n.template} (${i + 1})`, n.sms] as [string, string]),
  // The volunteer-ride messages (offers, assignments, the resident's confirmation and reminder).
  ...Object.values(missionSmsSamples).map((n) => [n.template, n.sms] as [string, string]),
];

/** Volunteers are given the address they drive to (`mission.*`); residents never get one. */
const toResident = (name: string) => !name.startsWith('mission.');

describe('SMS templates', () => {
  it('has a worst case for every conversation template', () => {
    expect(Object.keys(worstCases).sort()).toEqual(Object.keys(templates).sort());
  });

  it.each(allSms())('%s fits in two segments, in GSM-7', (_name, text) => {
    const count = assertFitsSegments(text);
    expect(count.nonGsmCharacters).toEqual([]);
    expect(count.encoding).toBe('GSM-7');
  });

  it.each(allSms())('%s names no trip purpose', (_name, text) => {
    expect(text).not.toMatch(/m[ée]dical|\bsoins?\b|kin[ée]|dentiste|infirmi|administrati|motif|raison/i);
  });

  it.each(allSms().filter(([name]) => toResident(name)))(
    '%s, to a resident, names no address',
    (_name, text) => {
      expect(text).not.toMatch(/\d+,? (?:rue|avenue|chemin|impasse|route|place|all[ée]e)\b|lieu-dit/i);
      expect(text).not.toMatch(/\b\d{5}\b/); // no postcode
    },
  );

  it('uses the worst cases it claims (longest names of the seed, a two-digit day)', () => {
    expect(LONGEST_PLACE).toBe('Centre hospitalier Bretagne Atlantique (Vannes)');
    expect(LONGEST_COMMUNE).toBe('Rochefort-en-Terre');
    expect(LONGEST_DAY).toBe('mercredi 30 septembre');
    expect(smsDay(AUGUST, ZONE)).toBe('mercredi 25 aout');
    // A single ê or ô would halve the room: the segment counter says so.
    expect(countSegments(`${'a'.repeat(150)}ê`).segments).toBe(3);
  });
});
