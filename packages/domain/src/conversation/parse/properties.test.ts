/** Property-based tests: the parser takes any text a phone can send, and answers within its contract. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDay } from './dates';
import { parseSms } from './parse';
import { smsIntentValues } from './types';

const TODAY = '2026-12-02';

/** Words of real messages (with their accents and capitals), so generated text reaches every phase. */
const vocabulary = [
  'Bonjour',
  'madame',
  'je',
  'voudrais',
  'réserver',
  'une',
  'place',
  'navette',
  'marché',
  'lundi',
  'mardi',
  'jeudi',
  'demain',
  'après-demain',
  'aprèm',
  'après-midi',
  'matin',
  'soir',
  'midi',
  '14h',
  '9h30',
  '10 h 30',
  'le',
  '12/12',
  '15',
  'à',
  'pour',
  'chez',
  'médecin',
  'kiné',
  'hôpital',
  'Vannes',
  'Berric',
  'Questembert',
  'annuler',
  'ne',
  'pas',
  'plus',
  'besoin',
  'oui',
  'non',
  'OK',
  'merci',
  'STOP',
  'ARRÊT',
  'START',
  'aide',
  '?',
  '!',
  ',',
  '.',
  'point',
  'virgule',
  'FAIT',
  '4821',
  'stp',
  'jvoudrais',
  'rdv',
  'bénévole',
  'emmener',
  'mes',
  'réservations',
  'quand',
  'est-ce',
  'que',
  "j'ai",
  'être',
  'où',
  'ça',
  'marche',
  'déjà',
  'Noël',
  'façon',
  'garçon',
  'élève',
  'Île',
  'forêt',
  'œuf',
  'hier',
  'dernier',
  'il y a 3 jours',
  '👍',
  '👎',
  '😀',
  '1',
  '2',
  'deux',
  'le 1er',
  'prochain',
];
const message = fc
  .array(fc.constantFrom(...vocabulary), { minLength: 0, maxLength: 14 })
  .map((words) => words.join(' '));

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary-ascii', maxLength: 300 }),
  message,
);

const anyToday = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const stripAccents = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '');

describe('parseSms properties', () => {
  it('never throws and always answers within the contract', () => {
    fc.assert(
      fc.property(anyText, anyToday, (text, today) => {
        const parsed = parseSms(text, { today });
        expect(smsIntentValues).toContain(parsed.intent);
        if (parsed.date !== null) expect(isIsoDay(parsed.date)).toBe(true);
        if (parsed.date !== null) expect(parsed.date >= today).toBe(true);
        if (parsed.time !== null) expect(parsed.time).toMatch(/^(?:[01]\d|2[0-3]):[0-5]\d$/);
        if (parsed.code !== null) expect(parsed.code).toMatch(/^\d{4}$/);
        if (parsed.menuChoice !== null) expect(Number.isInteger(parsed.menuChoice)).toBe(true);
        expect([null, 'morning', 'noon', 'afternoon', 'evening']).toContain(parsed.partOfDay);
        if (parsed.placeHint !== null) expect(parsed.placeHint).toMatch(/^[a-z0-9]+(?: [a-z0-9]+)*$/);
        expect(typeof parsed.done).toBe('boolean');
        if (parsed.done) expect(parsed.intent).toBe('yes');
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(parseSms(text, { today: TODAY })).toEqual(parseSms(text, { today: TODAY }));
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on accents or case', () => {
    fc.assert(
      fc.property(fc.oneof(message, fc.string({ unit: 'grapheme', maxLength: 60 })), (text) => {
        const reference = parseSms(text, { today: TODAY });
        for (const variant of [stripAccents(text), text.toUpperCase(), text.toLowerCase()]) {
          const parsed = parseSms(variant, { today: TODAY });
          expect({ intent: parsed.intent, date: parsed.date, time: parsed.time }).toEqual({
            intent: reference.intent,
            date: reference.date,
            time: reference.time,
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('answers quickly on a huge message and on control characters', () => {
    const started = performance.now();
    const huge = parseSms(`${'navette lundi '.repeat(80_000)}\u0000\u0007\u001b`, { today: TODAY });
    expect(smsIntentValues).toContain(huge.intent);
    expect(parseSms('\u0000\u0001\u0002\r\n\t', { today: TODAY }).intent).toBe('unknown');
    expect(parseSms('\uD800 lone surrogate \uDFFF', { today: TODAY }).intent).toBe('unknown');
    // generous bound: a guard against runaway regular expressions, not a benchmark
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
