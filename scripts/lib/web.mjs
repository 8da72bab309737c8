// Builds the web app (services/web) when its inputs changed since the last build: a hash of the app's
// sources and of what its API types are generated from (API routes, domain schemas), kept in dist.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dim, ROOT, run, say, seconds } from './common.mjs';

export const WEB_DIR = path.join(ROOT, 'services', 'web');
export const WEB_DIST = path.join(WEB_DIR, 'dist');
const STAMP = path.join(WEB_DIST, '.build-stamp');

/** Files and folders whose content decides the built app. Tests are left out: they do not change it. */
const INPUTS = [
  'services/web/src',
  'services/web/index.html',
  'services/web/vite.config.ts',
  'services/web/tsconfig.json',
  'services/web/package.json',
  'services/web/scripts',
  'services/api/src',
  'services/api/scripts/openapi.ts',
  'packages/domain/src',
  'packages/db/src/schema',
  'pnpm-lock.yaml',
];

function filesUnder(relative) {
  const absolute = path.join(ROOT, relative);
  if (!existsSync(absolute)) return [];
  if (statSync(absolute).isFile()) return [relative];
  return readdirSync(absolute, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(child);
      return /\.test\.tsx?$/.test(entry.name) ? [] : [child];
    });
}

/** The hash of every input file's path and content. */
export function webSourceHash() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(filesUnder)) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(ROOT, file)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 20);
}

export function webBuildIsCurrent(hash = webSourceHash()) {
  return (
    existsSync(path.join(WEB_DIST, 'index.html')) &&
    existsSync(STAMP) &&
    readFileSync(STAMP, 'utf8').trim() === hash
  );
}

/**
 * Builds the app unless the last build is current. Resolves { built, ms, ok }; a failed build is
 * reported, not thrown: the API still runs and tells how to build it.
 */
export async function ensureWebBuilt({ env = process.env, color = dim } = {}) {
  // vite build honours NODE_ENV: the callers' development or test would give a development bundle.
  env = { ...env, NODE_ENV: 'production' };
  const hash = webSourceHash();
  if (webBuildIsCurrent(hash)) return { built: false, ok: true, ms: 0 };
  const started = Date.now();
  say('Building the web app (its sources changed since the last build): API types, type-check, vite build…');
  const result = await run('pnpm', ['--silent', '--filter', '@solimob/web', 'run', 'build'], {
    name: 'web',
    color,
    env,
  });
  const ms = Date.now() - started;
  if (result.code !== 0) return { built: false, ok: false, ms };
  writeFileSync(STAMP, `${hash}\n`);
  say(`Web app built in ${seconds(ms)}.`);
  return { built: true, ok: true, ms };
}
