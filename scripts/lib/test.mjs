// scripts/test, after the bash bootstrap: pick Postgres and Redis, then lint, typecheck and every test.
// Ends with the line "tests: N passed, M failed" (CI reads it) and exits non-zero on any failure.
// Checks before the tests: Biome lint, one tsc program over the tree, and redocly lint of the OpenAPI document.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import {
  bold,
  cyan,
  DATA_DIR,
  dim,
  envValue,
  fail,
  green,
  lifecycle,
  magenta,
  ROOT,
  red,
  run,
  runningGroups,
  say,
  seconds,
  signalGroup,
  step,
  stopGroup,
  UserFacingError,
} from './common.mjs';
import { startEmbeddedPostgres } from './postgres.mjs';
import { findRedisServer, redisAnswers, startRedis } from './redis.mjs';

const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';
const LOCAL_REDIS_PORT = 6379;
const forceEmbedded = process.env.SOLIMOB_FORCE_EMBEDDED === '1';
const cleanups = [];
let interrupted = false;

async function cleanup() {
  while (cleanups.length > 0) {
    try {
      await cleanups.pop()();
    } catch (error) {
      fail(`while stopping: ${error.message}`);
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, async () => {
    if (interrupted) return;
    interrupted = true;
    lifecycle.closing = true;
    say(`Interrupted (${signal}): stopping the test run…`);
    const groups = [...runningGroups];
    for (const pgid of groups) signalGroup(pgid, 'SIGTERM');
    await cleanup();
    await Promise.all(groups.map((pgid) => stopGroup(pgid, { timeoutMs: 5_000 })));
    process.exit(130);
  });
}

/** Can this URL create databases? Tests create one database per test file. */
async function adminCapable(url) {
  const sql = postgres(url, { max: 1, connect_timeout: 2, idle_timeout: 1, onnotice: () => {} });
  try {
    const [row] = await sql`select rolsuper or rolcreatedb as ok from pg_roles where rolname = current_user`;
    return row?.ok === true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 }).catch(() => {});
  }
}

function redact(url) {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}

async function resolveDatabase() {
  const fromEnv = envValue('DATABASE_URL');
  if (fromEnv) return { url: fromEnv, note: `DATABASE_URL (${redact(fromEnv)})` };
  if (!forceEmbedded && (await adminCapable(LOCAL_POSTGRES))) {
    return { url: LOCAL_POSTGRES, note: `local Postgres ${LOCAL_POSTGRES}` };
  }
  const done = step('No Postgres given or found locally: starting a throwaway embedded Postgres');
  const pg = await startEmbeddedPostgres({ preferredPort: 54330, persistent: false });
  const port = pg.port;
  cleanups.push(() => pg.stop());
  done(`port ${port}`);
  return { url: pg.url, note: `embedded Postgres on port ${port} (removed at the end)` };
}

async function resolveRedis() {
  const fromEnv = envValue('REDIS_URL');
  if (fromEnv) return { url: fromEnv, note: `REDIS_URL (${redact(fromEnv)})` };
  if (!forceEmbedded && (await redisAnswers(LOCAL_REDIS_PORT))) {
    const url = `redis://127.0.0.1:${LOCAL_REDIS_PORT}`;
    return { url, note: `local Redis ${url}` };
  }
  const done = step('No Redis given or found locally: starting a throwaway redis-server');
  const server = await findRedisServer();
  const redis = await startRedis({ server, preferredPort: 63800, persistent: false });
  const port = redis.port;
  cleanups.push(() => redis.stop());
  done(`port ${port}, ${server.source}`);
  return { url: redis.url, note: `redis-server ${server.version} on port ${port} (stopped at the end)` };
}

async function workspacePackagesWithTests() {
  const listed = await run('pnpm', ['-r', 'ls', '--depth', '-1', '--json'], { capture: true, quiet: true });
  if (listed.code !== 0) throw new UserFacingError(`pnpm ls failed:\n${listed.tail.join('\n')}`);
  return JSON.parse(listed.stdout)
    .filter((pkg) => pkg.path !== ROOT)
    .map((pkg) => ({
      ...pkg,
      scripts: JSON.parse(readFileSync(path.join(pkg.path, 'package.json'), 'utf8')).scripts ?? {},
    }))
    .filter((pkg) => pkg.scripts.test)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Counts from vitest's JSON report; a file that failed to load counts as one failed test. */
function readVitestReport(file) {
  if (!existsSync(file)) return undefined;
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  let brokenFiles = 0;
  for (const result of report.testResults ?? []) {
    const failedAssertions = (result.assertionResults ?? []).filter((a) => a.status === 'failed').length;
    if (result.status === 'failed' && failedAssertions === 0) brokenFiles++;
  }
  return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + brokenFiles };
}

async function runPackageTests(pkg, env, resultsDir) {
  const started = Date.now();
  const report = path.join(resultsDir, `${pkg.name.replace(/[@/]/g, '_')}.json`);
  const result = await run(
    'pnpm',
    [
      '--silent',
      '--filter',
      pkg.name,
      'run',
      'test',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { name: `test ${pkg.name}`, color: magenta, env },
  );
  const counts = readVitestReport(report);
  let { passed = 0, failed = 0 } = counts ?? {};
  let note = '';
  if (!counts) {
    failed += 1;
    note = 'no vitest report (crashed before reporting?)';
  } else if (result.code !== 0 && failed === 0) {
    // Exit code without a failed test: unhandled errors, or no test files with passWithNoTests off.
    failed += 1;
    note = `vitest exited with code ${result.code} (see output above)`;
  }
  return {
    name: pkg.name,
    passed,
    failed,
    ok: result.code === 0 && failed === 0,
    ms: Date.now() - started,
    note,
  };
}

async function main() {
  const t0 = Date.now();
  const database = await resolveDatabase();
  const redis = await resolveRedis();
  say(`Postgres: ${database.note}`);
  say(`Redis:    ${redis.note}`);
  const env = { ...process.env, DATABASE_URL: database.url, REDIS_URL: redis.url, NODE_ENV: 'test' };
  const resultsDir = path.join(DATA_DIR, 'test-results');
  await rm(resultsDir, { recursive: true, force: true });
  await mkdir(resultsDir, { recursive: true });

  const checks = [];
  // The root typecheck is one tsc program over the whole tree: each file is checked once, instead of
  // once per package that imports it (per-package runs: `pnpm typecheck:packages`).
  for (const [label, script, extra] of [
    ['lint', 'lint', []],
    ['typecheck', 'typecheck', []],
    ['openapi lint', 'openapi:lint', []],
  ]) {
    const done = step(`Running ${label} (pnpm ${script})`);
    const started = Date.now();
    const result = await run('pnpm', ['--silent', 'run', script, ...extra], {
      name: label,
      color: cyan,
      env,
    });
    if (interrupted) return;
    checks.push({ label, ok: result.code === 0, ms: Date.now() - started });
    if (result.code === 0) done();
    else fail(`${label} failed (exit code ${result.code}).`);
  }

  const packages = await workspacePackagesWithTests();
  const concurrency =
    Number(process.env.SOLIMOB_TEST_CONCURRENCY) || (os.availableParallelism?.() >= 2 ? 2 : 1);
  const done = step(`Running the tests of ${packages.length} packages (concurrency ${concurrency})`);
  const queue = [...packages];
  const results = [];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let pkg = queue.shift(); pkg; pkg = queue.shift())
        results.push(await runPackageTests(pkg, env, resultsDir));
    }),
  );
  done();
  await cleanup();

  results.sort((a, b) => a.name.localeCompare(b.name));
  const width = Math.max(12, ...results.map((r) => r.name.length));
  const mark = (ok) => (ok ? green('ok    ') : red('FAILED'));
  console.log('');
  say(`Summary ${dim(`(${seconds(Date.now() - t0)} in total)`)}`);
  for (const check of checks)
    console.log(`    ${check.label.padEnd(width)}  ${mark(check.ok)}  ${dim(seconds(check.ms))}`);
  for (const r of results) {
    console.log(
      `    ${r.name.padEnd(width)}  ${mark(r.ok)}  ${r.passed} passed, ${r.failed} failed  ${dim(seconds(r.ms))}${r.note ? `  ${red(r.note)}` : ''}`,
    );
  }
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  const ok = checks.every((c) => c.ok) && results.every((r) => r.ok) && failed === 0;
  if (passed + failed === 0) fail('no test ran at all.');
  const screenshots = path.join(DATA_DIR, 'screenshots');
  if (existsSync(screenshots)) say(`Browser screenshots: ${path.relative(ROOT, screenshots)}/`);
  console.log(ok ? bold(green('All checks passed.')) : bold(red('Some checks failed.')));
  // Plain text on purpose: CI greps this exact line.
  console.log(`tests: ${passed} passed, ${failed} failed`);
  process.exit(ok && passed > 0 ? 0 : 1);
}

main().catch(async (error) => {
  if (error instanceof UserFacingError) fail(error.message);
  else fail(error.stack ?? String(error));
  await cleanup();
  console.log('tests: 0 passed, 0 failed');
  process.exit(1);
});
