// A local redis-server for the embedded defaults: the one on PATH, else one installed with apt-get, else
// Debian packages downloaded and unpacked under .data/redis-bin (no root needed when apt lists exist).
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DATA_DIR, findFreePort, say, sleep, superviseServer, UserFacingError, warn } from './common.mjs';

const LOCAL_DIR = path.join(DATA_DIR, 'redis-bin');
const PACKAGES = ['redis-server', 'redis-tools', 'liblzf1', 'libjemalloc2', 'libatomic1'];
const isRoot = process.getuid?.() === 0;

function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function localCandidate() {
  const bin = path.join(LOCAL_DIR, 'usr', 'bin', 'redis-server');
  if (!existsSync(bin)) return undefined;
  const libRoot = path.join(LOCAL_DIR, 'usr', 'lib');
  const libDirs = existsSync(libRoot)
    ? [
        libRoot,
        ...readdirSync(libRoot, { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => path.join(libRoot, d.name)),
      ]
    : [];
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: read by a developer script, not by a turbo task
  const ldPath = [...libDirs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  return { bin, env: { LD_LIBRARY_PATH: ldPath }, source: `${LOCAL_DIR} (unpacked Debian packages)` };
}

/** Returns the version string when the binary runs, undefined otherwise. */
function versionOf(candidate) {
  const result = spawnSync(candidate.bin, ['--version'], {
    encoding: 'utf8',
    env: { ...process.env, ...candidate.env },
  });
  if (result.status !== 0) return undefined;
  return /v=(\d+\.\d+\.\d+)/.exec(result.stdout)?.[1] ?? 'unknown';
}

function apt(args, cwd) {
  return spawnSync('apt-get', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function aptInstall() {
  say('redis-server is missing: installing it with apt-get (root)…');
  let result = apt(['install', '-y', '--no-install-recommends', 'redis-server']);
  if (result.status !== 0) {
    say('apt-get install failed; refreshing package lists (apt-get update) and retrying…');
    apt(['update']);
    result = apt(['install', '-y', '--no-install-recommends', 'redis-server']);
  }
  if (result.status !== 0)
    warn(`apt-get install redis-server failed:\n${(result.stderr || result.stdout).trim()}`);
  return result.status === 0;
}

async function aptDownload() {
  say(`Downloading redis-server with apt-get download and unpacking it into ${LOCAL_DIR}…`);
  const work = await mkdtemp(path.join(os.tmpdir(), 'solimob-redis-deb-'));
  try {
    let result = apt(['download', ...PACKAGES], work);
    if (result.status !== 0 && isRoot) {
      apt(['update']);
      result = apt(['download', ...PACKAGES], work);
    }
    if (result.status !== 0) {
      warn(`apt-get download failed:\n${(result.stderr || result.stdout).trim()}`);
      return false;
    }
    await mkdir(LOCAL_DIR, { recursive: true });
    for (const deb of readdirSync(work).filter((f) => f.endsWith('.deb'))) {
      const unpacked = spawnSync('dpkg', ['-x', path.join(work, deb), LOCAL_DIR], { encoding: 'utf8' });
      if (unpacked.status !== 0) {
        warn(`dpkg -x ${deb} failed: ${unpacked.stderr}`);
        return false;
      }
    }
    return true;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Finds a runnable redis-server, installing one if needed.
 * SOLIMOB_REDIS_FROM=download skips the system binary and apt-get install (to exercise the fallback).
 */
export async function findRedisServer() {
  const downloadOnly = process.env.SOLIMOB_REDIS_FROM === 'download';
  const attempts = [];
  const tryCandidate = (candidate) => {
    if (!candidate) return undefined;
    const version = versionOf(candidate);
    if (version) return { ...candidate, version };
    attempts.push(`${candidate.bin} does not run`);
    return undefined;
  };
  const system = () => {
    const bin = onPath('redis-server');
    return bin ? { bin, env: {}, source: bin } : undefined;
  };

  let found = (downloadOnly ? undefined : tryCandidate(system())) ?? tryCandidate(localCandidate());
  const hasApt = Boolean(onPath('apt-get'));
  if (!found && hasApt && isRoot && !downloadOnly && aptInstall()) found = tryCandidate(system());
  if (!found && hasApt && onPath('dpkg') && (await aptDownload())) found = tryCandidate(localCandidate());
  if (!found) {
    throw new UserFacingError(
      [
        'redis-server is not installed and could not be installed automatically.',
        ...attempts.map((a) => `  (${a})`),
        '  Install it (Debian/Ubuntu: sudo apt-get install redis-server; Fedora: sudo dnf install redis;',
        '  macOS: brew install redis) and run this again, or set REDIS_URL to a Redis >= 6.2 you already run.',
      ].join('\n'),
    );
  }
  const [major = 0, minor = 0] = found.version.split('.').map(Number);
  if (major < 6 || (major === 6 && minor < 2)) {
    warn(
      `redis-server ${found.version} is older than 6.2, which BullMQ needs; set REDIS_URL to a newer Redis if jobs fail.`,
    );
  }
  return found;
}

/** Resolves true once Redis answers PING with PONG (it answers -LOADING while reading its AOF). */
function ping(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    let reply = '';
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('*1\r\n$4\r\nPING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts redis-server on 127.0.0.1, on the first free port from `preferredPort`.
 * persistent: data (append-only file) in .data/redis so queued jobs survive a restart; otherwise nothing on disk.
 * appendOnly: an append-only file in the temporary dir too, so `halt` then `resume` keeps the data
 * (what a production Redis does). logName: the log file's name in .data/logs.
 * Returns { url, pid, logFile, stop, halt, resume }.
 */
export async function startRedis({ server, preferredPort, persistent, appendOnly, logName }) {
  const dir = persistent
    ? path.join(DATA_DIR, 'redis')
    : await mkdtemp(path.join(os.tmpdir(), 'solimob-redis-'));
  await mkdir(dir, { recursive: true });
  const logDir = path.join(DATA_DIR, 'logs');
  await mkdir(logDir, { recursive: true });
  const logFile = path.join(logDir, logName ?? (persistent ? 'redis.log' : 'test-redis.log'));
  const pidFile = path.join(dir, 'redis.pid');

  if (persistent && existsSync(pidFile)) {
    const stale = Number((await readFile(pidFile, 'utf8')).trim());
    const comm =
      stale && alive(stale)
        ? spawnSync('cat', [`/proc/${stale}/comm`], { encoding: 'utf8' }).stdout.trim()
        : '';
    if (comm.startsWith('redis')) {
      warn(`a redis-server from a previous run is still running (pid ${stale}): stopping it first.`);
      process.kill(stale, 'SIGTERM');
      for (let i = 0; i < 100 && alive(stale); i++) await sleep(100);
    }
  }

  // Chosen only now: a leftover redis-server stopped above frees its port.
  const port = await findFreePort(preferredPort);
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--daemonize',
    'no',
    '--dir',
    dir,
    '--save',
    '',
  ];
  args.push(
    '--appendonly',
    persistent || appendOnly ? 'yes' : 'no',
    '--pidfile',
    pidFile,
    '--maxmemory-policy',
    'noeviction',
  );
  const log = createWriteStream(logFile, { flags: persistent ? 'a' : 'w' });
  let supervisor;
  let pid;
  const tail = [];
  /** Starts redis-server on `port` and waits until it answers PING. */
  const launch = async () => {
    const child = spawn(server.bin, args, {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...server.env },
    });
    pid = child.pid;
    const keep = (chunk) => {
      log.write(chunk);
      tail.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      tail.splice(0, Math.max(0, tail.length - 20));
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    supervisor = superviseServer(child, {
      name: 'redis-server',
      signal: 'SIGTERM',
      graceMs: 15_000,
      forceSignal: 'SIGKILL',
      forceGraceMs: 2_000,
    });
    const deadline = Date.now() + 30_000;
    while (!(await ping(port))) {
      if (supervisor.exited() || Date.now() > deadline) {
        throw new UserFacingError(`redis-server did not start (log: ${logFile}):\n${tail.join('\n')}`);
      }
      await sleep(100);
    }
  };

  const stop = async () => {
    await supervisor?.stop();
    log.end();
    if (!persistent) await rm(dir, { recursive: true, force: true });
  };
  try {
    await launch();
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid,
    logFile,
    stop,
    /** Stops the server (SIGTERM: with appendOnly, the data is on disk); `resume` starts it again. */
    halt: () => supervisor.stop(),
    resume: launch,
  };
}

/** Does a Redis without a password answer on 127.0.0.1:port? Used to detect a local Redis for tests. */
export const redisAnswers = ping;
