import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testServerUrl } from '../testing';
import { DEMO_STAFF_LOGINS } from './index';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(new URL('../cli/seed.ts', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI as the start script does, with a controlled environment. */
function runSeed(args: string[], databaseUrl: string | undefined): Promise<Run> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', cli, ...args],
      { cwd: packageDir, env, timeout: 110_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

let migrated: TestDatabase;
const emptyName = `solimob_test_empty_${randomBytes(4).toString('hex')}`;
let emptyUrl: string;
beforeAll(async () => {
  migrated = await createTestDatabase();
  const admin = postgres(testServerUrl(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${emptyName}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = new URL(testServerUrl());
  url.pathname = `/${emptyName}`;
  emptyUrl = url.toString();
});
afterAll(async () => {
  await migrated?.drop();
  const admin = postgres(testServerUrl(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${emptyName} with (force)`);
  } finally {
    await admin.end({ timeout: 5 });
  }
});

// Each case starts a tsx process, which takes seconds on a loaded machine.
describe('seed CLI', { timeout: 120_000 }, () => {
  it('refuses to run without DATABASE_URL', async () => {
    const run = await runSeed([], undefined);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('DATABASE_URL: missing');
  });

  it('says so when the database is not migrated', async () => {
    const run = await runSeed(['--demo'], emptyUrl);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not migrated');
  });

  it('seeds the demo once and prints the logins', async () => {
    const first = await runSeed(['--demo', '--print-logins'], migrated.url);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('created 1 territory, 13 communes');
    expect(first.stdout).toMatch(/created 60 residents/);
    for (const login of DEMO_STAFF_LOGINS) {
      // One aligned line per login: role, e-mail and password in columns.
      const line = first.stdout.split('\n').find((l) => l.startsWith(`${login.role} `));
      expect(line?.trim().split(/\s{2,}/)).toEqual([login.role, login.email, login.password]);
    }

    const second = await runSeed(['--demo'], migrated.url);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('already up to date');
    expect(second.stdout).toContain('Demo data already present');
    const [row] = await migrated.sql`select count(*)::int as n from residents`;
    expect(row?.n).toBe(60);
  });
});
