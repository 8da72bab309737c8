import { frenchDay, frenchTime } from '../time';

/*
 * Wording helpers shared by every SMS template. Templates are written in GSM-7 on purpose (a single
 * ê, ç, ô or ’ turns the whole SMS into UCS-2 and halves its length); data put into them (place
 * names, dates) is folded here, the way Twilio's Smart Encoding would, so a name like "Hôtel de
 * Ville" cannot push a message past two segments.
 */

// GSM 03.38 basic table and extension table.
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€';
const isGsm = (char: string) => GSM_BASIC.includes(char) || GSM_EXTENDED.includes(char);

const SUBSTITUTES: Record<string, string> = {
  '’': "'",
  '‘': "'",
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '…': '...',
  '–': '-',
  '—': '-',
  œ: 'oe',
  Œ: 'OE',
  '\u00a0': ' ',
  '\u202f': ' ',
};

/**
 * Folds the characters GSM-7 lacks to their closest GSM-7 form ("Hôtel" → "Hotel", "août" → "aout",
 * both accepted spellings in SMS): for names and dates put into templates, never for whole templates.
 */
export function gsmFriendly(text: string): string {
  let folded = '';
  for (const char of text) {
    if (isGsm(char)) folded += char;
    else if (SUBSTITUTES[char] !== undefined) folded += SUBSTITUTES[char];
    else {
      const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
      folded += [...bare].every(isGsm) ? bare : char;
    }
  }
  return folded;
}

/** "lundi 7 décembre", GSM-7 ("aout" in August). */
export const smsDay = (when: Date | string, zone: string): string => gsmFriendly(frenchDay(when, zone));

/** "lundi 7 décembre à 9 h 12", GSM-7. */
export const smsDayTime = (instant: Date, zone: string): string =>
  `${smsDay(instant, zone)} à ${frenchTime(instant, zone)}`;

/** "+33261910000" → "02 61 91 00 00": how a French number is read and dialled. */
export function frenchPhone(e164: string | null | undefined): string | undefined {
  if (!e164) return undefined;
  const match = /^\+33(\d{9})$/.exec(e164);
  if (!match) return e164;
  const national = `0${match[1]}`;
  return national.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/** The same number as the voice says it: digits in pairs, with pauses ("02, 61, 91, 00, 00"). */
export function spokenPhone(e164: string | null | undefined): string | undefined {
  return frenchPhone(e164)?.replaceAll(' ', ', ');
}
