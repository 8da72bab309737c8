/**
 * From a raw SMS (voice dictation, SMS-speak, typos, emojis) to lower-case, accent-free text with
 * a small canonical vocabulary. Every later phase (intents, dates, places) reads this text, so one
 * spelling of each word is all they need to know.
 */

/** A concatenated SMS is at most ~1,600 characters; anything longer is not a message to understand. */
export const MAX_MESSAGE_CHARS = 1600;

/** Emojis residents use as answers; any other pictograph is dropped. */
const emojiWords: [RegExp, string][] = [
  [/[\u{1F44D}\u{1F44C}\u2705\u2714\u{1F197}\u{1F64B}]/gu, ' ok '],
  [/[\u{1F44E}\u274C\u274E\u{1F6AB}\u26D4]/gu, ' non '],
  [/[\u2753\u2754]/gu, ' ? '],
];

/**
 * Words a voice keyboard types for punctuation ("point", "virgule") and dictation commands. "point"
 * stays when it is part of a place ("rond-point") or an expression ("au point", "a point").
 */
const dictationArtefacts: [RegExp, string][] = [
  [/\bpoints? d ?interrogation\b/g, ' ? '],
  [/\bpoints? d ?exclamation\b/g, ' '],
  [/\b(?:retour a la ligne|nouvelle ligne|a la ligne|nouveau paragraphe)\b/g, ' '],
  [/\b(?:ouvrez? les guillemets|fermez? les guillemets|guillemets?)\b/g, ' '],
  [/\b(?:deux points|point virgule|virgule|smiley|emoticone)\b/g, ' '],
  [/(?<!\b(?:rond|au|a|le|du|un|ce|mon))\s+point\b/g, ' '],
  [/^point\b/g, ' '],
];

/**
 * Multi-word spellings folded into one canonical token before the word map. Order matters: longer
 * expressions first.
 */
const phraseRewrites: [RegExp, string][] = [
  [/\bs ?il (?:vous|vou|vs|te|t) pl(?:ai|e|é)t?s?\b/g, ' svp '],
  [/\bsi (?:vous|vou) plait\b/g, ' svp '],
  [/\bsil vous plait\b/g, ' svp '],
  [/\bs v p\b/g, ' svp '],
  [/\baujourd ?hui\b/g, ' aujourdhui '],
  [/\bau jour d hui\b/g, ' aujourdhui '],
  [/\b(?:apres|apre|aprs|apr|ap|a pres) ?[- ]?demain\b/g, ' apresdemain '],
  [/\b(?:apres|apre|aprs|apr|ap|a pres) ?[- ]?midi\b/g, ' apresmidi '],
  [/\bapres m\b/g, ' apresmidi '],
  [/\brendez ?[- ]?vous\b/g, ' rdv '],
  [/\bd ?accord\b/g, ' daccord '],
  [/\bd ?acc?\b/g, ' daccord '],
  [/\bfrance ?services?\b/g, ' franceservices '],
  [/\bprise de sang\b/g, ' prisedesang '],
  [/\bquelqu ?un\b/g, ' quelquun '],
  [/\bmerci (?:bcp|bc|bcq|beaucoup|boucoup|bocou)\b/g, ' merci '],
];

/** One SMS spelling → canonical words. Only whole tokens; typos of longer words are fuzzy-matched later. */
const wordMap: Record<string, string> = {
  bjr: 'bonjour',
  bjour: 'bonjour',
  bnjr: 'bonjour',
  bonjours: 'bonjour',
  bonjoure: 'bonjour',
  bsr: 'bonsoir',
  slt: 'salut',
  cc: 'coucou',
  stp: 'svp',
  svpl: 'svp',
  svpp: 'svp',
  sivouplai: 'svp',
  silvouplait: 'svp',
  silvousplait: 'svp',
  rdv: 'rdv',
  rdvs: 'rdv',
  rv: 'rdv',
  jvoudrais: 'je voudrais',
  jvoudrai: 'je voudrais',
  jvoudre: 'je voudrais',
  jvoudrait: 'je voudrais',
  jvourais: 'je voudrais',
  jvoudrez: 'je voudrais',
  jvx: 'je veux',
  jveux: 'je veux',
  jveu: 'je veux',
  chui: 'je suis',
  chuis: 'je suis',
  jsuis: 'je suis',
  jsui: 'je suis',
  shui: 'je suis',
  jpeux: 'je peux',
  jpeu: 'je peux',
  jpe: 'je peux',
  jpourrai: 'je pourrai',
  jpourrais: 'je pourrai',
  jpourai: 'je pourrai',
  jcomprends: 'je comprends',
  jcomprend: 'je comprends',
  jcompren: 'je comprends',
  jcomprens: 'je comprends',
  jsp: 'je sais pas',
  jai: 'j ai',
  g: 'j ai',
  jaimerais: 'j aimerais',
  jaimerai: 'j aimerais',
  jviens: 'je viens',
  jvien: 'je viens',
  jviendrai: 'je viendrai',
  jviendrais: 'je viendrai',
  jvais: 'je vais',
  jsouhaite: 'je souhaite',
  c: 'c est',
  cest: 'c est',
  ke: 'que',
  koi: 'quoi',
  kan: 'quand',
  kand: 'quand',
  qd: 'quand',
  qnd: 'quand',
  pr: 'pour',
  pk: 'pourquoi',
  pq: 'pourquoi',
  pkoi: 'pourquoi',
  tt: 'tout',
  bcp: 'beaucoup',
  dc: 'donc',
  ds: 'dans',
  ac: 'avec',
  avc: 'avec',
  mnt: 'maintenant',
  mtn: 'maintenant',
  tjs: 'toujours',
  tjrs: 'toujours',
  dsl: 'desole',
  pb: 'probleme',
  pblm: 'probleme',
  nn: 'non',
  nan: 'non',
  nop: 'non',
  nope: 'non',
  ouai: 'oui',
  ouais: 'oui',
  ouaip: 'oui',
  ouep: 'oui',
  oue: 'oui',
  wi: 'oui',
  ui: 'oui',
  yes: 'oui',
  yep: 'oui',
  okay: 'ok',
  oke: 'ok',
  okey: 'ok',
  oki: 'ok',
  okai: 'ok',
  dac: 'ok',
  dacc: 'ok',
  dak: 'ok',
  daccord: 'daccord',
  dacor: 'daccord',
  dacord: 'daccord',
  mrc: 'merci',
  mci: 'merci',
  mersi: 'merci',
  mercie: 'merci',
  thx: 'merci',
  demin: 'demain',
  dmain: 'demain',
  '2main': 'demain',
  '2m1': 'demain',
  dem1: 'demain',
  dm1: 'demain',
  demai: 'demain',
  aprem: 'apresmidi',
  apm: 'apresmidi',
  aprm: 'apresmidi',
  apremidi: 'apresmidi',
  apmidi: 'apresmidi',
  auj: 'aujourdhui',
  ajd: 'aujourdhui',
  aujourdui: 'aujourdhui',
  ojourdui: 'aujourdhui',
  hosto: 'hopital',
  hopitale: 'hopital',
  kinee: 'kine',
  kinesi: 'kine',
  toubib: 'medecin',
  doc: 'medecin',
  dr: 'docteur',
  farmacie: 'pharmacie',
  pharma: 'pharmacie',
  labo: 'laboratoire',
  texto: 'sms',
  textos: 'sms',
  msg: 'message',
  mess: 'message',
  infos: 'info',
  mme: 'madame',
  mr: 'monsieur',
  mlle: 'mademoiselle',
};

/** Lower case, no accents or ligatures, emojis mapped, apostrophes and punctuation spaced out. */
export function foldCharacters(raw: string): string {
  let text = raw.slice(0, MAX_MESSAGE_CHARS);
  for (const [pattern, word] of emojiWords) text = text.replace(pattern, word);
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/ß/g, 'ss')
      // letters that carry their mark in the letter itself (no decomposition), whose upper case does not
      .replace(/ı/g, 'i')
      .replace(/ł/g, 'l')
      .replace(/đ/g, 'd')
      .replace(/ø/g, 'o')
      .replace(/ħ/g, 'h')
      .replace(/ŧ/g, 't')
      .replace(/\p{Extended_Pictographic}/gu, ' ')
  );
}

/**
 * Keeps letters, digits and "?" (a question is a signal); keeps "/", ":", "." and "-" only between
 * digits, where they belong to a date or a time ("12/12", "9:30", "12.12").
 */
function spaceOutPunctuation(text: string): string {
  return text
    .replace(/(\d)\s*([/:.-])\s*(?=\d)/g, '$1$2')
    .replace(/\?+/g, ' ? ')
    .replace(/(?<!\d)[/:.-]|[/:.-](?!\d)/g, ' ')
    .replace(/[^a-z0-9?/:.\s-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "ouiiii" → "oui", "stooop" → "stop": three or more of the same letter become one. */
function collapseRepeatedLetters(text: string): string {
  return text.replace(/([a-z])\1{2,}/g, '$1');
}

function mapWords(text: string): string {
  return text
    .split(' ')
    .map((word) => wordMap[word] ?? word)
    .join(' ');
}

function applyAll(text: string, rules: [RegExp, string][]): string {
  let out = ` ${text} `;
  for (const [pattern, replacement] of rules) out = out.replace(pattern, replacement);
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * The canonical text of a message: tokens separated by single spaces. Dates and times keep their
 * digits and separators ("12/12", "9h30", "14:30").
 */
export function normaliseMessage(raw: string): string {
  const folded = collapseRepeatedLetters(foldCharacters(raw));
  const spaced = spaceOutPunctuation(folded);
  const withoutDictation = applyAll(spaced, dictationArtefacts);
  // The word map runs twice around the phrase rewrites: "s il vous plait" needs the raw words,
  // "merci bcp" needs "bcp" already spelled out.
  return applyAll(mapWords(applyAll(withoutDictation, phraseRewrites)), phraseRewrites);
}

/**
 * The normalisation the conversation should apply to place aliases before comparing them with a
 * parsed `placeHint`: the same character folding, without the SMS vocabulary.
 */
export function normaliseForMatching(text: string): string {
  return spaceOutPunctuation(foldCharacters(text)).replace(/\?/g, ' ').replace(/\s+/g, ' ').trim();
}

export function tokensOf(normalised: string): string[] {
  return normalised === '' ? [] : normalised.split(' ');
}
