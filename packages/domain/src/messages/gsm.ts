/*
 * SMS bodies stay in the GSM 03.38 alphabet: one character outside it (ê, ç, ô, ’, a non-breaking space…)
 * switches the whole message to UCS-2, where a segment holds 70 characters instead of 160. Templates are
 * written without such characters, but names of places and people, and French month names (août), come
 * from data: `gsmText` spells them the way an SMS can carry them (ê → e, ç → c, œ → oe, ’ → ').
 */

/** The GSM 03.38 basic character set and the extension table (the latter costs two septets each). */
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM_EXTENDED = new Set('^{}\\[~]|€\f');

/** Characters whose accent-free spelling is not what stripping the accent gives. */
const SPELLED: Record<string, string> = {
  œ: 'oe',
  Œ: 'OE',
  '’': "'",
  '‘': "'",
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '…': '...',
  '\u00a0': ' ',
  '\u202f': ' ',
};

const isGsm = (char: string) => GSM_BASIC.has(char) || GSM_EXTENDED.has(char);

function spell(char: string): string {
  if (isGsm(char)) return char;
  const spelled = SPELLED[char];
  if (spelled !== undefined) return spelled;
  const bare = char.normalize('NFD').replace(/\p{Diacritic}/gu, '');
  return [...bare].every(isGsm) && bare !== '' ? bare : '?';
}

/** The text with every character an SMS cannot carry in GSM-7 replaced by its nearest spelling. */
export const gsmText = (text: string): string => [...text].map(spell).join('');

/** GSM-7 septets the text costs (extension characters count two). */
export const gsmLength = (text: string): number =>
  [...text].reduce((sum, char) => sum + (GSM_EXTENDED.has(char) ? 2 : 1), 0);

/** Two concatenated GSM-7 segments: 2 × 153 septets. Every SMS we send fits. */
export const MAX_SMS_SEPTETS = 306;
