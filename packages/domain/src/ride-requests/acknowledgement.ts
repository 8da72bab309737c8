import { gsmText } from '../messages/gsm';
import type { Notification } from '../messages/notify';
import { smsDayTime } from '../messages/sms-text';
import { frenchDayTime } from '../time';

/*
 * What a resident is told about their ride request. As little personal data as possible: the
 * destination name and the date, never the address, the resident's name or the purpose of the trip.
 * A destination that is not a known place (a free label typed by staff may be an address) is not named.
 */

type RequestSummary = {
  id: string;
  destinationLabel: string;
  destinationPlaceId: string | null;
  requestedTime: Date;
};

/** "vers Gare de Questembert " or "" when the destination is not a known place. */
export function rideDestination(request: Pick<RequestSummary, 'destinationLabel' | 'destinationPlaceId'>) {
  return request.destinationPlaceId ? `vers ${gsmText(request.destinationLabel)} ` : '';
}

export function acknowledgement(request: RequestSummary, timeZone: string): Notification {
  const to = rideDestination(request);
  return {
    template: 'ride.acknowledgement',
    sms: `Solimob : votre demande de trajet ${to}le ${smsDayTime(request.requestedTime, timeZone)} est bien enregistrée. Nous vous confirmons le chauffeur dès que possible.`,
    voice: `Bonjour, ici Solimob. Votre demande de trajet ${to}le ${frenchDayTime(request.requestedTime, timeZone)} est bien enregistrée. Nous vous rappellerons pour vous confirmer le chauffeur.`,
    idempotencyKey: `ride-request-ack-${request.id}`,
    linkedEntity: { type: 'ride_request', id: request.id },
  };
}

export function cancellation(request: RequestSummary, timeZone: string): Notification {
  const to = rideDestination(request);
  return {
    template: 'ride.cancellation',
    sms: `Solimob : votre trajet ${to}le ${smsDayTime(request.requestedTime, timeZone)} est annulé.`,
    voice: `Bonjour, ici Solimob. Votre trajet ${to}le ${frenchDayTime(request.requestedTime, timeZone)} est annulé. Au revoir.`,
    idempotencyKey: `ride-request-cancel-${request.id}`,
    linkedEntity: { type: 'ride_request', id: request.id },
  };
}
