/**
 * scripts/sms-parse [--today YYYY-MM-DD] [--time-zone ZONE] [--full]
 * scripts/sms-parse --corpus FILE [--corpus FILE…] [--misses]
 * Reads one SMS per stdin line and prints one JSON line each, or scores the parser on corpus files.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { createInterface } from 'node:readline';
import {
  type AccuracyReport,
  DEFAULT_TIME_ZONE,
  isIsoDay,
  measureAccuracy,
  parseSms,
  readCorpus,
  todayIn,
} from '../../packages/domain/src/conversation/index';

const USAGE = `usage: scripts/sms-parse [--today YYYY-MM-DD] [--time-zone ZONE] [--full] < messages.txt
       scripts/sms-parse --corpus FILE [--corpus FILE ...] [--misses]

Reads one SMS per line on stdin and prints one JSON line per input line:
  {"intent": "book_shuttle|book_ride|cancel|list|yes|no|help|stop|start|unknown", "date": "YYYY-MM-DD"|null, "time": "HH:MM"|null}

  --today YYYY-MM-DD  day against which "demain", "lundi"... resolve (default: today in ${DEFAULT_TIME_ZONE})
  --time-zone ZONE    IANA time zone of the territory (default: ${DEFAULT_TIME_ZONE})
  --full              add the conversation's extras: code, done, menuChoice, partOfDay, placeHint
  --corpus FILE       score the parser on a JSON-lines corpus ({"today","text","intent","date","time"});
                      prints a per-intent table, then one JSON line with the accuracies
  --accuracy          the same as --corpus packages/domain/src/conversation/parse/corpus/*.jsonl
  --misses            with --corpus: also list the messages the parser gets wrong
  --help              this text

A bare number is a menu choice: 1 book_shuttle, 2 book_ride, 3 cancel, 4 list (the main menu).
"FAIT 1234" (a volunteer reporting a trip done) prints intent "yes"; --full shows "done": true.`;

const CORPUS_DIR = new URL('../../packages/domain/src/conversation/parse/corpus/', import.meta.url);
const DEFAULT_CORPORA = ['dev.jsonl', 'heldout.jsonl', 'heldout2.jsonl', 'heldout3.jsonl'].map(
  (name) => new URL(name, CORPUS_DIR).pathname,
);

interface Options {
  today: string;
  timeZone: string;
  full: boolean;
  corpora: string[];
  misses: boolean;
}

function fail(message: string): never {
  process.stderr.write(`sms-parse: ${message}\n(scripts/sms-parse --help for usage)\n`);
  process.exit(2);
}

function parseArguments(args: string[]): Options {
  let today: string | undefined;
  const options: Options = {
    today: '',
    timeZone: DEFAULT_TIME_ZONE,
    full: false,
    corpora: [],
    misses: false,
  };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const value = () => args[++index] ?? fail(`${arg} needs a value`);
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg === '--today') today = value();
    else if (arg.startsWith('--today=')) today = arg.slice('--today='.length);
    else if (arg === '--time-zone') options.timeZone = value();
    else if (arg === '--full') options.full = true;
    else if (arg === '--corpus') options.corpora.push(value());
    else if (arg === '--accuracy') options.corpora.push(...DEFAULT_CORPORA);
    else if (arg === '--misses') options.misses = true;
    else fail(`unknown argument "${arg}"`);
  }
  try {
    Intl.DateTimeFormat('en-US', { timeZone: options.timeZone });
  } catch {
    fail(`--time-zone "${options.timeZone}" is not an IANA time zone (e.g. Europe/Paris)`);
  }
  if (today !== undefined && !isIsoDay(today))
    fail(`--today "${today}" is not a calendar day written YYYY-MM-DD`);
  options.today = today ?? todayIn(options.timeZone);
  return options;
}

/** `{"intent": "yes", "date": null}`: the key order given, spaced like the issue's examples. */
function jsonLine(entries: [string, unknown][]): string {
  return `{${entries.map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(', ')}}`;
}

async function parseStdin(options: Options) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    const parsed = parseSms(line, { today: options.today, timeZone: options.timeZone });
    const entries: [string, unknown][] = [
      ['intent', parsed.intent],
      ['date', parsed.date],
      ['time', parsed.time],
    ];
    if (options.full) {
      entries.push(
        ['code', parsed.code],
        ['done', parsed.done],
        ['menuChoice', parsed.menuChoice],
        ['partOfDay', parsed.partOfDay],
        ['placeHint', parsed.placeHint],
      );
    }
    process.stdout.write(`${jsonLine(entries)}\n`);
  }
}

const percent = (value: number) => `${(100 * value).toFixed(1)} %`;
const round = (value: number) => Math.round(value * 10_000) / 10_000;

function printReport(report: AccuracyReport, files: string[], misses: boolean) {
  const out: string[] = [];
  if (misses) {
    for (const miss of report.misses) {
      const { entry, got } = miss;
      out.push(
        `miss: ${JSON.stringify(entry.text)} (today ${entry.today}) expected ${entry.intent} ${entry.date} ${entry.time}, got ${got.intent} ${got.date} ${got.time}`,
      );
    }
    out.push('');
  }
  const names = files.map((file) => relative(process.cwd(), file) || file);
  out.push(`SMS parser accuracy on ${names.join(', ')}: ${report.messages} messages`);
  out.push('');
  out.push('| intent | messages | correct | accuracy | wrongly given |');
  out.push('|---|---:|---:|---:|---:|');
  for (const line of report.perIntent) {
    out.push(
      `| ${line.intent} | ${line.messages} | ${line.correct} | ${percent(line.correct / Math.max(1, line.messages))} | ${line.falsePositives} |`,
    );
  }
  out.push(
    `| all | ${report.messages} | ${Math.round(report.intentAccuracy * report.messages)} | ${percent(report.intentAccuracy)} | |`,
  );
  out.push('');
  out.push(`dates ${percent(report.dateAccuracy)}, times ${percent(report.timeAccuracy)}`);
  out.push(
    jsonLine([
      ['messages', report.messages],
      ['intent_accuracy', round(report.intentAccuracy)],
      ['date_accuracy', round(report.dateAccuracy)],
      ['time_accuracy', round(report.timeAccuracy)],
    ]),
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

function scoreCorpora(options: Options) {
  const entries = options.corpora.flatMap((file) => {
    try {
      return readCorpus(readFileSync(file, 'utf8'));
    } catch (error) {
      return fail(`cannot read corpus ${file}: ${(error as Error).message}`);
    }
  });
  printReport(measureAccuracy(entries, options.timeZone), options.corpora, options.misses);
}

const options = parseArguments(process.argv.slice(2));
if (options.corpora.length > 0) scoreCorpora(options);
else await parseStdin(options);
