import { describe, expect, it } from 'vitest';
import { assertFitsSegments, countSegments, SmsTooLongError } from './segments';

/** GSM 03.38 default alphabet, in table order (0x1B, the escape to the extension table, left out). */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** GSM 03.38 extension table: each costs the escape septet plus its own. */
const GSM_EXTENSION = '\f^{}\\[]~|€';

describe('countSegments (GSM 03.38 and Twilio segmentation)', () => {
  it('knows the whole basic table as one septet each', () => {
    expect([...GSM_BASIC]).toHaveLength(127);
    expect(countSegments(GSM_BASIC)).toMatchObject({ encoding: 'GSM-7', segments: 1, units: 127 });
  });

  it('counts every extension character as two septets', () => {
    expect(countSegments(GSM_EXTENSION)).toMatchObject({ encoding: 'GSM-7', units: 20 });
  });

  it('switches to UCS-2 for French letters outside the table, and names them', () => {
    for (const letter of ['ê', 'â', 'î', 'ô', 'û', 'ç', 'ë', 'ï', 'À', 'È', 'œ', '’', '«', '…']) {
      expect(countSegments(`Navette ${letter}`)).toMatchObject({
        encoding: 'UCS-2',
        nonGsmCharacters: [letter],
      });
    }
    for (const letter of ['é', 'è', 'à', 'ù', 'ì', 'ò', 'É', 'Ç', 'ñ', 'ä', 'ö', 'ü', 'ß', 'Å', 'Ø', 'Æ']) {
      expect(countSegments(`Navette ${letter}`).encoding).toBe('GSM-7');
    }
  });

  it('fits 160 GSM-7 septets in one segment and 153 per part beyond', () => {
    expect(countSegments('a'.repeat(160)).segments).toBe(1);
    expect(countSegments('a'.repeat(161)).segments).toBe(2);
    expect(countSegments('a'.repeat(306)).segments).toBe(2);
    expect(countSegments('a'.repeat(307)).segments).toBe(3);
  });

  it('never splits an extension character across parts', () => {
    // 152 septets + € (2) = 154: over 153, so € opens the second part whole
    const count = countSegments(`${'a'.repeat(152)}€${'a'.repeat(10)}`);
    expect(count).toMatchObject({ encoding: 'GSM-7', segments: 2, units: 164 });
    expect(countSegments(`${'a'.repeat(158)}€`)).toMatchObject({ segments: 1, units: 160 });
    expect(countSegments(`${'a'.repeat(159)}€`).segments).toBe(2);
    expect(countSegments(`${'a'.repeat(304)}€`).segments).toBe(2);
    expect(countSegments(`${'a'.repeat(305)}€`).segments).toBe(3);
  });

  it('fits 70 UCS-2 units in one segment and 67 per part beyond', () => {
    expect(countSegments('ê'.repeat(70)).segments).toBe(1);
    expect(countSegments('ê'.repeat(71)).segments).toBe(2);
    expect(countSegments('ê'.repeat(134)).segments).toBe(2);
    expect(countSegments('ê'.repeat(135)).segments).toBe(3);
  });

  it('counts a character outside the BMP as two UCS-2 units, never split', () => {
    expect(countSegments('😀')).toMatchObject({ encoding: 'UCS-2', units: 2, segments: 1 });
    expect(countSegments(`${'a'.repeat(68)}😀`)).toMatchObject({ units: 70, segments: 1 });
    expect(countSegments(`${'a'.repeat(69)}😀`).segments).toBe(2);
    // 66 + 2 would overflow the first part's 67 units: the emoji moves whole to the second part
    expect(countSegments(`${'a'.repeat(66)}😀${'a'.repeat(66)}`)).toMatchObject({ units: 134, segments: 3 });
    expect(countSegments(`${'a'.repeat(67)}😀${'a'.repeat(65)}`)).toMatchObject({ units: 134, segments: 2 });
  });

  it('counts a realistic confirmation in French', () => {
    const text =
      'Solimob : votre place dans la navette du marché est réservée lundi 7 déc., départ 8h40 place de l’église.';
    expect(countSegments(text).encoding).toBe('UCS-2'); // the typographic apostrophe
    expect(countSegments(text.replace('’', "'")).encoding).toBe('GSM-7');
  });
});

describe('assertFitsSegments', () => {
  it('returns the count when the text fits, throws a precise error when it does not', () => {
    expect(assertFitsSegments('Bonjour').segments).toBe(1);
    expect(() => assertFitsSegments('ê'.repeat(135))).toThrow(SmsTooLongError);
    expect(() => assertFitsSegments('ê'.repeat(135))).toThrow(
      /135 UCS-2 units takes 3 segments, more than 2 \(UCS-2 because of ê\)/,
    );
    expect(() => assertFitsSegments('a'.repeat(161), 1)).toThrow(SmsTooLongError);
  });
});
