import { gsm7, shuttleMessageSamples } from '@solimob/domain';
import { describe, expect, it } from 'vitest';
import { countSegments } from './fakes';

describe('market-shuttle messages', () => {
  const samples = shuttleMessageSamples();

  it('covers every shuttle template', () => {
    expect(new Set(samples.map((s) => s.template))).toEqual(
      new Set([
        'shuttle.booked',
        'shuttle.waitlisted',
        'shuttle.promoted',
        'shuttle.booking-cancelled',
        'shuttle.round-cancelled',
        'shuttle.round-changed',
        'shuttle.day-before',
        'shuttle.time-changed',
        'shuttle.still-waitlisted',
        'shuttle.subscribed',
      ]),
    );
  });

  it.each(samples.map((s) => [s.template, s] as const))(
    '%s fits in two GSM-7 segments',
    (_template, sample) => {
      // GSM-7 only: one non-GSM character would turn the whole SMS into UCS-2 (67 characters a segment).
      expect(gsm7(sample.sms)).toBe(sample.sms);
      expect(countSegments(sample.sms)).toBeLessThanOrEqual(2);
      expect(sample.sms.startsWith('Solimob : ')).toBe(true);
      expect(sample.voice.startsWith('Bonjour, ici Solimob.')).toBe(true);
    },
  );

  it('names a stop but never an address, and folds what GSM-7 lacks', () => {
    const dayBefore = samples.find((s) => s.template === 'shuttle.day-before')!;
    expect(dayBefore.sms).toContain('à Rochefort-en-Terre - Place des Halles');
    expect(gsm7('août, fête, garçon, œuf – «oui»')).toBe('aout, fete, garcon, oeuf - "oui"');
  });
});
