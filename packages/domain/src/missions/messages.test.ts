import { describe, expect, it } from 'vitest';
import { gsmLength, gsmText, MAX_SMS_SEPTETS } from '../messages/gsm';
import { acknowledgement, cancellation } from '../ride-requests/acknowledgement';
import * as templates from './messages';

const tz = 'Europe/Paris';
// A long August day (août: a non-GSM letter in the month name), long names, a long link.
const start = new Date('2027-08-16T07:05:00Z');
const link = `https://solimob.questembert-communaute.example.fr/b/${'A'.repeat(50)}`;
const address = 'Lieu-dit Kerguéhennec, 4 chemin de la Fontaine aux Pèlerins, 56220 Rochefort-en-Terre';
const rider = {
  rideRequestId: 'r-1',
  firstName: 'Marie-Françoise',
  address,
  phone: '06 39 98 12 34',
  needs: ['wheelchair', 'walking_aid', 'hearing_impaired'],
  pickupAt: start,
  destination: 'Centre hospitalier Bretagne Atlantique (Vannes)',
  returnPickupAt: new Date('2027-08-16T10:45:00Z'),
};
const ids = { missionId: 'm-1', volunteerDriverId: 'v-1', rideRequestId: 'r-1', offerId: 'o-1' };

/** Every SMS template with worst-case values: enumerate them all so none escapes the checks. */
const smsSamples = {
  offer: templates.offerSms({
    offerId: ids.offerId,
    wave: 1,
    code: '4821',
    start,
    fromCommunes: ['Rochefort-en-Terre', 'La Vraie-Croix', 'Saint-Gravé'],
    toArea: 'Centre hospitalier Bretagne Atlantique (Vannes)',
    passengers: 3,
    withReturn: true,
    link,
    timeZone: tz,
  }),
  offerTaken: templates.offerTakenSms({ offerId: ids.offerId, wave: 1, code: '4821', start, timeZone: tz }),
  offerWithdrawn: templates.offerWithdrawnSms({
    offerId: ids.offerId,
    wave: 1,
    code: '4821',
    start,
    timeZone: tz,
    because: 'changed',
  }),
  assignment: templates.assignmentSms({ ...ids, code: '4821', rider, index: 1, count: 2, timeZone: tz }),
  driverReminder: templates.driverReminderSms({
    missionId: ids.missionId,
    code: '4821',
    start,
    riders: [
      { firstName: 'Marie-Françoise', address },
      { firstName: 'Jean-Baptiste', address },
    ],
    link,
    timeZone: tz,
    localDate: '2027-08-16',
  }),
  missionCancelled: templates.missionCancelledSms({ ...ids, code: '4821', start, timeZone: tz }),
  passengerCancelled: templates.passengerCancelledSms({
    ...ids,
    code: '4821',
    firstName: 'Marie-Françoise',
    start,
    timeZone: tz,
  }),
  reassigned: templates.missionReassignedSms({ ...ids, code: '4821', start, timeZone: tz }),
  releaseAck: templates.releaseAckSms({ ...ids, code: '4821' }),
  completionAck: templates.completionAckSms({ missionId: ids.missionId, code: '4821' }),
  rideConfirmation: templates.rideConfirmation({
    ...ids,
    driverFirstName: 'Jean-Baptiste',
    pickupAt: start,
    returnPickupAt: rider.returnPickupAt,
    timeZone: tz,
  }),
  rideReminder: templates.rideReminder({
    rideRequestId: ids.rideRequestId,
    driverFirstName: 'Jean-Baptiste',
    pickupAt: start,
    contactPhone: '02 61 91 00 00',
    timeZone: tz,
    localDate: '2027-08-16',
  }),
  rideUnmet: templates.rideUnmet({ rideRequestId: ids.rideRequestId, requestedTime: start, timeZone: tz }),
  acknowledgement: acknowledgement(
    { id: ids.rideRequestId, destinationLabel: 'Hôtel de Ville de Questembert', requestedTime: start },
    tz,
  ),
  cancellation: cancellation(
    { id: ids.rideRequestId, destinationLabel: 'Hôtel de Ville de Questembert', requestedTime: start },
    tz,
  ),
};

const PURPOSE_WORDS =
  /médecin|medecin|santé|sante|kiné|consultation|rendez-vous|courses|marché|administratif|pharmacie/i;

describe('SMS templates', () => {
  it.each(Object.entries(smsSamples))('%s fits two GSM-7 segments', (_name, notification) => {
    expect(gsmText(notification.sms)).toBe(notification.sms);
    expect(gsmLength(notification.sms)).toBeLessThanOrEqual(MAX_SMS_SEPTETS);
    expect(notification.sms.startsWith('Solimob')).toBe(true);
    expect(notification.idempotencyKey).toMatch(/\S/);
  });

  it('never names the purpose of a trip', () => {
    for (const notification of Object.values(smsSamples)) expect(notification.sms).not.toMatch(PURPOSE_WORDS);
  });

  it('offers carry the day, time, communes and code, no address and no name', () => {
    const { sms } = smsSamples.offer;
    expect(sms).toContain('lundi 16 aout à 9 h 05');
    expect(sms).toContain('Rochefort-en-Terre');
    expect(sms).toContain('Répondez OUI 4821 ou NON 4821.');
    expect(sms).not.toMatch(/Kergu|chemin|Marie|06 39/);
  });

  it('gives the assigned volunteer the address as stored, the first name, phone and needs', () => {
    const { sms } = smsSamples.assignment;
    expect(sms).toContain('Marie-Francoise');
    expect(sms).toContain('Kerguéhennec');
    expect(sms).toContain('06 39 98 12 34');
    expect(sms).toContain('fauteuil roulant');
    expect(sms).toMatch(/^Solimob \(2\/2\)/);
  });

  it('drops optional sentences rather than overflow', () => {
    const long = templates.offerSms({
      offerId: 'o',
      wave: 1,
      code: '1234',
      start,
      fromCommunes: Array.from({ length: 8 }, (_, i) => `Commune-au-nom-très-long-${i}`),
      toArea: 'Quelque part',
      passengers: 8,
      withReturn: false,
      link,
      timeZone: tz,
    });
    expect(gsmLength(long.sms)).toBeLessThanOrEqual(MAX_SMS_SEPTETS);
    expect(long.sms).toContain('Répondez OUI 1234 ou NON 1234.');
    expect(long.sms).not.toContain('/b/');
  });

  it('tells a resident the driver and the time, by call on a landline, without the address', () => {
    const { sms, voice } = smsSamples.rideConfirmation;
    expect(sms).toContain(
      'Jean-Baptiste, chauffeur bénévole, viendra vous chercher le lundi 16 aout à 9 h 05',
    );
    expect(voice).toContain('le lundi 16 août à 9 h 05');
    expect(voice).not.toMatch(/Kergu|chemin/);
  });
});
