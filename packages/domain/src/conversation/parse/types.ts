/** The intents `scripts/sms-parse` prints; the closed set the conversation switches on. */
export const smsIntentValues = [
  'book_shuttle',
  'book_ride',
  'cancel',
  'list',
  'yes',
  'no',
  'help',
  'stop',
  'start',
  'unknown',
] as const;
export type SmsIntent = (typeof smsIntentValues)[number];

/** Vague times of day ("jeudi aprem"): the conversation asks for or proposes an hour. */
export type PartOfDay = 'morning' | 'noon' | 'afternoon' | 'evening';

export interface ParseSmsOptions {
  /** The resident's local calendar day, `YYYY-MM-DD`, against which "demain", "lundi"… resolve. */
  today: string;
  /** IANA zone of the territory; dates and times are wall-clock values in it. */
  timeZone?: string;
  /**
   * What a bare number means ("1", "2."). Index 0 is choice 1. The conversation passes the menu it
   * just sent; without it the default main menu applies (see `defaultMainMenu`).
   */
  menu?: readonly SmsIntent[];
}

export interface ParsedSms {
  intent: SmsIntent;
  /** `YYYY-MM-DD`, only when the message names a day. */
  date: string | null;
  /** `HH:MM` (24 h), only when the message names an hour ("14h", "9h30", "midi"). */
  time: string | null;
  /** A volunteer's 4-digit offer code ("OUI 4821"). */
  code: string | null;
  /** "FAIT 4821" / "c'est fait": the volunteer reports the trip done. `intent` is then `yes`. */
  done: boolean;
  /** The number the message consists of ("2", "choix 2", "deux"), whatever the menu. */
  menuChoice: number | null;
  partOfDay: PartOfDay | null;
  /**
   * The words naming a destination ("medecin", "hopital de vannes", "berric"), normalised like
   * `normaliseForMatching` so the conversation can compare them with the territory's place aliases.
   */
  placeHint: string | null;
}
