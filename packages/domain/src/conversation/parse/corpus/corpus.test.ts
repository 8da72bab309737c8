/**
 * The parser against the repository's corpora of realistic messages: `dev.jsonl` (written with the
 * parser) and `heldout.jsonl` (written after it, to measure generalisation; see the README).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type AccuracyReport, measureAccuracy, readCorpus } from './accuracy';

const MIN_INTENT_ACCURACY = 0.95;
/** Dates and times are judged on every message (null included); a lower bar guards regressions. */
const MIN_DATE_TIME_ACCURACY = 0.9;
const MIN_MESSAGES = { dev: 250, heldout: 80, heldout2: 60, heldout3: 40 };

function load(name: keyof typeof MIN_MESSAGES) {
  return readCorpus(readFileSync(new URL(`./${name}.jsonl`, import.meta.url), 'utf8'));
}

function print(name: string, report: AccuracyReport) {
  const lines = report.perIntent.map(
    (line) =>
      `  ${line.intent.padEnd(13)} ${String(line.correct).padStart(3)}/${String(line.messages).padEnd(3)} wrongly given ${line.falsePositives}`,
  );
  const misses = report.misses.map(
    ({ entry, got }) =>
      `  miss ${JSON.stringify(entry.text)}: expected ${entry.intent} ${entry.date} ${entry.time}, got ${got.intent} ${got.date} ${got.time}`,
  );
  console.info(
    [
      `${name}: ${report.messages} messages, intents ${(100 * report.intentAccuracy).toFixed(1)} %, dates ${(100 * report.dateAccuracy).toFixed(1)} %, times ${(100 * report.timeAccuracy).toFixed(1)} %`,
      ...lines,
      ...misses,
    ].join('\n'),
  );
}

describe.each(['dev', 'heldout', 'heldout2', 'heldout3'] as const)('%s corpus', (name) => {
  const entries = load(name);

  it('is large and covers every intent', () => {
    expect(entries.length).toBeGreaterThanOrEqual(MIN_MESSAGES[name]);
    expect(new Set(entries.map((entry) => entry.intent)).size).toBe(10);
  });

  it(`is understood: intents ≥ ${100 * MIN_INTENT_ACCURACY} %, dates and times ≥ ${100 * MIN_DATE_TIME_ACCURACY} %`, () => {
    const report = measureAccuracy(entries);
    print(name, report);
    expect(report.intentAccuracy).toBeGreaterThanOrEqual(MIN_INTENT_ACCURACY);
    expect(report.dateAccuracy).toBeGreaterThanOrEqual(MIN_DATE_TIME_ACCURACY);
    expect(report.timeAccuracy).toBeGreaterThanOrEqual(MIN_DATE_TIME_ACCURACY);
  });
});
