import { describe, expect, it } from 'vitest';
import { gsmLength, gsmText, MAX_SMS_SEPTETS } from '../messages/gsm';
import * as templates from './messages';
import { link, smsSamples, start, tz } from './samples';

const PURPOSE_WORDS =
  /médecin|medecin|santé|sante|kiné|consultation|rendez-vous|courses|marché|administratif|pharmacie/i;

describe('SMS templates', () => {
  it.each(Object.entries(smsSamples))('%s fits two GSM-7 segments', (_name, notification) => {
    expect(gsmText(notification.sms)).toBe(notification.sms);
    expect(gsmLength(notification.sms)).toBeLessThanOrEqual(MAX_SMS_SEPTETS);
    expect(notification.sms.startsWith('Solimob')).toBe(true);
    expect(notification.idempotencyKey).toMatch(/\S/);
  });

  it('never names the purpose of a trip', () => {
    for (const notification of Object.values(smsSamples)) expect(notification.sms).not.toMatch(PURPOSE_WORDS);
  });

  it('offers carry the day, time, communes and code, no address and no name', () => {
    const { sms } = smsSamples.offer;
    expect(sms).toContain('lundi 16 aout à 9 h 05');
    expect(sms).toContain('Rochefort-en-Terre');
    expect(sms).toContain('Répondez OUI 4821 ou NON 4821.');
    expect(sms).not.toMatch(/Kergu|chemin|Marie|06 39/);
  });

  it('gives the assigned volunteer the address as stored, the first name, phone and needs', () => {
    const { sms } = smsSamples.assignment;
    expect(sms).toContain('Marie-Francoise');
    expect(sms).toContain('Kerguéhennec');
    expect(sms).toContain('06 39 98 12 34');
    expect(sms).toContain('fauteuil roulant');
    expect(sms).toMatch(/^Solimob \(2\/2\)/);
  });

  it('drops optional sentences rather than overflow', () => {
    const long = templates.offerSms({
      offerId: 'o',
      wave: 1,
      code: '1234',
      start,
      fromCommunes: Array.from({ length: 8 }, (_, i) => `Commune-au-nom-très-long-${i}`),
      toArea: 'Quelque part',
      passengers: 8,
      withReturn: false,
      link,
      timeZone: tz,
    });
    expect(gsmLength(long.sms)).toBeLessThanOrEqual(MAX_SMS_SEPTETS);
    expect(long.sms).toContain('Répondez OUI 1234 ou NON 1234.');
    expect(long.sms).not.toContain('/b/');
  });

  it('tells a resident the driver and the time, by call on a landline, without the address', () => {
    const { sms, voice } = smsSamples.rideConfirmation;
    expect(sms).toContain(
      'Jean-Baptiste, chauffeur bénévole, viendra vous chercher le lundi 16 aout à 9 h 05',
    );
    expect(voice).toContain('le lundi 16 août à 9 h 05');
    expect(voice).not.toMatch(/Kergu|chemin/);
  });
});
