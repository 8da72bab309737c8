import { gsmText } from '../messages/gsm';
import type { Notification } from '../messages/notify';
import { frenchDayTime } from '../time';

/*
 * What a resident is told about their ride request. As little personal data as possible: the
 * destination name and the date, never the address, the resident's name or the purpose of the trip.
 */

export function acknowledgement(
  request: { id: string; destinationLabel: string; requestedTime: Date },
  timeZone: string,
): Notification {
  const when = frenchDayTime(request.requestedTime, timeZone);
  return {
    template: 'ride.acknowledgement',
    sms: gsmText(
      `Solimob : votre demande de trajet vers ${request.destinationLabel} le ${when} est bien enregistrée. Nous vous confirmons le chauffeur dès que possible.`,
    ),
    voice: `Bonjour, ici Solimob. Votre demande de trajet vers ${request.destinationLabel} le ${when} est bien enregistrée. Nous vous rappellerons pour vous confirmer le chauffeur. Au revoir.`,
    idempotencyKey: `ride-request-ack-${request.id}`,
    linkedEntity: { type: 'ride_request', id: request.id },
  };
}

export function cancellation(
  request: { id: string; destinationLabel: string; requestedTime: Date },
  timeZone: string,
): Notification {
  const when = frenchDayTime(request.requestedTime, timeZone);
  return {
    template: 'ride.cancellation',
    sms: gsmText(`Solimob : votre trajet vers ${request.destinationLabel} le ${when} est annulé.`),
    voice: `Bonjour, ici Solimob. Votre trajet vers ${request.destinationLabel} le ${when} est annulé. Au revoir.`,
    idempotencyKey: `ride-request-cancel-${request.id}`,
    linkedEntity: { type: 'ride_request', id: request.id },
  };
}
