import { maskPhone } from '@solimob/domain';

export { maskPhone };

/**
 * Twilio error messages quote the number they refused ("The 'To' number +336… is not valid"): strip
 * every phone-looking run of digits before the text reaches an exception, a log line or a job's
 * failedReason.
 */
export function maskPhonesInText(text: string): string {
  return text.replace(/\+?\d[\d .-]{6,}\d/g, (match) => {
    const digits = match.replace(/[^\d+]/g, '');
    return maskPhone(digits.startsWith('+') ? digits : `+${digits}`);
  });
}

/** For the human-readable outbox log: `+33 6•••••78`, enough to tell a mobile from a landline. */
export function maskPhoneForDisplay(e164: string): string {
  const match = /^\+33(\d)(\d+)(\d{2})$/.exec(e164);
  if (match) return `+33 ${match[1]}${'•'.repeat(match[2]!.length)}${match[3]}`;
  return maskPhone(e164);
}
