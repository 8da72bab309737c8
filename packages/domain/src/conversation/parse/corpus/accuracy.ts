/**
 * Scores the parser on a corpus of messages with expected answers (JSON lines:
 * `{"today", "text", "intent", "date", "time"}`). Shared by the corpus test and `scripts/sms-parse --corpus`.
 */
import { parseSms } from '../parse';
import { type SmsIntent, smsIntentValues } from '../types';

export interface CorpusEntry {
  today: string;
  text: string;
  intent: SmsIntent;
  date: string | null;
  time: string | null;
}

export interface IntentLine {
  intent: SmsIntent;
  messages: number;
  correct: number;
  /** Messages of other intents wrongly given this one. */
  falsePositives: number;
}

export interface Miss {
  entry: CorpusEntry;
  got: { intent: SmsIntent; date: string | null; time: string | null };
}

export interface AccuracyReport {
  messages: number;
  intentAccuracy: number;
  dateAccuracy: number;
  timeAccuracy: number;
  perIntent: IntentLine[];
  misses: Miss[];
}

/** One entry per non-blank line; a malformed line is an error naming its line number. */
export function readCorpus(jsonLines: string): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  jsonLines.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const value = JSON.parse(line) as Partial<CorpusEntry>;
    const valid =
      typeof value.text === 'string' &&
      typeof value.today === 'string' &&
      smsIntentValues.includes(value.intent as SmsIntent) &&
      (value.date === null || typeof value.date === 'string') &&
      (value.time === null || typeof value.time === 'string');
    if (!valid) throw new Error(`corpus line ${index + 1}: expected {today, text, intent, date, time}`);
    entries.push(value as CorpusEntry);
  });
  return entries;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

export function measureAccuracy(entries: readonly CorpusEntry[], timeZone?: string): AccuracyReport {
  const lines = new Map<SmsIntent, IntentLine>(
    smsIntentValues.map((intent) => [intent, { intent, messages: 0, correct: 0, falsePositives: 0 }]),
  );
  const misses: Miss[] = [];
  let intents = 0;
  let dates = 0;
  let times = 0;
  for (const entry of entries) {
    const got = parseSms(entry.text, { today: entry.today, ...(timeZone ? { timeZone } : {}) });
    const line = lines.get(entry.intent)!;
    line.messages++;
    if (got.intent === entry.intent) {
      line.correct++;
      intents++;
    } else {
      lines.get(got.intent)!.falsePositives++;
    }
    if (got.date === entry.date) dates++;
    if (got.time === entry.time) times++;
    if (got.intent !== entry.intent || got.date !== entry.date || got.time !== entry.time) {
      misses.push({ entry, got: { intent: got.intent, date: got.date, time: got.time } });
    }
  }
  return {
    messages: entries.length,
    intentAccuracy: ratio(intents, entries.length),
    dateAccuracy: ratio(dates, entries.length),
    timeAccuracy: ratio(times, entries.length),
    perIntent: [...lines.values()].filter((line) => line.messages > 0 || line.falsePositives > 0),
    misses,
  };
}
