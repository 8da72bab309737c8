/**
 * What the voice line says and waits for, independent of Twilio: the API turns it into TwiML with
 * the twilio library's VoiceResponse. Follow-up URLs carry only the step, a turn counter and ids.
 */

export const voiceSteps = [
  /** A call arrives: greet, recognise the caller by number, main menu. */
  'incoming',
  /** The key pressed at the main menu. */
  'menu',
  /** 1 at "the next shuttle passes on …: tapez 1 pour réserver". */
  'shuttle_confirm',
  /** While bookings are read one by one for cancelling: 1 cancel this one, 2 the next, 9 menu. */
  'cancel_pick',
  /** "Vous allez annuler …: 1 pour confirmer, 2 pour garder". */
  'cancel_confirm',
  /** A recorded voicemail has been left. */
  'voicemail',
  /** The key pressed after one of our outbound calls ("tapez 1 pour confirmer, 2 pour annuler"). */
  'outbound_answer',
] as const;
export type VoiceStep = (typeof voiceSteps)[number];

export const isVoiceStep = (value: unknown): value is VoiceStep =>
  typeof value === 'string' && (voiceSteps as readonly string[]).includes(value);

/** Where the next request goes: a step and the ids it needs (e.g. `ref`, `index`, `messageId`). */
export interface VoiceNext {
  step: VoiceStep;
  params?: Record<string, string>;
}

export type VoiceEnd =
  | { kind: 'hangup' }
  /** Put through to a number (the CIAS line in office hours). */
  | { kind: 'dial'; number: string }
  /** Record a voicemail, then post it to `next`. */
  | { kind: 'record'; next: VoiceNext; maxSeconds: number };

export interface VoiceAnswer {
  /** Sentences read in order (French, read slowly). */
  say: string[];
  /**
   * Wait for one key, the sentences being read inside the wait so a key can be pressed at any time.
   * With no key, the same step is asked again once (`silence`), then the call ends politely.
   */
  gather?: VoiceNext;
  /** What happens when there is nothing to wait for. */
  end?: VoiceEnd;
}

/** Said after every menu: the star repeats it. */
export const REPEAT_HINT = 'Pour réécouter, tapez étoile.';
