// The system Chromium the browser tests drive (playwright-core's own browser download cannot reach its
// servers here): /usr/bin/chromium or CHROMIUM_PATH, installed with apt-get when missing.
//
//   node scripts/lib/chromium.mjs        finds or installs it and prints its path and version
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Flags for a headless Chromium that stays quiet on a closed network: without the background-networking
 * ones it keeps trying to reach update, sync and component servers.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const log = (message) => console.log(`==> ${message}`);

function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function versionOf(bin) {
  const result = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function existing() {
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: read by a developer script, not by a turbo task
  const fromEnv = process.env.CHROMIUM_PATH;
  for (const bin of [fromEnv, ...CANDIDATES].filter(Boolean)) {
    if (!existsSync(bin)) continue;
    const version = versionOf(bin);
    if (version) return { path: bin, version };
  }
  return undefined;
}

/** Runs apt-get with its output shown line by line (an install takes one to two minutes). */
function aptGet(args) {
  return new Promise((resolve) => {
    const child = spawn('apt-get', args, {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tail = [];
    const show = (chunk) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 20) tail.shift();
        // Progress without the flood: package-level lines only.
        if (/^(Get:|Setting up chromium|Unpacking chromium|Hit:|Err:|E:)/.test(line))
          console.log(`    ${line}`);
      }
    };
    child.stdout.on('data', show);
    child.stderr.on('data', show);
    child.once('error', (error) => resolve({ code: 1, tail: [error.message] }));
    child.once('close', (code) => resolve({ code: code ?? 1, tail }));
  });
}

let pending;

/**
 * The path and version of a runnable Chromium; installs Debian's `chromium` package with apt-get when
 * none is found. Throws an Error saying what to do when that is impossible.
 */
export function ensureChromium() {
  pending ??= (async () => {
    const found = existing();
    if (found) return found;
    if (!onPath('apt-get')) {
      throw new Error(
        'Chromium is not installed and apt-get is not available to install it. Install Chromium ' +
          '(Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
      );
    }
    if (process.getuid?.() !== 0) {
      throw new Error(
        'Chromium is not installed and installing it needs root: run `sudo apt-get update && sudo apt-get ' +
          'install -y chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.',
      );
    }
    const started = Date.now();
    log('Chromium is missing: installing it with apt-get (one to two minutes)…');
    log('apt-get update…');
    const update = await aptGet(['update']);
    if (update.code !== 0) {
      throw new Error(`apt-get update failed (exit ${update.code}):\n${update.tail.join('\n')}`);
    }
    log('apt-get install -y chromium fonts-dejavu-core…');
    const install = await aptGet([
      'install',
      '-y',
      '--no-install-recommends',
      'chromium',
      'fonts-dejavu-core',
    ]);
    if (install.code !== 0) {
      throw new Error(`apt-get install chromium failed (exit ${install.code}):\n${install.tail.join('\n')}`);
    }
    const installed = existing();
    if (!installed) throw new Error('apt-get installed chromium but no runnable binary was found.');
    log(`Chromium installed in ${((Date.now() - started) / 1000).toFixed(0)}s: ${installed.version}`);
    return installed;
  })();
  return pending;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureChromium().then(
    (chromium) => console.log(`${chromium.path}  ${chromium.version}`),
    (error) => {
      console.error(`error: ${error.message}`);
      process.exit(1);
    },
  );
}
