/**
 * scripts/bench-darp [--time-limit S] [--only PATTERN] [--jobs N] [--seed N] [--no-market] [--docs|--no-docs] [--cpu-time]
 *
 * Runs scripts/darp on every shared DARP instance (both folders) and every Li & Lim 100 instance, one
 * child process per instance (one core per run, --jobs in parallel), checks each solution with the
 * independent checker, prints a table and writes docs/benchmarks.md (full runs only, unless --docs).
 * Instances of at most 24 requests get min(S, 5) seconds: their target is "within 0.1 % in 5 s".
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSolution } from './check';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = process.env.SOLIMOB_SHARED_DIR ?? resolve(repo, '../shared');

const args = process.argv.slice(2);
let timeLimit = 30;
let only: RegExp | undefined;
let jobs = 1;
let seed = 1;
let market = true;
let docs: boolean | undefined;
let cpuTime = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  const v = () => args[++i] ?? '';
  if (a === '--time-limit') timeLimit = Number(v());
  else if (a === '--only') only = new RegExp(v());
  else if (a === '--jobs') jobs = Math.max(1, Number(v()));
  else if (a === '--seed') seed = Number(v());
  else if (a === '--no-market') market = false;
  else if (a === '--cpu-time') cpuTime = true;
  else if (a === '--docs') docs = true;
  else if (a === '--no-docs') docs = false;
  else {
    process.stderr.write(
      'usage: scripts/bench-darp [--time-limit S] [--only REGEX] [--jobs N] [--seed N] [--no-market] [--docs|--no-docs] [--cpu-time]\n',
    );
    process.exit(2);
  }
}
const writeDocs = docs ?? only === undefined;

interface Task {
  name: string;
  family: 'darp' | 'pdptw';
  file: string;
  requests: number;
  bksCost: number;
  bksVehicles?: number;
  limit: number;
}

interface Result extends Task {
  cost: number;
  vehicles: number;
  seconds: number;
  cpuSeconds: number;
  feasible: boolean;
  errors: string[];
}

function readCsv(path: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const cols = head!.split(',');
  return lines.map((l) => {
    const f = l.split(',');
    return Object.fromEntries(cols.map((c, i) => [c, f[i] ?? '']));
  });
}

function listTxt(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listTxt(p));
    else if (entry.name.endsWith('.txt')) out.push(p);
  }
  return out.sort();
}

const tasks: Task[] = [];
const darpDir = join(shared, 'bench/darp');
const darpBks = new Map(readCsv(join(darpDir, 'bks.csv')).map((r) => [r.instance!, r]));
for (const file of listTxt(darpDir)) {
  const name = file
    .split('/')
    .pop()!
    .replace(/\.txt$/, '');
  const b = darpBks.get(name);
  if (!b) continue;
  const requests = Number(b.n_requests);
  tasks.push({
    name,
    family: 'darp',
    file,
    requests,
    bksCost: Number(b.bks_cost),
    limit: requests <= 24 ? Math.min(timeLimit, 5) : timeLimit,
  });
}
const pdDir = join(shared, 'bench/pdptw');
const pdBks = new Map(readCsv(join(pdDir, 'bks_li_lim_100.csv')).map((r) => [r.instance!, r]));
for (const file of listTxt(pdDir)) {
  const name = file
    .split('/')
    .pop()!
    .replace(/\.txt$/, '');
  const b = pdBks.get(name);
  if (!b) continue;
  tasks.push({
    name,
    family: 'pdptw',
    file,
    requests: 0,
    bksCost: Number(b.distance_rogalski),
    bksVehicles: Number(b.routes_rogalski),
    limit: timeLimit,
  });
}
const selected = only ? tasks.filter((t) => only!.test(t.name)) : tasks;

const cpuModel =
  readFileSync('/proc/cpuinfo', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('model name'))
    ?.split(':')[1]
    ?.trim() ?? 'unknown';
const machine = {
  cpu: cpuModel,
  cores: cpus().length,
  node: process.version,
  load: loadavg()
    .map((x) => x.toFixed(2))
    .join(' '),
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  command: `scripts/bench-darp ${args.join(' ')}`.trim(),
};

const tsx = join(repo, 'node_modules/.bin/tsx');
const tmp = mkdtempSync(join(tmpdir(), 'bench-darp-'));

function runOne(t: Task): Promise<Result> {
  const out = join(tmp, `${t.name}.json`);
  return new Promise((res) => {
    const child = spawn(
      tsx,
      [
        join(repo, 'scripts/bench/darp.ts'),
        t.file,
        '--time-limit',
        String(t.limit),
        '--seed',
        String(seed),
        '--out',
        out,
        ...(cpuTime ? ['--cpu-time'] : []),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => {
      const fail = (msg: string): Result => ({
        ...t,
        cost: Number.NaN,
        vehicles: 0,
        seconds: Number.NaN,
        cpuSeconds: Number.NaN,
        feasible: false,
        errors: [msg],
      });
      if (code !== 0 || !existsSync(out)) return res(fail(`exit ${code}: ${stderr.slice(0, 300)}`));
      try {
        const line = JSON.parse(stdout.trim().split('\n').pop()!) as { seconds: number; cpuSeconds: number };
        const sol = JSON.parse(readFileSync(out, 'utf8')) as { cost: number };
        const check = checkSolution(t.file, sol, sol.cost);
        res({
          ...t,
          cost: check.cost,
          vehicles: check.vehicles,
          seconds: line.seconds,
          cpuSeconds: line.cpuSeconds,
          feasible: check.feasible,
          errors: check.errors,
        });
      } catch (err) {
        res(fail(String(err)));
      }
    });
  });
}

const gap = (r: Result) => ((r.cost - r.bksCost) / r.bksCost) * 100;
const f2 = (x: number) => (Number.isFinite(x) ? (Math.abs(x) < 0.005 ? 0 : x).toFixed(2) : '-');

async function main() {
  process.stdout.write(
    `bench-darp: ${selected.length} instances, ${timeLimit} s each (≤24 requests: ${Math.min(timeLimit, 5)} s), ${jobs} job(s)\n`,
  );
  const results: Result[] = new Array(selected.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < selected.length) {
      const idx = next++;
      const r = await runOne(selected[idx]!);
      results[idx] = r;
      done++;
      const veh = r.family === 'pdptw' ? ` veh ${r.vehicles}/${r.bksVehicles}` : '';
      process.stdout.write(
        `[${String(done).padStart(2)}/${selected.length}] ${r.name.padEnd(7)} cost ${f2(r.cost).padStart(8)} best ${f2(r.bksCost).padStart(8)} gap ${f2(gap(r)).padStart(6)}%${veh} ${f2(r.seconds)}s (cpu ${f2(r.cpuSeconds)}s) ${r.feasible ? 'feasible' : `INFEASIBLE ${r.errors.slice(0, 2).join('; ')}`}\n`,
      );
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));

  const darp = results.filter((r) => r.family === 'darp');
  const pd = results.filter((r) => r.family === 'pdptw');
  const lines: string[] = [];
  const summary: string[] = [];
  if (darp.length > 0) {
    lines.push('### Dial-a-ride (Cordeau 2006, Ropke et al. 2007)', '');
    lines.push('| instance | requests | best known | cost | gap % | seconds | CPU s | feasible |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|---|');
    for (const r of darp) {
      lines.push(
        `| ${r.name} | ${r.requests} | ${f2(r.bksCost)} | ${f2(r.cost)} | ${f2(gap(r))} | ${f2(r.seconds)} | ${f2(r.cpuSeconds)} | ${r.feasible ? 'yes' : 'NO'} |`,
      );
    }
    lines.push('');
    const gaps = darp.map(gap);
    const small = darp.filter((r) => r.requests <= 24);
    summary.push(
      `DARP: mean gap ${f2(gaps.reduce((a, b) => a + b, 0) / gaps.length)} %, max gap ${f2(Math.max(...gaps))} %, ` +
        `feasible ${darp.filter((r) => r.feasible).length}/${darp.length}, ` +
        `≤24 requests within 0.1 %: ${small.filter((r) => gap(r) <= 0.1 && r.feasible).length}/${small.length}, ` +
        `above 3 %: ${darp.filter((r) => gap(r) > 3).length}`,
    );
  }
  if (pd.length > 0) {
    lines.push('### Li & Lim PDPTW, 100 customers (vehicles first, then distance)', '');
    lines.push(
      '| instance | best vehicles | vehicles | best distance | distance | gap % | seconds | CPU s | feasible |',
    );
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const r of pd) {
      lines.push(
        `| ${r.name} | ${r.bksVehicles} | ${r.vehicles} | ${f2(r.bksCost)} | ${f2(r.cost)} | ${f2(gap(r))} | ${f2(r.seconds)} | ${f2(r.cpuSeconds)} | ${r.feasible ? 'yes' : 'NO'} |`,
      );
    }
    lines.push('');
    const matched = pd.filter((r) => r.vehicles <= r.bksVehicles!);
    const gapsAll = pd.map(gap);
    const gapsM = matched.map(gap);
    summary.push(
      `Li & Lim: best-known vehicle count matched on ${matched.length}/${pd.length}, ` +
        `mean distance gap ${f2(gapsAll.reduce((a, b) => a + b, 0) / gapsAll.length)} % over all, ` +
        `${f2(gapsM.reduce((a, b) => a + b, 0) / Math.max(1, gapsM.length))} % over instances with matched vehicles, ` +
        `feasible ${pd.filter((r) => r.feasible).length}/${pd.length}`,
    );
  }
  if (market) {
    const m = execFileSync(tsx, [join(repo, 'scripts/bench/market.ts'), '--seed', String(seed)], {
      encoding: 'utf8',
    });
    const last = m.trim().split('\n').pop()!;
    const mr = JSON.parse(last) as {
      passengers: number;
      served: number;
      buses: number;
      seconds: number;
      cpuSeconds: number;
      iterations: number;
      cost: number;
      referenceCost: number;
      referenceServed: number;
      maxRide: number;
    };
    summary.push(
      `Market round: ${mr.served}/${mr.passengers} passengers on ${mr.buses} minibuses planned in ${mr.seconds.toFixed(2)} s ` +
        `(CPU ${mr.cpuSeconds.toFixed(2)} s, ${mr.iterations} iterations), ${mr.cost.toFixed(1)} km ` +
        `(a 10 s run: ${mr.referenceCost.toFixed(1)} km, ${mr.referenceServed} served), longest ride ${mr.maxRide.toFixed(1)} min`,
    );
  }
  process.stdout.write(`\n${lines.join('\n')}\n${summary.join('\n')}\n`);
  if (writeDocs) {
    // a hand-written notes section between these markers survives regeneration
    const docPath = join(repo, 'docs/benchmarks.md');
    const previous = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';
    const kept =
      /<!-- notes -->[\s\S]*?<!-- \/notes -->/.exec(previous)?.[0] ?? '<!-- notes -->\n<!-- /notes -->';
    // scripts/bench-matching writes its own section at the end of the same file: keep it as it is.
    const matching = /<!-- matching -->[\s\S]*?<!-- \/matching -->/.exec(previous)?.[0];
    const doc = [
      '# Optimiser benchmarks',
      '',
      '<!-- Generated by scripts/bench-darp: do not edit by hand, rerun the script. -->',
      '',
      `- Command: \`${machine.command}\``,
      `- Date: ${machine.date}`,
      `- Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load average at start ${machine.load}`,
      `- One core per run (${jobs} run(s) in parallel), seed ${seed}, ${timeLimit} s per instance (${cpuTime ? 'process CPU time: the limit counts the time the run actually had a core, because the machine is shared' : 'wall-clock time'}); instances of at most 24 requests get ${Math.min(timeLimit, 5)} s.`,
      '- "seconds" is wall-clock time of the solve, "CPU s" the CPU time the process got.',
      '- Costs and feasibility are recomputed by `scripts/bench/check.ts`, which shares no code with the solver.',
      '',
      '## Summary',
      '',
      ...summary.map((s) => `- ${s}`),
      '',
      '## Notes',
      '',
      kept,
      '',
      '## Results',
      '',
      ...lines,
      'How to read: see [optimiser.md](optimiser.md). Best known values: `../shared/bench/darp/bks.csv` and',
      '`../shared/bench/pdptw/bks_li_lim_100.csv`.',
      '',
      ...(matching ? [matching, ''] : []),
    ].join('\n');
    writeFileSync(docPath, doc);
    process.stdout.write('wrote docs/benchmarks.md\n');
  }
}

main().catch((err) => {
  process.stderr.write(`${err}\n`);
  process.exit(1);
});
