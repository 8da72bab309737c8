import type { Resident, ResidentPhone } from '@solimob/db';

/**
 * How to reach a resident: SMS to a mobile, a call to a landline, nothing when they prefer to go
 * through staff. A resident who prefers SMS but only has a landline is called; one who prefers calls
 * is called on their landline first, else on any number.
 */
export function contactFor(
  resident: Pick<Resident, 'preferredChannel'>,
  phones: Pick<ResidentPhone, 'e164' | 'kind' | 'isPrimary'>[],
): { channel: 'sms' | 'voice'; to: string } | undefined {
  if (resident.preferredChannel === 'staff') return undefined;
  const ordered = [...phones].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary));
  const mobile = ordered.find((p) => p.kind === 'mobile');
  const landline = ordered.find((p) => p.kind === 'landline');
  if (resident.preferredChannel === 'sms') {
    if (mobile) return { channel: 'sms', to: mobile.e164 };
    const any = landline ?? ordered[0];
    return any ? { channel: 'voice', to: any.e164 } : undefined;
  }
  const callable = landline ?? ordered[0];
  return callable ? { channel: 'voice', to: callable.e164 } : undefined;
}

/** "lundi 30 novembre à 09:30", in the territory's time zone. */
export function frenchDateTime(date: Date, timeZone: string): string {
  const day = new Intl.DateTimeFormat('fr-FR', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(date);
  const time = new Intl.DateTimeFormat('fr-FR', { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    date,
  );
  return `${day} à ${time}`;
}

/**
 * The acknowledgement carries as little personal data as possible: the destination name and the
 * date, never the address or the resident's name.
 */
export function acknowledgementText(
  channel: 'sms' | 'voice',
  destinationLabel: string,
  when: Date,
  timeZone: string,
) {
  const date = frenchDateTime(when, timeZone);
  if (channel === 'sms') {
    return `Solimob : votre demande de trajet vers ${destinationLabel} le ${date} est bien enregistrée. Nous vous confirmons le chauffeur dès que possible.`;
  }
  return `Bonjour, ici Solimob. Votre demande de trajet vers ${destinationLabel} le ${date} est bien enregistrée. Nous vous rappellerons pour vous confirmer le chauffeur. Au revoir.`;
}

export function cancellationText(
  channel: 'sms' | 'voice',
  destinationLabel: string,
  when: Date,
  timeZone: string,
) {
  const date = frenchDateTime(when, timeZone);
  if (channel === 'sms') {
    return `Solimob : votre trajet vers ${destinationLabel} le ${date} est annulé.`;
  }
  return `Bonjour, ici Solimob. Votre trajet vers ${destinationLabel} le ${date} est annulé. Au revoir.`;
}
