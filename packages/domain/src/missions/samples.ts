import { acknowledgement, cancellation } from '../ride-requests/acknowledgement';
import * as templates from './messages';

/*
 * Every volunteer-ride SMS template filled with worst-case values (a long August day: "août" has a
 * non-GSM letter; long names, a long link), for the tests that hold templates to their limits: the
 * missions' own and the one over every SMS of the service (conversation/templates.test.ts).
 */
export const tz = 'Europe/Paris';
// A long August day (août: a non-GSM letter in the month name), long names, a long link.
export const start = new Date('2027-08-16T07:05:00Z');
export const link = `https://solimob.questembert-communaute.example.fr/b/${'A'.repeat(50)}`;
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
export const smsSamples = {
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
    {
      id: ids.rideRequestId,
      destinationLabel: 'Hôtel de Ville de Questembert',
      destinationPlaceId: ids.rideRequestId,
      requestedTime: start,
    },
    tz,
  ),
  cancellation: cancellation(
    {
      id: ids.rideRequestId,
      destinationLabel: 'Hôtel de Ville de Questembert',
      destinationPlaceId: ids.rideRequestId,
      requestedTime: start,
    },
    tz,
  ),
};
