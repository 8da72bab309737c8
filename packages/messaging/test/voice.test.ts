import type { VoiceNext } from '@solimob/domain';
import { describe, expect, it } from 'vitest';
import { buildVoiceTwiml, renderVoiceAnswer } from '../src/voice';
import { readTwiml } from './fakes';

const urlFor = (next: VoiceNext, extra?: { silence?: number }) =>
  `https://solimob.example/webhooks/twilio/voice?${new URLSearchParams({
    step: next.step,
    ...next.params,
    ...(extra?.silence ? { silence: String(extra.silence) } : {}),
  }).toString()}`;

describe('renderVoiceAnswer', () => {
  it('reads the sentences inside a one-key Gather, then redirects back to the same step after silence', () => {
    const xml = renderVoiceAnswer(
      {
        say: ['Bonjour.', 'Pour annuler, tapez 1.'],
        gather: { step: 'cancel_pick', params: { index: '2' } },
      },
      urlFor,
    );
    const read = readTwiml(xml);
    expect(read.said).toEqual(['Bonjour.', 'Pour annuler, tapez 1.']);
    expect(read.gather).toEqual({
      action: 'https://solimob.example/webhooks/twilio/voice?step=cancel_pick&index=2',
      numDigits: 1,
    });
    expect(read.redirect).toBe(
      'https://solimob.example/webhooks/twilio/voice?step=cancel_pick&index=2&silence=1',
    );
    expect(xml).toContain('<Gather input="dtmf" numDigits="1" timeout="8" finishOnKey="" action=');
    expect(xml).toContain('<prosody rate="90%">Bonjour.</prosody>');
  });

  it('puts through, records a voicemail, or hangs up', () => {
    expect(
      readTwiml(
        renderVoiceAnswer({ say: ['Patientez.'], end: { kind: 'dial', number: '+33261910000' } }, urlFor),
      ).dial,
    ).toBe('+33261910000');
    const record = readTwiml(
      renderVoiceAnswer(
        { say: ['Après le bip.'], end: { kind: 'record', next: { step: 'voicemail' }, maxSeconds: 120 } },
        urlFor,
      ),
    );
    expect(record.record).toEqual({
      action: 'https://solimob.example/webhooks/twilio/voice?step=voicemail',
      maxLength: 120,
    });
    expect(readTwiml(renderVoiceAnswer({ say: ['Au revoir.'] }, urlFor)).hangup).toBe(true);
  });
});

describe('buildVoiceTwiml with a keypad question', () => {
  it('asks the question last and says goodbye once, after it', () => {
    const read = readTwiml(
      buildVoiceTwiml('Bonjour, ici Solimob. Votre place est réservée. Au revoir.', {
        actionUrl: 'https://solimob.example/webhooks/twilio/voice?step=outbound_answer&messageId=m&turn=1',
      }),
    );
    expect(read.said).toEqual([
      'Bonjour, ici Solimob. Votre place est réservée.',
      'Je répète.',
      'Bonjour, ici Solimob. Votre place est réservée.',
      'Pour confirmer, tapez 1. Pour annuler, tapez 2. Pour réécouter la question, tapez étoile.',
      'Merci de votre appel. Au revoir.',
    ]);
    expect(read.gather?.action).toContain('step=outbound_answer&messageId=m');
  });
});
