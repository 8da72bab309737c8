/**
 * Calls that ask for an answer: after reading the message twice, "tapez 1 pour confirmer, 2 pour
 * annuler". Only confirmations and day-before reminders of something that can be cancelled ask; the
 * key pressed comes back to the voice webhook with our message id (see handleVoiceStep).
 */
const KEYPAD_TEMPLATES: ReadonlySet<string> = new Set([
  'ride.acknowledgement',
  'ride.confirmation',
  'ride.reminder',
  'shuttle.booked',
  'shuttle.promoted',
  'shuttle.day-before',
]);

/** What pressing 2 can cancel. */
export const KEYPAD_CANCELLABLE: ReadonlySet<string> = new Set(['ride_request', 'seat_booking']);

export function asksKeypadAnswer(message: {
  channel: 'sms' | 'voice';
  template: string | null;
  linkedEntityType: string | null;
}): boolean {
  return (
    message.channel === 'voice' &&
    message.template !== null &&
    KEYPAD_TEMPLATES.has(message.template) &&
    message.linkedEntityType !== null &&
    KEYPAD_CANCELLABLE.has(message.linkedEntityType)
  );
}
