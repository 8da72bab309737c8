import type { Resident, ResidentPhone } from '@solimob/db';

export type Contact = { channel: 'sms' | 'voice'; to: string };

/**
 * How to reach a resident: SMS to a mobile, a call to a landline, nothing when they prefer to go
 * through staff. A resident who prefers SMS but only has a landline is called; one who prefers calls
 * is called on their landline first, else on any number.
 */
export function contactFor(
  resident: Pick<Resident, 'preferredChannel'>,
  phones: Pick<ResidentPhone, 'e164' | 'kind' | 'isPrimary'>[],
): Contact | undefined {
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
