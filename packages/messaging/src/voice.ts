import { PermanentSendError, type VoiceAnswer, type VoiceNext, voicePrompts } from '@solimob/domain';
import twilio from 'twilio';

const SAY = { language: 'fr-FR', voice: 'Polly.Lea-Neural' } as const;
/** Elderly callers asked for a slower voice. */
const SLOW = { rate: '90%' } as const;

/** Twilio refuses inline TwiML longer than this. */
export const MAX_TWIML_LENGTH = 4000;

/** Seconds Twilio waits for a key before falling through to the next verb. */
const KEY_TIMEOUT_SECONDS = 8;

type Sayer = Pick<twilio.twiml.VoiceResponse, 'say'>;

/** Each sentence in its own Say, slowed down with SSML prosody (the text goes inside the prosody). */
function sayAll(target: Sayer, sentences: string[]) {
  for (const sentence of sentences) target.say(SAY, '').prosody(SLOW, sentence);
}

export interface KeypadCall {
  /** Where the key pressed is posted (our voice webhook with `step=outbound_answer&messageId=…`). */
  actionUrl: string;
}

/**
 * The TwiML read to a landline: a short pause (people pick up and only then bring the handset to the
 * ear), the text, "Je répète.", the text again. Elderly residents asked for the repeat; if the text is
 * too long to fit twice it is read once. With `keypad`, the whole reading sits inside a one-key
 * Gather that ends with "tapez 1 pour confirmer, 2 pour annuler" and posts the key to `actionUrl`.
 */
export function buildVoiceTwiml(text: string, keypad?: KeypadCall): string {
  for (const times of [2, 1]) {
    const xml = callTwiml(text, times, keypad);
    if (xml.length <= MAX_TWIML_LENGTH) return xml;
  }
  const length = callTwiml(text, 1, keypad).length;
  throw new PermanentSendError(
    'twiml-too-long',
    `Voice message too long for inline TwiML (${length} > ${MAX_TWIML_LENGTH} chars)`,
  );
}

type Reader = Sayer & Pick<twilio.twiml.VoiceResponse, 'pause'>;

/** The text, then (twice) a pause, "Je répète." and the text again. */
function readOut(target: Reader, text: string, times: number) {
  sayAll(target, [text]);
  if (times === 2) {
    target.pause({ length: 1 });
    sayAll(target, ['Je répète.', text]);
  }
}

function callTwiml(text: string, times: number, keypad?: KeypadCall): string {
  const response = new twilio.twiml.VoiceResponse();
  response.pause({ length: 1 });
  if (!keypad) {
    readOut(response, text, times);
    return response.toString();
  }
  // Inside the Gather, so a key pressed while the text is read counts.
  const gather = response.gather({
    input: ['dtmf'],
    numDigits: 1,
    timeout: KEY_TIMEOUT_SECONDS,
    action: keypad.actionUrl,
    method: 'POST',
  });
  // The question comes last, then our own goodbye: a template's closing "Au revoir." would come too early.
  readOut(gather, text.replace(/\s*Au revoir\.\s*$/, ''), times);
  sayAll(gather, [voicePrompts.keypadQuestion]);
  sayAll(response, [voicePrompts.goodbye]);
  return response.toString();
}

/** Builds the URL of a follow-up step (our voice webhook with step, turn and ids). */
export type VoiceUrlBuilder = (next: VoiceNext, extra?: { silence?: number }) => string;

/**
 * Renders one step of the voice line (a neutral VoiceAnswer from the domain) as TwiML: the sentences
 * inside a one-key Gather when a key is awaited, followed by a Redirect back to the same step after
 * silence (Twilio falls through a Gather that got no key); else a Dial, a Record or a Hangup.
 */
export function renderVoiceAnswer(answer: VoiceAnswer, urlFor: VoiceUrlBuilder, silence = 0): string {
  const response = new twilio.twiml.VoiceResponse();
  if (answer.gather) {
    const gather = response.gather({
      input: ['dtmf'],
      numDigits: 1,
      timeout: KEY_TIMEOUT_SECONDS,
      finishOnKey: '',
      action: urlFor(answer.gather),
      method: 'POST',
    });
    sayAll(gather, answer.say);
    response.redirect({ method: 'POST' }, urlFor(answer.gather, { silence: silence + 1 }));
    return response.toString();
  }
  sayAll(response, answer.say);
  const end = answer.end ?? { kind: 'hangup' };
  if (end.kind === 'dial') response.dial({}, end.number);
  else if (end.kind === 'record') {
    response.record({
      action: urlFor(end.next),
      method: 'POST',
      maxLength: end.maxSeconds,
      finishOnKey: '#',
      playBeep: true,
    });
  } else response.hangup();
  return response.toString();
}
