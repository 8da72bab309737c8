import { PermanentSendError } from '@solimob/domain';
import twilio from 'twilio';

const SAY = { language: 'fr-FR', voice: 'Polly.Lea-Neural' } as const;

/** Twilio refuses inline TwiML longer than this. */
export const MAX_TWIML_LENGTH = 4000;

/**
 * The TwiML read to a landline: a short pause (people pick up and only then bring the handset to the
 * ear), the text, "Je répète.", the text again. Elderly residents asked for the repeat; if the text is
 * too long to fit twice it is read once.
 */
export function buildVoiceTwiml(text: string): string {
  const twice = new twilio.twiml.VoiceResponse();
  twice.pause({ length: 1 });
  twice.say(SAY, text);
  twice.pause({ length: 1 });
  twice.say(SAY, 'Je répète.');
  twice.say(SAY, text);
  const xml = twice.toString();
  if (xml.length <= MAX_TWIML_LENGTH) return xml;

  const once = new twilio.twiml.VoiceResponse();
  once.pause({ length: 1 });
  once.say(SAY, text);
  const single = once.toString();
  if (single.length > MAX_TWIML_LENGTH) {
    throw new PermanentSendError(
      'twiml-too-long',
      `Voice message too long for inline TwiML (${single.length} > ${MAX_TWIML_LENGTH} chars)`,
    );
  }
  return single;
}
