// scripts/start, after the bash bootstrap: embedded services, migrate, seed, API + worker, Ctrl-C to stop.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
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
  loadDotEnv,
  magenta,
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

function startService(name, color, filter, env) {
  // --silent drops pnpm's banner and its "ELIFECYCLE" noise when the service is stopped by a signal.
  const child = spawn('pnpm', ['--silent', '--filter', filter, 'run', 'start'], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  prefixLines(child.stdout, name, color);
  prefixLines(child.stderr, name, color);
  const service = { name, pgid: child.pid, child };
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

  let databaseUrl = envValue('DATABASE_URL');
  let databaseNote = 'from DATABASE_URL';
  if (!databaseUrl) {
    const done = step('Starting embedded Postgres (DATABASE_URL not set)');
    const port = await findFreePort(54320);
    const pg = await startEmbeddedPostgres({ port, persistent: true });
    cleanups.push(async () => {
      const stopped = step('Stopping Postgres');
      await pg.stop();
      stopped();
    });
    databaseUrl = pg.url;
    databaseNote = `embedded, data in ${path.relative(ROOT, path.join(DATA_DIR, 'postgres'))}, log ${path.relative(ROOT, pg.logFile)}`;
    done(`${pg.initialised ? 'new cluster' : 'existing data'}, port ${port}`);
  }

  let redisUrl = envValue('REDIS_URL');
  let redisNote = 'from REDIS_URL';
  if (!redisUrl) {
    const done = step('Starting local redis-server (REDIS_URL not set)');
    const server = await findRedisServer();
    const port = await findFreePort(63790);
    const redis = await startRedis({ server, port, persistent: true });
    cleanups.push(async () => {
      const stopped = step('Stopping Redis');
      await redis.stop();
      stopped();
    });
    redisUrl = redis.url;
    redisNote = `local redis-server ${server.version}, data in .data/redis, log ${path.relative(ROOT, redis.logFile)}`;
    done(`port ${port}, ${server.source}`);
  }

  const host = envValue('HOST') ?? '127.0.0.1';
  const wantedPort = Number(envValue('PORT') ?? 3000);
  const port = await findFreePort(wantedPort, host === '0.0.0.0' ? '127.0.0.1' : host);
  if (port !== wantedPort) warn(`port ${wantedPort} is busy: the API will listen on ${port}.`);
  const browserHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const baseUrl = `http://${browserHost}:${port}`;
  const outboxDir = path.resolve(ROOT, envValue('MESSAGE_OUTBOX_DIR') ?? '.data/outbox');
  await mkdir(outboxDir, { recursive: true });

  // Services run with their package as working directory: pass absolute paths, never relative ones.
  const env = {
    ...process.env,
    NODE_ENV: envValue('NODE_ENV') ?? 'development',
    LOG_LEVEL: envValue('LOG_LEVEL') ?? 'info',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    HOST: host,
    PORT: String(port),
    PUBLIC_BASE_URL: envValue('PUBLIC_BASE_URL') ?? baseUrl,
    MESSAGE_OUTBOX_DIR: outboxDir,
  };

  let done = step('Applying database migrations');
  const migrate = await run('pnpm', ['--silent', '--filter', '@solimob/db', 'run', 'migrate'], {
    name: 'migrate',
    color: dim,
    env,
  });
  if (stopping) return;
  if (migrate.code !== 0)
    throw new UserFacingError(
      `migrations failed (exit code ${migrate.code}); see the [migrate] lines above.`,
    );
  done();

  done = step('Seeding the Questembert territory and demo data (skipped when already there)');
  const seed = await run('pnpm', ['--silent', '--filter', '@solimob/db', 'run', 'seed', '--demo'], {
    name: 'seed',
    color: dim,
    env,
  });
  if (stopping) return;
  if (seed.code !== 0)
    throw new UserFacingError(`seeding failed (exit code ${seed.code}); see the [seed] lines above.`);
  done();

  const logins = await run('pnpm', ['--silent', '--filter', '@solimob/db', 'run', 'seed', '--print-logins'], {
    name: 'seed',
    color: dim,
    env,
    capture: true,
  });
  if (stopping) return;
  const loginLines = logins.code === 0 ? logins.stdout.split('\n').filter((line) => line.trim()) : [];
  if (logins.code !== 0)
    warn(`could not list the demo logins (seed --print-logins exit code ${logins.code}).`);

  done = step(`Starting API on ${baseUrl} and worker`);
  const api = startService('api', cyan, '@solimob/api', env);
  const worker = startService('worker', magenta, '@solimob/worker', env);
  cleanups.push(async () => {
    const stopped = step('Stopping API and worker');
    await Promise.all(
      [api, worker].map((service) =>
        stopGroup(service.pgid, { signal: 'SIGTERM', timeoutMs: 20_000, name: service.name }),
      ),
    );
    stopped();
  });
  await waitForReady(`${baseUrl}/ready`, 120_000);
  if (stopping) return;
  done();
  if (!groupAlive(worker.pgid)) throw new UserFacingError('the worker is not running.');

  const readyIn = seconds(Date.now() - startedAt);
  const line = dim('─'.repeat(72));
  const lines = [
    '',
    line,
    `${green(bold('Solimob is ready'))} in ${bold(readyIn)} ${dim('(from ./scripts/start to /ready = 200)')}`,
    '',
    `  API          ${bold(baseUrl)}`,
    `  API docs     ${bold(`${baseUrl}/docs`)}   ${dim(`(OpenAPI: ${baseUrl}/docs/json)`)}`,
    `  Readiness    ${baseUrl}/ready`,
    `  Postgres     ${databaseNote}`,
    `  Redis        ${redisNote}`,
    `  SMS & calls  ${describeMessaging(env)}`,
    `  Distances    ${describeRouting(env)}`,
    '',
    `  Demo logins ${dim('(email, password, role)')}:`,
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
