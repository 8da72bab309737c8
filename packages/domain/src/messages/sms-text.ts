import { frenchDay, frenchTime } from '../time';
import { gsmText } from './gsm';

/*
 * Wording helpers shared by the SMS templates. Templates are written in GSM-7 on purpose (a single
 * ê, ç, ô or ’ turns the whole SMS into UCS-2 and halves its length); data put into them (place
 * names, dates) is folded by `gsmText` (./gsm.ts), so "Hôtel de Ville" or "août" cannot push a
 * message past two segments.
 */

/** "lundi 7 décembre", GSM-7 ("aout" in August). */
export const smsDay = (when: Date | string, zone: string): string => gsmText(frenchDay(when, zone));

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
