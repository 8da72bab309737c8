import { describe, expect, it } from 'vitest';
import { parseSms } from './parse';

const WEDNESDAY = '2026-12-02';
const MONDAY = '2026-12-07';
const at = (text: string, today = WEDNESDAY) => parseSms(text, { today });
const brief = (text: string, today = WEDNESDAY) => {
  const { intent, date, time } = at(text, today);
  return { intent, date, time };
};

describe('parseSms: the issue examples, resolved against Wednesday 2 December 2026', () => {
  it('reads French dates and times with chrono', () => {
    expect(brief('lundi')).toEqual({ intent: 'unknown', date: '2026-12-07', time: null });
    expect(brief('demain 14h')).toEqual({ intent: 'unknown', date: '2026-12-03', time: '14:00' });
    expect(brief('le 12/12 à 9h30')).toEqual({ intent: 'unknown', date: '2026-12-12', time: '09:30' });
    expect(at('jeudi aprem')).toMatchObject({ date: '2026-12-03', time: null, partOfDay: 'afternoon' });
    expect(brief('après-demain')).toEqual({ intent: 'unknown', date: '2026-12-04', time: null });
  });
});

describe('dates', () => {
  it('takes a bare weekday forward only: on a Monday, "lundi" is next Monday', () => {
    expect(at('lundi', MONDAY).date).toBe('2026-12-14');
    expect(at('lundi prochain', MONDAY).date).toBe('2026-12-14');
    expect(at('mercredi').date).toBe('2026-12-09');
    expect(at("aujourd'hui", MONDAY).date).toBe(MONDAY);
    expect(at('ce soir').date).toBe(WEDNESDAY);
  });

  it('reads spoken and SMS times', () => {
    expect(at('rdv à 10 h 30').time).toBe('10:30');
    expect(at('vers 9 heures').time).toBe('09:00');
    expect(at('à midi').time).toBe('12:00');
    expect(at('midi et demi').time).toBe('12:30');
    expect(at('dix heures').time).toBe('10:00');
    expect(at('14:45').time).toBe('14:45');
    expect(at('2h de l après-midi').time).toBe('14:00');
    // no shuttle runs at 3 a.m.: a bare small hour is the afternoon, unless the morning is said
    expect(at('kiné à 3h').time).toBe('15:00');
    expect(at('5h du matin').time).toBe('05:00');
  });

  it('reads a day of the month alone, this month or the next', () => {
    expect(at('pour le 15').date).toBe('2026-12-15');
    expect(at('pour le 1er').date).toBe('2027-01-01');
    expect(at('mardi 15 à 10h')).toMatchObject({ date: '2026-12-15', time: '10:00' });
    expect(at('le 18.12').date).toBe('2026-12-18');
  });

  it('rolls over months and years', () => {
    expect(at('lundi', '2026-12-30').date).toBe('2027-01-04');
    expect(at('le 5 janvier', '2026-12-30').date).toBe('2027-01-05');
    expect(at('demain', '2026-02-28').date).toBe('2026-03-01');
  });

  it('does not invent dates or times from other numbers', () => {
    expect(at('il y a 2 places')).toMatchObject({ date: null, time: null });
    expect(at('appelez moi au 06 12 34 56 78')).toMatchObject({ date: null, time: null });
    expect(at('OUI 2026')).toMatchObject({ date: null, time: null, code: '2026' });
    expect(at('la semaine prochaine').date).toBeNull();
    expect(at('je vais voir Sam à la mer').date).toBeNull();
  });
});

describe('intents', () => {
  it('tells opt-out keywords from the same words in a sentence', () => {
    expect(at('STOP').intent).toBe('stop');
    expect(at('arrêt').intent).toBe('stop');
    expect(at('Stop SMS merci').intent).toBe('stop');
    expect(at('le bus s arrête où').intent).not.toBe('stop');
    expect(at('START').intent).toBe('start');
  });

  it('handles negation', () => {
    expect(at('je ne veux plus de navette').intent).toBe('cancel');
    expect(at('non merci').intent).toBe('no');
    expect(at('pas besoin').intent).toBe('no');
    expect(at('je ne veux pas annuler').intent).not.toBe('cancel');
    expect(at('je ne veux plus recevoir de SMS').intent).toBe('stop');
    expect(at("je n'ai pas compris").intent).toBe('help');
  });

  it('takes yes and no only from a message that is essentially an answer', () => {
    expect(at('oui').intent).toBe('yes');
    expect(at('oui je voudrais annuler lundi').intent).toBe('cancel');
    expect(at('oui bonjour je voudrais une place pour le marché').intent).toBe('book_shuttle');
    expect(at('non je ne viendrai pas lundi').intent).toBe('cancel');
  });

  it('tells the market shuttle from a volunteer ride', () => {
    expect(at('une place dans le car lundi').intent).toBe('book_shuttle');
    expect(at('un chauffeur pour le médecin jeudi').intent).toBe('book_ride');
    expect(at('pouvez vous m emmener à Berric').intent).toBe('book_ride');
  });

  it('forgives typos, SMS spelling and voice dictation', () => {
    expect(at('jvoudrais anuler ma resevation').intent).toBe('cancel');
    expect(at('bjr jveux 1 place navete stp').intent).toBe('book_shuttle');
    expect(at('Bonjour virgule je voudrais réserver point').intent).toBe('book_shuttle');
    expect(at('OUIIII').intent).toBe('yes');
  });
});

describe('extras for the conversation', () => {
  it('reads volunteer answers with their offer code', () => {
    expect(at('OUI 4821')).toMatchObject({ intent: 'yes', code: '4821', done: false });
    expect(at('non 4821 pas dispo')).toMatchObject({ intent: 'no', code: '4821' });
    expect(at('FAIT 4821')).toMatchObject({ intent: 'yes', code: '4821', done: true });
    expect(at("c'est fait")).toMatchObject({ intent: 'yes', done: true });
    expect(at('il fait beau').done).toBe(false);
  });

  it('maps a bare number through the menu it answers', () => {
    expect(at('2')).toMatchObject({ intent: 'book_ride', menuChoice: 2 });
    expect(at('choix 3')).toMatchObject({ intent: 'cancel', menuChoice: 3 });
    expect(parseSms('1', { today: WEDNESDAY, menu: ['yes', 'no'] })).toMatchObject({
      intent: 'yes',
      menuChoice: 1,
    });
    expect(at('7')).toMatchObject({ intent: 'unknown', menuChoice: 7 });
    expect(at('le 7').menuChoice).toBeNull();
  });

  it('names the destination without knowing the territory', () => {
    expect(at("rdv à l'hôpital de Vannes mardi").placeHint).toBe('hopital de vannes');
    expect(at('chez le médecin jeudi').placeHint).toBe('medecin');
    expect(at('une place pour le marché').placeHint).toBe('marche');
    expect(at('aller à Rochefort-en-Terre samedi').placeHint).toBe('rochefort en terre');
    expect(at('oui').placeHint).toBeNull();
    expect(at('aller chez ma fille à Caden').placeHint).toBe('fille a caden');
    expect(at('mon mari et moi voulons aller au marché').placeHint).toBe('marche');
    expect(at("je n'arrive pas à lire le message").placeHint).toBeNull();
  });

  it('rejects a caller error loudly: a bad today or time zone', () => {
    expect(() => parseSms('lundi', { today: '2026-02-30' })).toThrow(RangeError);
    expect(() => parseSms('lundi', { today: '02/12/2026' })).toThrow(RangeError);
    expect(() => parseSms('lundi', { today: WEDNESDAY, timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});
