// Helpers shared by scripts/start and scripts/test: output, .env loading, free ports, child process groups.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DATA_DIR = path.join(ROOT, '.data');

const colorOn = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const paint = (code) => (text) => (colorOn ? `\u001b[${code}m${text}\u001b[0m` : text);
export const bold = paint('1');
export const dim = paint('2');
export const red = paint('31');
export const green = paint('32');
export const yellow = paint('33');
export const cyan = paint('36');
export const magenta = paint('35');
export const blue = paint('34');

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Like sleep, but does not keep the process alive: for timeouts raced against an exit. */
export const timeout = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());
/**
 * Follows a child server process: `exited()` tells whether it is gone, and `stop()` sends `signal`,
 * waits up to `graceMs`, then sends `forceSignal` (with a warning) and waits a little more.
 */
export function superviseServer(child, { name, signal, graceMs, forceSignal, forceGraceMs }) {
  let exited = false;
  const exitedPromise = new Promise((resolve) => child.once('exit', resolve)).then(() => {
    exited = true;
  });
  return {
    exited: () => exited,
    async stop() {
      if (exited || !child.pid) return;
      process.kill(child.pid, signal);
      const done = await Promise.race([exitedPromise.then(() => true), timeout(graceMs).then(() => false)]);
      if (done) return;
      warn(`${name} did not stop in ${graceMs / 1000}s: sending ${forceSignal}.`);
      process.kill(child.pid, forceSignal);
      await Promise.race([exitedPromise, timeout(forceGraceMs)]);
    },
  };
}

export const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

export function say(message) {
  console.log(`${bold('==>')} ${message}`);
}
export function warn(message) {
  console.log(`${yellow('warning:')} ${message}`);
}
export function fail(message) {
  console.error(`${red('error:')} ${message}`);
}

/** Prints "==> label…" and returns a function that prints how long the step took. */
export function step(label) {
  const started = Date.now();
  say(`${label}…`);
  return (detail = '') => {
    console.log(
      `    ${green('done')} in ${seconds(Date.now() - started)}${detail ? ` ${dim(`(${detail})`)}` : ''}`,
    );
  };
}

/** An error whose message is meant for the person running the script: printed without a stack trace. */
export class UserFacingError extends Error {}

/**
 * Loads ROOT/.env without overriding variables already set in the environment.
 * `KEY=` (empty) counts as unset, so a copied .env.example does not disable the embedded defaults.
 */
/** Settings whose empty value switches a feature off (see packages/config: `emptyMeansOff`). */
const EMPTY_MEANS_OFF = new Set(['QUIET_HOURS']);

export function loadDotEnv(file = path.join(ROOT, '.env')) {
  if (!existsSync(file)) return [];
  const loaded = [];
  for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const key = match[1];
    let value = match[2] ?? '';
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) {
      value = value.slice(1, -1);
      if (quote === '"') value = value.replace(/\\n/g, '\n').replace(/\\"/g, '"');
    } else {
      value = value.replace(/\s+#.*$/, '');
    }
    if (key in process.env) continue;
    // Empty usually means "not set" (a line copied from .env.example), except where it means "off".
    if (value === '' && !EMPTY_MEANS_OFF.has(key)) continue;
    process.env[key] = value;
    loaded.push(key);
  }
  return loaded;
}

/** Empty strings count as unset (a blank line copied from .env.example). */
export function envValue(name) {
  const value = process.env[name];
  return value === undefined || value.trim() === '' ? undefined : value;
}

function canListen(port, host) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** First port >= preferred that nothing listens on (checked on 127.0.0.1 and on the wildcard address). */
export async function findFreePort(preferred, host = '127.0.0.1') {
  for (let port = preferred; port < preferred + 200 && port < 65536; port++) {
    if ((await canListen(port, host)) && (host !== '127.0.0.1' || (await canListen(port, '0.0.0.0')))) {
      return port;
    }
  }
  throw new UserFacingError(`no free TCP port found between ${preferred} and ${preferred + 199}`);
}

/** Resolves true when a TCP connection to host:port succeeds within timeoutMs. */
export function tcpReachable(port, host = '127.0.0.1', timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Pipes a stream line by line to stdout with a coloured "[name]" prefix, each line through `format`. */
export function prefixLines(
  stream,
  name,
  color = (text) => text,
  sink = (line) => console.log(line),
  format = (line) => line,
) {
  const label = color(`[${name}]`);
  createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY }).on('line', (line) => {
    sink(`${label} ${format(line)}`);
  });
}

/** Set by a signal handler: from then on run() starts nothing new. */
export const lifecycle = { closing: false };

/**
 * Runs a command to completion with prefixed output. Resolves with the exit code; `capture` keeps stdout.
 * The child gets its own process group so a terminal Ctrl-C reaches only us; we decide the stop order.
 */
export function run(
  command,
  args,
  { name, color, env = process.env, cwd = ROOT, capture = false, quiet = false } = {},
) {
  if (lifecycle.closing) return Promise.resolve({ code: 130, stdout: '', tail: [] });
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    runningGroups.add(child.pid);
    let stdout = '';
    const tail = [];
    const sink = (line) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      if (!quiet) console.log(line);
    };
    if (capture) {
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
      });
    } else {
      prefixLines(child.stdout, name ?? command, color, sink);
    }
    prefixLines(child.stderr, name ?? command, color, sink);
    child.once('error', (error) => {
      runningGroups.delete(child.pid);
      reject(error);
    });
    child.once('close', (code, signal) => {
      runningGroups.delete(child.pid);
      resolve({ code: code ?? (signal ? 128 : 1), stdout, tail });
    });
  });
}

/** Process groups started by run(), so a signal handler can end them. */
export const runningGroups = new Set();

/**
 * Is any non-zombie process left in the group? A group leader that exited (pnpm) can leave its children
 * (tsx, node) running, so watching the leader alone is not enough.
 */
export function groupAlive(pgid) {
  if (existsSync('/proc/self/stat')) {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue;
      }
      // Fields after "(comm)": state ppid pgrp …; comm itself may contain spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') return true;
    }
    return false;
  }
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

export function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * Sends `signal` to the group (or only to its leader), waits for the group to empty, escalates to SIGKILL
 * on the whole group after timeoutMs.
 */
export async function stopGroup(
  pgid,
  { signal = 'SIGTERM', timeoutMs = 15_000, name = `group ${pgid}`, leaderOnly = false } = {},
) {
  if (!groupAlive(pgid)) return true;
  if (leaderOnly) {
    try {
      process.kill(pgid, signal);
    } catch {
      signalGroup(pgid, signal);
    }
  } else {
    signalGroup(pgid, signal);
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!groupAlive(pgid)) return true;
    await sleep(100);
  }
  warn(`${name} did not stop within ${seconds(timeoutMs)}: killing it.`);
  signalGroup(pgid, 'SIGKILL');
  await sleep(200);
  return false;
}

/** Reads the "scripts" of a workspace package, to fail clearly when a contract script is missing. */
export function packageScripts(relativeDir) {
  const file = path.join(ROOT, relativeDir, 'package.json');
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')).scripts ?? {};
}

export function requireScript(relativeDir, packageName, script, purpose) {
  const scripts = packageScripts(relativeDir);
  if (!scripts) {
    throw new UserFacingError(
      `${relativeDir}/package.json is missing: ${packageName} is needed to ${purpose}.`,
    );
  }
  if (!scripts[script]) {
    throw new UserFacingError(
      `${packageName} has no "${script}" script yet (${relativeDir}/package.json), so this cannot ${purpose}.`,
    );
  }
}
