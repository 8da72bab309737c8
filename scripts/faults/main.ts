/**
 * scripts/fault <scenario|all> [--apis N --workers N]: breaks a running Solimob on purpose, on an
 * isolated stack of its own, and checks with counts that nothing was lost or done twice.
 * Prints progress, a table of checks, and last one JSON line; exits 1 when a count differs.
 */
import { parseArgs } from 'node:util';
import { type Check, ok, prepareFixture } from './fixture';
import { type RunReport, writeDocs } from './report';
import { type ScenarioResult, scenarios } from './scenarios';
import { LOG_DIR, Stack, say } from './stack';

const USAGE = `usage: scripts/fault <${Object.keys(scenarios).join('|')}|all> [--apis N] [--workers N] [--docs]

  redis-outage      Redis stopped while bookings arrive; every message sent once after it returns
  worker-kill       workers SIGKILLed while sending; none lost, none twice
  postgres-restart  Postgres restarted; 503 fast during the outage, recovery without restart
  races             webhook replays, three OUI at once, 200 bookings on 8 seats
  all               every scenario with 1 API + 1 worker, then 2 APIs + 2 workers

--docs writes docs/faults.md and the summary in README.md from the run.
Each run starts its own Postgres, redis-server and fake Twilio on free ports; logs in ${LOG_DIR}.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    apis: { type: 'string', default: '1' },
    workers: { type: 'string', default: '1' },
    docs: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
const wanted = positionals[0];
if (values.help || !wanted || (wanted !== 'all' && !(wanted in scenarios))) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}

interface Row {
  setup: string;
  scenario: string;
  check: Check;
}

const runs: { apis: number; workers: number }[] =
  wanted === 'all'
    ? [
        { apis: 1, workers: 1 },
        { apis: 2, workers: 2 },
      ]
    : [{ apis: Number(values.apis), workers: Number(values.workers) }];
const names = wanted === 'all' ? Object.keys(scenarios) : [wanted];
const rows: Row[] = [];
const notes: Record<string, Record<string, number | string>> = {};
const started = Date.now();

let current: Stack | undefined;
let interrupted = false;
// Ctrl-C reaches this process twice (from the terminal and relayed by tsx): stop once, ignore the rest,
// so Postgres and redis-server (in process groups of their own) are always stopped.
const interrupt = async () => {
  if (interrupted) return;
  interrupted = true;
  console.log('\nInterrupted: stopping the fault stack…');
  await current?.stop();
  process.exit(130);
};
process.on('SIGINT', interrupt);
process.on('SIGTERM', interrupt);

for (const run of runs) {
  const setup = `${run.apis} API + ${run.workers} worker`;
  say(`Starting an isolated stack: ${setup}`);
  const stack = new Stack({ ...run, label: `${run.apis}x${run.workers}` });
  current = stack;
  try {
    await stack.start();
    const fixture = await prepareFixture(stack);
    for (const name of names) {
      say(`Scenario ${name} (${setup})`);
      let result: ScenarioResult;
      try {
        result = await scenarios[name]!(stack, fixture);
      } catch (error) {
        console.error(error);
        result = { checks: [{ name: 'scenario ran to the end', expected: 'yes', actual: 'no' }], notes: {} };
      }
      for (const check of result.checks) rows.push({ setup, scenario: name, check });
      notes[`${name} (${setup})`] = result.notes;
      for (const [key, value] of Object.entries(result.notes)) console.log(`    ${key}: ${value}`);
    }
  } finally {
    say('Stopping the fault stack');
    await stack.stop();
    current = undefined;
  }
}

const width = Math.max(...rows.map((r) => r.check.name.length), 10);
console.log('');
console.log(
  `${'setup'.padEnd(20)} ${'scenario'.padEnd(17)} ${'check'.padEnd(width)} ${'expected'.padStart(9)} ${'actual'.padStart(7)}`,
);
for (const { setup, scenario, check } of rows) {
  console.log(
    `${setup.padEnd(20)} ${scenario.padEnd(17)} ${check.name.padEnd(width)} ${String(check.expected).padStart(9)} ${String(check.actual).padStart(7)}${ok(check) ? '' : '  <-- differs'}`,
  );
}
const failed = rows.filter((r) => !ok(r.check));
console.log('');
console.log(
  failed.length === 0
    ? `All ${rows.length} counts as expected (${((Date.now() - started) / 1000).toFixed(0)} s).`
    : `${failed.length} of ${rows.length} counts differ.`,
);
const report: RunReport = {
  scenario: wanted,
  ok: failed.length === 0,
  checks: rows.map((r) => ({
    setup: r.setup,
    scenario: r.scenario,
    check: r.check.name,
    expected: r.check.expected,
    actual: r.check.actual,
  })),
  notes,
};
if (values.docs) writeDocs(report);
console.log(JSON.stringify(report));
process.exit(failed.length === 0 ? 0 : 1);
