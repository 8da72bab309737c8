/**
 * scripts/darp <instance-file> [--time-limit S] [--seed N] [--max-iterations N] [--out FILE] [--cpu-time]
 * Solves one DARP (either layout) or Li & Lim PDPTW file and prints one JSON line.
 */
import { writeFileSync } from 'node:fs';
import { solveDarp } from '../../packages/routing/src/optimiser/index';
import { parseInstanceFile } from './instances';

function usage(): never {
  process.stderr.write(
    'usage: scripts/darp <instance-file> [--time-limit S] [--seed N] [--max-iterations N] [--out FILE] [--cpu-time]\n',
  );
  process.exit(2);
}

const args = process.argv.slice(2);
let file: string | undefined;
let timeLimit = 30;
let seed = 1;
let maxIterations: number | undefined;
let out: string | undefined;
/** Count the time limit in process CPU time (a dedicated core) instead of wall-clock time. */
let cpuTime = false;
let tuning: Record<string, number> | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  const next = () => {
    const v = args[++i];
    if (v === undefined) usage();
    return v;
  };
  if (a === '--time-limit') timeLimit = Number(next());
  else if (a === '--seed') seed = Number(next());
  else if (a === '--max-iterations') maxIterations = Number(next());
  else if (a === '--out') out = next();
  else if (a === '--cpu-time') cpuTime = true;
  // experiments only: --tuning '{"qFraction":0.25}' (see SearchTuning)
  else if (a === '--tuning') tuning = JSON.parse(next()) as Record<string, number>;
  else if (a === '--help' || a === '-h') usage();
  else if (a.startsWith('--')) usage();
  else file = a;
}
if (!file || !Number.isFinite(timeLimit) || !Number.isFinite(seed)) usage();

const bench = parseInstanceFile(file);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const cpuClock = () => {
  const u = process.cpuUsage(cpu0);
  return (u.user + u.system) / 1000;
};
const plan = solveDarp(bench.instance, {
  clock: cpuTime ? cpuClock : undefined,
  seed,
  timeLimitMs: maxIterations !== undefined && !args.includes('--time-limit') ? undefined : timeLimit * 1000,
  maxIterations,
  objective: bench.family === 'pdptw' ? 'vehicles-then-distance' : 'distance',
  tuning,
});
const seconds = (performance.now() - t0) / 1000;
const cpuSeconds = cpuClock() / 1000;
const feasible = plan.feasible && plan.unassigned.length === 0 && plan.vehicles <= bench.vehiclesAvailable;
process.stdout.write(
  `${JSON.stringify({
    instance: bench.name,
    cost: Math.round(plan.cost * 1e6) / 1e6,
    vehicles: plan.vehicles,
    feasible,
    seconds: Math.round(seconds * 100) / 100,
    cpuSeconds: Math.round(cpuSeconds * 100) / 100,
    unassigned: plan.unassigned.length,
    iterations: plan.iterations,
  })}\n`,
);
if (out) {
  const solution = {
    cost: plan.cost,
    routes: plan.routes.map((r) => ({
      stops: r.stops.map((s) => ({ node: bench.fileNode[s.node]!, time: s.time })),
    })),
  };
  writeFileSync(out, `${JSON.stringify(solution)}\n`);
}
