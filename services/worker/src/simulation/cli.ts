/**
 * scripts/simulate [--scenario FILE] [--compare FILE] [--seed N] [--days N] [--live] [--out DIR]
 *
 * Runs the what-if simulator (docs/simulator.md): with no scenario, the next 28 days of the seeded demo
 * territory as it is. `--live` (or `"baseline": "live"` in a scenario) starts from the territory of the
 * database DATABASE_URL names instead, copied (read only, pseudonymised) once for both scenarios.
 * Each scenario runs in its own throwaway database on the Postgres server of DATABASE_URL (default the
 * local development server), which is dropped at the end; the live database is never written.
 * Progress goes to stderr; stdout gets a table and, last, one JSON line
 * {"days": D, "requests": N, "served_pct": X, "seconds": S} (plus "compare": {...} for a comparison).
 * `--out DIR` also writes the result as JSON, CSV and, for a comparison, the French PDF report.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  compareMetrics,
  comparisonCsv,
  comparisonPdf,
  describeScenario,
  INDICATORS,
  metricsCsv,
  parseScenario,
  type Scenario,
  ScenarioError,
  unmetReasonLabel,
} from '@solimob/domain';
import { runSimulation, type SimulationResult } from './engine';
import { createLiveBaseline, type LiveBaseline } from './live-baseline';
import { ScenarioApplyError } from './prepare';

export async function loadScenarioFile(path: string): Promise<Scenario> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ScenarioError(path, [`cannot read the file: ${(error as Error).message}`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError(path, [`not valid JSON: ${(error as Error).message}`]);
  }
  return parseScenario(json, path);
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) fail(`${name} needs a value`);
  return value;
};
function fail(message: string): never {
  process.stderr.write(`simulate: ${message}\n`);
  process.exit(2);
}
const flags = new Set(['--live']);
const known = new Set(['--scenario', '--compare', '--seed', '--days', '--out']);
for (let i = 0; i < args.length; i += flags.has(args[i]!) ? 1 : 2)
  if (!known.has(args[i]!) && !flags.has(args[i]!)) fail(`unknown option ${args[i]}`);

const seed = option('--seed');
const days = option('--days');
const live = args.includes('--live');
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function scenarioFrom(file: string | undefined): Promise<Scenario> {
  const base = file ? await loadScenarioFile(file) : parseScenario({ version: 1 }, 'default');
  const overrides: Record<string, unknown> = {};
  if (seed !== undefined) overrides.seed = Number(seed);
  if (days !== undefined) overrides.period = { ...base.period, days: Number(days) };
  if (live) overrides.baseline = 'live';
  return Object.keys(overrides).length === 0
    ? base
    : parseScenario({ ...base, ...overrides }, file ?? 'default');
}

/** One copy of each live territory named, shared by both scenarios; dropped at the end. */
const liveBaselines = new Map<string, LiveBaseline>();
const liveBaseline = (slug: string) => {
  const existing = liveBaselines.get(slug);
  if (existing) return existing;
  const created = createLiveBaseline({ databaseUrl: serverUrl, territory: { slug } }, serverUrl);
  liveBaselines.set(slug, created);
  return created;
};

async function run(scenario: Scenario, label: string): Promise<SimulationResult> {
  const from =
    scenario.baseline === 'live'
      ? `données réelles du territoire ${scenario.territory}`
      : 'données de démonstration';
  process.stderr.write(
    `${label} « ${scenario.name} » : ${scenario.period.days} jours, graine ${scenario.seed}, ${from}\n`,
  );
  let last = 0;
  return runSimulation(scenario, {
    serverUrl,
    ...(scenario.baseline === 'live' ? { live: liveBaseline(scenario.territory) } : {}),
    onProgress: (p) => {
      const now = Date.now();
      if (now - last < 1000 && p.day < p.days) return;
      last = now;
      process.stderr.write(`  jour ${p.day}/${p.days} (${p.simulatedDate}), ${p.events} événements\n`);
    },
  });
}

const fmt = (value: number | null, unit: string) => {
  if (value === null) return '—';
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${shown === '-0.0' ? '0' : shown}${unit ? ` ${unit}` : ''}`;
};

function printTable(rows: string[][]) {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const row of rows) {
    process.stdout.write(
      `${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')}\n`,
    );
  }
}

const summary = (r: SimulationResult) => ({
  days: r.scenario.period.days,
  requests: r.metrics.requests,
  served_pct: r.metrics.servedPct,
  seconds: Math.round(r.seconds * 10) / 10,
});

try {
  const scenarioA = await scenarioFrom(option('--scenario'));
  const compareFile = option('--compare');
  const scenarioB = compareFile ? await scenarioFrom(compareFile) : undefined;
  const out = option('--out');
  const a = await run(scenarioA, 'Scénario A');
  const b = scenarioB ? await run(scenarioB, 'Scénario B') : undefined;
  if (!b) {
    printTable([
      ['indicateur', a.scenario.name],
      ...INDICATORS.map((i) => [i.label, fmt(i.value(a.metrics), i.unit)]),
      ...Object.entries(a.metrics.unmet.byReason).map(([k, n]) => [
        `  non satisfaites : ${unmetReasonLabel(k)}`,
        String(n),
      ]),
    ]);
    if (out) {
      await mkdir(out, { recursive: true });
      await writeFile(join(out, 'simulation.json'), `${JSON.stringify(a, null, 2)}\n`);
      await writeFile(join(out, 'simulation.csv'), metricsCsv(a.metrics));
    }
    process.stdout.write(`${JSON.stringify(summary(a))}\n`);
  } else {
    const comparison = compareMetrics(a.metrics, b.metrics);
    printTable([
      ['indicateur', `A ${a.scenario.name}`, `B ${b.scenario.name}`, 'B − A'],
      ...comparison.rows.map((r) => [
        r.label,
        fmt(r.a, r.unit),
        fmt(r.b, r.unit),
        r.difference === null ? '—' : `${r.difference > 0 ? '+' : ''}${fmt(r.difference, r.differenceUnit)}`,
      ]),
      ...comparison.unmetByReason.map((r) => [
        `  non satisfaites : ${unmetReasonLabel(r.reason)}`,
        String(r.a),
        String(r.b),
        `${r.difference > 0 ? '+' : ''}${r.difference}`,
      ]),
      ...comparison.unmetByCommune.map((r) => [
        `  non satisfaites à ${r.commune}`,
        String(r.a),
        String(r.b),
        `${r.difference > 0 ? '+' : ''}${r.difference}`,
      ]),
    ]);
    if (out) {
      await mkdir(out, { recursive: true });
      await writeFile(join(out, 'comparaison.json'), `${JSON.stringify({ a, b, comparison }, null, 2)}\n`);
      await writeFile(join(out, 'comparaison.csv'), comparisonCsv(comparison));
      const pdf = await comparisonPdf(comparison, {
        territoryName: 'Questembert Communauté',
        generatedAt: new Date(),
        descriptions: { a: describeScenario(a.scenario), b: describeScenario(b.scenario) },
      });
      await writeFile(join(out, 'comparaison.pdf'), pdf);
      process.stderr.write(`Écrit : ${join(out, 'comparaison.json')}, .csv, .pdf\n`);
    }
    process.stdout.write(
      `${JSON.stringify({
        ...summary(a),
        compare: {
          ...summary(b),
          served_pct_difference: Math.round((b.metrics.servedPct - a.metrics.servedPct) * 10) / 10,
        },
      })}\n`,
    );
  }
  await dropLiveBaselines();
} catch (error) {
  await dropLiveBaselines();
  if (error instanceof ScenarioError || error instanceof ScenarioApplyError) fail(error.message);
  throw error;
}

async function dropLiveBaselines() {
  for (const baseline of liveBaselines.values()) await baseline.drop();
}
