/**
 * The stack scripts/bench-api and scripts/bench-scale measure: a throwaway database on the Postgres of
 * DATABASE_URL (default the local one on 5432; database solimob_bench_<time>, dropped at the end unless
 * kept), migrated and seeded with the Questembert territory and the demo data, and the real API
 * (services/api/src/server.ts run as ./scripts/start runs it: node --import tsx), logging at info to
 * .data/logs/<name>.log, optionally with a V8 CPU profile.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { createDb, type DbHandle } from '../../packages/db/src/client';
import { runMigrations } from '../../packages/db/src/migrate';
import {
  DEMO_STAFF_LOGINS,
  loadTerritorySeedFile,
  questembertSeedPath,
  seedDemo,
  seedTerritory,
} from '../../packages/db/src/seed/index';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface BenchStack {
  dbUrl: string;
  dbName: string;
  /** DATABASE_URL: the server's maintenance database, where the bench database is created. */
  adminUrl: string;
  /** Creates, migrates and seeds the database, then runs `extra` on it. */
  prepare(extra?: (handle: DbHandle) => Promise<void>): Promise<void>;
  /** Starts the API; resolves with its base URL once /ready answers. */
  startApi(options?: { profileDir?: string; env?: Record<string, string> }): Promise<string>;
  /** Logs in as the demo coordinator and returns the bearer token. */
  login(base: string): Promise<string>;
  stopApi(): Promise<void>;
  /** The running API's process id (to read its CPU time), undefined when it is not running. */
  apiPid(): number | undefined;
  /** Stops the API and drops the database (unless kept). */
  cleanup(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export function benchStack(
  name: string,
  options: { keep: boolean; log: (message: string) => void },
): BenchStack {
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const dbName = `solimob_bench_${Date.now().toString(36)}`;
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const dbUrl = url.toString();
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  let api: ChildProcess | undefined;
  let created = false;

  const stopApi = async () => {
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((resolve) => api!.once('exit', resolve));
    }
  };

  return {
    dbUrl,
    dbName,
    adminUrl,
    async prepare(extra) {
      const started = Date.now();
      await admin.unsafe(`create database ${dbName}`);
      created = true;
      await runMigrations(dbUrl);
      const handle = createDb(dbUrl, { max: 1, applicationName: `solimob-${name}` });
      try {
        const seed = await loadTerritorySeedFile(questembertSeedPath);
        await seedTerritory(handle.db, seed);
        await seedDemo(handle.db, { now: new Date(), territorySlug: seed.territory.slug });
        await extra?.(handle);
      } finally {
        await handle.close();
      }
      options.log(
        `database ${dbName}: migrated and seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    },
    async startApi(start = {}) {
      mkdirSync(join(ROOT, '.data', 'logs'), { recursive: true });
      const logFile = join(ROOT, '.data', 'logs', `${name}.log`);
      const out = openSync(logFile, 'w');
      if (start.profileDir) {
        rmSync(start.profileDir, { recursive: true, force: true });
        mkdirSync(start.profileDir, { recursive: true });
      }
      const port = await freePort();
      api = spawn(
        process.execPath,
        [
          ...(start.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${start.profileDir}`] : []),
          '--import',
          'tsx',
          'src/server.ts',
        ],
        {
          cwd: join(ROOT, 'services', 'api'),
          env: {
            ...process.env,
            DATABASE_URL: dbUrl,
            REDIS_URL: redisUrl,
            PORT: String(port),
            HOST: '127.0.0.1',
            PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
            SIGNED_LINK_SECRET: randomBytes(24).toString('base64url'),
            LOG_LEVEL: 'info', // as deployed: two lines per request
            NODE_ENV: 'development',
            TWILIO_ACCOUNT_SID: '',
            TWILIO_AUTH_TOKEN: '',
            TWILIO_FROM: '',
            ...start.env,
          },
          stdio: ['ignore', out, out],
        },
      );
      const base = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        if (api.exitCode !== null) throw new Error(`the API exited (${api.exitCode}); see ${logFile}`);
        try {
          if ((await fetch(`${base}/ready`)).ok) return base;
        } catch {
          // not listening yet
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`the API did not become ready in 60 s; see ${logFile}`);
    },
    async login(base) {
      const coordinator = DEMO_STAFF_LOGINS.find((l) => l.role === 'coordinator')!;
      const response = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: coordinator.email, password: coordinator.password }),
      });
      if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { token: string }).token;
    },
    stopApi,
    apiPid: () => (api && api.exitCode === null ? api.pid : undefined),
    async cleanup() {
      await stopApi();
      if (created && !options.keep)
        await admin.unsafe(`drop database if exists ${dbName} with (force)`).catch(() => {});
      else if (created) options.log(`kept database ${dbUrl}`);
      await admin.end();
    },
  };
}
