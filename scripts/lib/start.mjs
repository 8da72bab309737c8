// scripts/start, after the bash bootstrap: embedded services, migrate, seed, API + worker, Ctrl-C to stop.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { prettyFactory } from 'pino-pretty';
import {
  bold,
  cyan,
  DATA_DIR,
  dim,
  envValue,
  fail,
  findFreePort,
  green,
  groupAlive,
  lifecycle,
  loadDotEnv,
  magenta,
  packageScripts,
  prefixLines,
  ROOT,
  requireScript,
  run,
  runningGroups,
  say,
  seconds,
  signalGroup,
  sleep,
  step,
  stopGroup,
  UserFacingError,
  warn,
  yellow,
} from './common.mjs';
import { startEmbeddedPostgres } from './postgres.mjs';
import { findRedisServer, startRedis } from './redis.mjs';
import { ensureWebBuilt } from './web.mjs';

const startedAt = Number(process.env.SOLIMOB_T0) || Date.now();
delete process.env.SOLIMOB_T0;

/** Stop actions, run last-in first-out: services before Redis before Postgres. */
const cleanups = [];
/** Long-running services: { name, pgid }. */
const services = [];
let stopping = false;
let forced = false;

async function shutdown(reason, exitCode) {
  if (stopping) {
    if (!forced) {
      forced = true;
      warn('Second interrupt: killing API and worker now (Postgres still gets a clean shutdown).');
      for (const service of services) signalGroup(service.pgid, 'SIGKILL');
      for (const pgid of runningGroups) signalGroup(pgid, 'SIGKILL');
    }
    return;
  }
  stopping = true;
  lifecycle.closing = true;
  if (cleanups.length === 0 && runningGroups.size === 0) process.exit(exitCode);
  console.log('');
  say(`Stopping (${reason})… ${dim('press Ctrl-C again to force')}`);
  for (const pgid of runningGroups) signalGroup(pgid, 'SIGTERM');
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop();
    try {
      await cleanup();
    } catch (error) {
      fail(`while stopping: ${error.message}`);
    }
  }
  say(exitCode === 0 ? 'Stopped cleanly.' : 'Stopped.');
  process.exit(exitCode);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => shutdown(signal, 0));
}

/**
 * How to run a package script. A script of the form `tsx <file>` runs as `node --import tsx <file>` in the
 * package folder: no pnpm start-up cost, and a service is one process that gets our SIGTERM exactly once.
 * Through pnpm and the tsx CLI the app would get it from the group and a second time from tsx's relay
 * when the child's acknowledgement is slow (seen under load), and a second SIGTERM can cut a graceful
 * shutdown short. Any other script runs through pnpm.
 */
function scriptCommand(dir, packageName, script, extraArgs = []) {
  const text = (packageScripts(dir)?.[script] ?? '').trim();
  const direct = /^tsx\s+([\w./-]+\.[cm]?[jt]s)$/.exec(text);
  if (direct) {
    return {
      command: process.execPath,
      args: ['--import', 'tsx', direct[1], ...extraArgs],
      cwd: path.join(ROOT, dir),
      direct: true,
    };
  }
  // --silent drops pnpm's banner and its "ELIFECYCLE" noise when the service is stopped by a signal.
  return {
    command: 'pnpm',
    args: ['--silent', '--filter', packageName, 'run', script, ...extraArgs],
    cwd: ROOT,
    direct: false,
  };
}

function runScript(dir, packageName, script, extraArgs, options) {
  const how = scriptCommand(dir, packageName, script, extraArgs);
  return run(how.command, how.args, { ...options, cwd: how.cwd });
}

/**
 * The services log JSON (what a log collector wants); a person at a terminal reads one short line per
 * entry instead. SOLIMOB_LOG_FORMAT=json keeps the raw lines.
 */
const formatLogLine = (() => {
  if (process.env.SOLIMOB_LOG_FORMAT === 'json') return (line) => line;
  const pretty = prettyFactory({
    colorize: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    ignore: 'pid,hostname,name',
    translateTime: 'SYS:HH:MM:ss',
    singleLine: true,
  });
  return (line) => (line.startsWith('{') ? pretty(line).trimEnd() : line);
})();

function startService(name, color, dir, packageName, env) {
  const how = scriptCommand(dir, packageName, 'start');
  const child = spawn(how.command, how.args, {
    cwd: how.cwd,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const print = (line) => console.log(line);
  prefixLines(child.stdout, name, color, print, formatLogLine);
  prefixLines(child.stderr, name, color, print, formatLogLine);
  const service = { name, pgid: child.pid, child, direct: how.direct };
  services.push(service);
  child.once('exit', (code, signal) => {
    if (!stopping) {
      fail(`${name} exited unexpectedly (${signal ?? `exit code ${code}`}).`);
      shutdown(`${name} exited`, 1);
    }
  });
  return service;
}

async function waitForReady(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let lastStatus = 'no answer';
  let nextNotice = Date.now() + 5_000;
  while (Date.now() < deadline) {
    if (stopping) return false;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return true;
      lastStatus = `HTTP ${response.status} ${(await response.text()).slice(0, 200)}`;
    } catch (error) {
      lastStatus = error.cause?.code ?? error.message;
    }
    if (Date.now() > nextNotice) {
      say(`still waiting for ${url} ${dim(`(last answer: ${lastStatus})`)}`);
      nextNotice = Date.now() + 5_000;
    }
    await sleep(250);
  }
  throw new UserFacingError(
    `${url} did not answer 200 within ${seconds(timeoutMs)} (last answer: ${lastStatus}).`,
  );
}

function describeMessaging(env) {
  const twilio = ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM'];
  if (twilio.every((key) => env[key])) {
    return `Twilio (from ${env.TWILIO_FROM}${env.TWILIO_API_BASE_URL ? `, API ${env.TWILIO_API_BASE_URL}` : ''})`;
  }
  return `local outbox ${env.MESSAGE_OUTBOX_DIR} ${dim('(Twilio not configured)')}`;
}

function describeRouting(env) {
  const profile = `profile ${env.GRAPHHOPPER_PROFILE || 'car'}`;
  if (env.GRAPHHOPPER_URL) return `GraphHopper at ${env.GRAPHHOPPER_URL} (${profile})`;
  if (env.GRAPHHOPPER_API_KEY) return `hosted GraphHopper API (key set, ${profile})`;
  return `built-in estimator ${dim('(GRAPHHOPPER_URL and GRAPHHOPPER_API_KEY not set)')}`;
}

const STATE_FILE = path.join(DATA_DIR, 'start.json');
const LINK_SECRET_FILE = path.join(DATA_DIR, 'signed-link-secret');
const SIMULATOR_TOKEN_FILE = path.join(DATA_DIR, 'phone-simulator-token');
/** What scripts/phone needs to reach this running start: written at start, removed at stop. */
const SIMULATOR_FILE = path.join(DATA_DIR, 'phone-simulator.json');

const twilioConfigured = () =>
  ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM'].some((key) => envValue(key));

/**
 * Without Twilio, nobody can sign webhooks: the phone simulator gets a key of its own, generated once
 * and kept in .data, which the API accepts in place of the Twilio token in that mode only (the
 * configuration refuses it beside Twilio or in production).
 */
function phoneSimulatorToken() {
  if (twilioConfigured()) return undefined;
  const fromEnv = envValue('PHONE_SIMULATOR_TOKEN');
  if (fromEnv) return fromEnv;
  if (!existsSync(SIMULATOR_TOKEN_FILE)) {
    writeFileSync(SIMULATOR_TOKEN_FILE, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600 });
  }
  return readFileSync(SIMULATOR_TOKEN_FILE, 'utf8').trim();
}

/**
 * SIGNED_LINK_SECRET has no default (it is a secret). For the local demo one is generated once and kept
 * in .data, so the links already sent to demo volunteers stay valid across restarts.
 */
function signedLinkSecret() {
  const fromEnv = envValue('SIGNED_LINK_SECRET');
  if (fromEnv) return { value: fromEnv, note: 'from SIGNED_LINK_SECRET' };
  if (!existsSync(LINK_SECRET_FILE)) {
    writeFileSync(LINK_SECRET_FILE, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
  }
  const value = readFileSync(LINK_SECRET_FILE, 'utf8').trim();
  return { value, note: `generated, kept in ${path.relative(ROOT, LINK_SECRET_FILE)}` };
}

function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

function readState() {
  try {
    return JSON.parse(readFileSync(STATE_FILE, 'utf8'));
  } catch {
    return undefined;
  }
}

function writeState() {
  const state = { pid: process.pid, services: services.map(({ name, pgid }) => ({ name, pgid })) };
  writeFileSync(STATE_FILE, `${JSON.stringify(state)}\n`);
}

/**
 * One start per checkout: a second one would find the first one's Postgres and Redis through their pid
 * files, take them for leftovers of a crash, and stop them. When the previous start was killed outright
 * (SIGKILL), its API and worker are still running: stop them here (Postgres and Redis are handled by
 * their own pid files).
 */
async function claimDataDir() {
  const previous = readState();
  if (previous?.pid && previous.pid !== process.pid && commandLine(previous.pid).includes('start.mjs')) {
    throw new UserFacingError(
      `Solimob is already running from this folder (pid ${previous.pid}); stop it first (Ctrl-C there, or kill ${previous.pid}).`,
    );
  }
  for (const leftover of previous?.services ?? []) {
    if (!groupAlive(leftover.pgid) || !/node|pnpm|tsx/.test(commandLine(leftover.pgid))) continue;
    warn(
      `the ${leftover.name} of a previous start is still running (process group ${leftover.pgid}): stopping it.`,
    );
    await stopGroup(leftover.pgid, { signal: 'SIGTERM', timeoutMs: 10_000, name: leftover.name });
  }
  writeState();
  process.on('exit', () => {
    if (readState()?.pid === process.pid) rmSync(STATE_FILE, { force: true });
  });
}

async function provideDatabase() {
  const fromEnv = envValue('DATABASE_URL');
  if (fromEnv) return { url: fromEnv, note: 'from DATABASE_URL' };
  const done = step('Starting embedded Postgres (DATABASE_URL not set)');
  const pg = await startEmbeddedPostgres({ preferredPort: 54320, persistent: true });
  const port = pg.port;
  cleanups.unshift(async () => {
    const stopped = step('Stopping Postgres');
    await pg.stop();
    stopped();
  });
  done(`Postgres: ${pg.initialised ? 'new cluster' : 'existing data'}, port ${port}`);
  const dataDir = path.relative(ROOT, path.join(DATA_DIR, 'postgres'));
  return {
    url: pg.url,
    note: `embedded, port ${port}, data in ${dataDir}, log ${path.relative(ROOT, pg.logFile)}`,
  };
}

async function provideRedis() {
  const fromEnv = envValue('REDIS_URL');
  if (fromEnv) return { url: fromEnv, note: 'from REDIS_URL' };
  const done = step('Starting local redis-server (REDIS_URL not set)');
  const server = await findRedisServer();
  const redis = await startRedis({ server, preferredPort: 63790, persistent: true });
  const port = redis.port;
  cleanups.push(async () => {
    const stopped = step('Stopping Redis');
    await redis.stop();
    stopped();
  });
  done(`Redis: port ${port}, ${server.source}`);
  const log = path.relative(ROOT, redis.logFile);
  return {
    url: redis.url,
    note: `local redis-server ${server.version}, port ${port}, data in .data/redis, log ${log}`,
  };
}

async function main() {
  const fromDotEnv = loadDotEnv();
  if (fromDotEnv.length > 0)
    say(`Loaded ${fromDotEnv.length} setting(s) from .env ${dim(`(${fromDotEnv.join(', ')})`)}`);

  // Fail before starting anything when a piece of the contract is missing.
  const missing = [];
  for (const [dir, name, script, purpose] of [
    ['packages/db', '@solimob/db', 'migrate', 'migrate the database'],
    ['packages/db', '@solimob/db', 'seed', 'seed the demo data'],
    ['services/api', '@solimob/api', 'start', 'start the API'],
    ['services/worker', '@solimob/worker', 'start', 'start the worker'],
  ]) {
    try {
      requireScript(dir, name, script, purpose);
    } catch (error) {
      missing.push(error.message);
    }
  }
  if (missing.length > 0)
    throw new UserFacingError(`the workspace is incomplete:\n  - ${missing.join('\n  - ')}`);

  await mkdir(path.join(DATA_DIR, 'logs'), { recursive: true });
  await claimDataDir();

  // Postgres and Redis start side by side: they are independent and Postgres' first initdb is the slow part.
  // allSettled: if one fails, the other is still registered for cleanup before we stop.
  const provided = await Promise.allSettled([provideDatabase(), provideRedis()]);
  const failed = provided.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  const [database, redis] = provided.map((result) => result.value);
  if (stopping) return;

  const host = envValue('HOST') ?? '127.0.0.1';
  const wantedPort = Number(envValue('PORT') ?? 3000);
  const port = await findFreePort(wantedPort, host === '0.0.0.0' ? '127.0.0.1' : host);
  if (port !== wantedPort) {
    warn(`port ${wantedPort} is busy: the API will listen on ${port}.`);
    const publicUrl = envValue('PUBLIC_BASE_URL');
    if (publicUrl)
      warn(`PUBLIC_BASE_URL is still ${publicUrl}; Twilio webhooks signed for it will not match.`);
  }
  const browserHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const baseUrl = `http://${browserHost}:${port}`;
  const outboxDir = path.resolve(ROOT, envValue('MESSAGE_OUTBOX_DIR') ?? '.data/outbox');
  await mkdir(outboxDir, { recursive: true });

  // Services run with their package as working directory: pass absolute paths, never relative ones.
  const env = {
    ...process.env,
    NODE_ENV: envValue('NODE_ENV') ?? 'development',
    LOG_LEVEL: envValue('LOG_LEVEL') ?? 'info',
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    HOST: host,
    PORT: String(port),
    PUBLIC_BASE_URL: envValue('PUBLIC_BASE_URL') ?? baseUrl,
    SIGNED_LINK_SECRET: signedLinkSecret().value,
    MESSAGE_OUTBOX_DIR: outboxDir,
  };
  const simulatorToken = phoneSimulatorToken();
  if (simulatorToken) {
    env.PHONE_SIMULATOR_TOKEN = simulatorToken;
    writeFileSync(
      SIMULATOR_FILE,
      `${JSON.stringify({ apiUrl: baseUrl, publicBaseUrl: env.PUBLIC_BASE_URL, token: simulatorToken, outboxDir, databaseUrl: database.url }, null, 2)}\n`,
      { mode: 0o600 },
    );
    process.on('exit', () => rmSync(SIMULATOR_FILE, { force: true }));
  }

  let done = step('Applying database migrations');
  const migrate = await runScript('packages/db', '@solimob/db', 'migrate', [], {
    name: 'migrate',
    color: dim,
    env,
  });
  if (stopping) return;
  if (migrate.code !== 0) {
    throw new UserFacingError(
      `migrations failed (exit code ${migrate.code}); see the [migrate] lines above.`,
    );
  }
  done();

  // The seed runs while the API and worker boot (tsx start-up is the slow part); the API does not need
  // the demo data to be ready. The logins are listed after the seed: that command seeds the territory too.
  say('Seeding the Questembert territory and demo data (skipped when already there), in the background…');
  const seedStarted = Date.now();
  const seeded = runScript('packages/db', '@solimob/db', 'seed', ['--demo'], {
    name: 'seed',
    color: dim,
    env,
  }).then(async (seed) => {
    seed.ms = Date.now() - seedStarted;
    if (seed.code !== 0) return { seed };
    const logins = await runScript('packages/db', '@solimob/db', 'seed', ['--print-logins'], {
      name: 'seed',
      color: dim,
      env,
      capture: true,
    });
    return { seed, logins };
  });

  // The web app builds while the API and worker boot; the API serves whatever dist holds when asked.
  const webBuild = ensureWebBuilt({ env });

  done = step(`Starting API on ${baseUrl} and worker`);
  const api = startService('api', cyan, 'services/api', '@solimob/api', env);
  const worker = startService('worker', magenta, 'services/worker', '@solimob/worker', env);
  writeState();
  cleanups.push(async () => {
    const stopped = step('Stopping API and worker');
    await Promise.all(
      [api, worker].map((service) =>
        stopGroup(service.pgid, {
          signal: 'SIGTERM',
          timeoutMs: 20_000,
          name: service.name,
          leaderOnly: service.direct,
        }),
      ),
    );
    stopped();
  });
  await waitForReady(`${baseUrl}/ready`, 120_000);
  const readyIn = seconds(Date.now() - startedAt);
  if (stopping) return;
  done();
  const { seed, logins: listed } = await seeded;
  if (stopping) return;
  if (seed.code !== 0) {
    throw new UserFacingError(`seeding failed (exit code ${seed.code}); see the [seed] lines above.`);
  }
  say(`Seed done in ${seconds(seed.ms)}.`);
  const loginLines =
    listed.code === 0 ? listed.stdout.split('\n').filter((line) => /\S+@\S+/.test(line)) : [];
  if (listed.code !== 0)
    warn(`could not list the demo logins (seed --print-logins exit code ${listed.code}).`);
  if (!groupAlive(worker.pgid)) throw new UserFacingError('the worker is not running.');
  const web = await webBuild;
  if (stopping) return;
  if (!web.ok) {
    warn(
      'the web app did not build (see the [web] lines above); the API runs, and the app shows the last ' +
        'build if there is one. Fix it, then: pnpm --filter @solimob/web build',
    );
  }

  const line = dim('─'.repeat(72));
  const lines = [
    '',
    line,
    `${green(bold('Solimob is ready'))} in ${bold(readyIn)} ${dim('(from ./scripts/start to /ready = 200)')}`,
    '',
    `  Web app      ${bold(`${baseUrl}/app/`)}${web.ok ? '' : `   ${yellow('(build failed, see above)')}`}`,
    `  API          ${bold(baseUrl)}`,
    `  API docs     ${bold(`${baseUrl}/docs`)}   ${dim(`(OpenAPI: ${baseUrl}/docs/json)`)}`,
    `  Readiness    ${baseUrl}/ready`,
    `  Postgres     ${database.note}`,
    `  Redis        ${redis.note}`,
    `  SMS & calls  ${describeMessaging(env)}`,
    ...(simulatorToken
      ? [
          `  Phone        ${bold('./scripts/phone')} ${dim('(text and call the service from a simulated phone)')}`,
        ]
      : []),
    `  Distances    ${describeRouting(env)}`,
    '',
    '  Demo logins:',
    ...(loginLines.length > 0 ? loginLines.map((l) => `    ${l}`) : [`    ${yellow('none printed')}`]),
    '',
    `  ${dim('Press Ctrl-C to stop everything.')}`,
    line,
    '',
  ];
  console.log(lines.join('\n'));
}

main().catch((error) => {
  if (stopping) return;
  if (error instanceof UserFacingError) fail(error.message);
  else fail(error.stack ?? String(error));
  shutdown('start-up failed', 1);
});
