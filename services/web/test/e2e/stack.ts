import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, type DbHandle, schema } from '@solimob/db';
import { loadTerritorySeedFile, questembertSeedPath, seedDemo, seedTerritory } from '@solimob/db/seed';
import { createTestDatabase, type TestDatabase } from '@solimob/db/testing';
import { createLinkIssuer, type LinkIssuer } from '@solimob/domain';
import { and, eq, notExists } from 'drizzle-orm';
import { ensureWebBuilt } from '../../../../scripts/lib/web.mjs';

/*
 * The real stack for the browser tests, as ./scripts/start runs it: a fresh database seeded with the
 * territory and the demo data, the API and the worker as their own processes on free ports (real Redis,
 * a queue prefix of their own), and the built web app served by the API.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

export interface Stack {
  baseUrl: string;
  db: TestDatabase;
  territoryId: string;
  /** Signs the volunteers' links, as the API would put them in an SMS (test-only secret). */
  linkSecret: string;
  logs: () => string;
  stop(): Promise<void>;
}

/** What the global setup hands every browser-test file: one stack for them all. */
export interface SharedStack {
  baseUrl: string;
  databaseUrl: string;
  territoryId: string;
  linkSecret: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: SharedStack;
  }
}

/** A test file's view of the shared stack: its own database connection, closed by `close`. */
export interface StackClient extends SharedStack {
  db: DbHandle['db'];
  links: LinkIssuer;
  close(): Promise<void>;
}

export function connectStack(shared: SharedStack): StackClient {
  const handle = createDb(shared.databaseUrl, { max: 2, applicationName: 'solimob-e2e' });
  return {
    ...shared,
    db: handle.db,
    links: createLinkIssuer({ secret: shared.linkSecret, publicBaseUrl: shared.baseUrl }),
    close: () => handle.close(),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** `node --import tsx <entry>` in the service's folder, as scripts/start does. */
function startService(dir: string, entry: string, env: NodeJS.ProcessEnv, sink: string[]): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: path.join(ROOT, dir),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    sink.push(`[${path.basename(dir)}] ${chunk.toString()}`);
    if (sink.length > 400) sink.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return child;
}

async function waitForReady(url: string, child: ChildProcess, logs: () => string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode}):\n${logs()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} was not ready within ${timeoutMs / 1000}s:\n${logs()}`);
}

async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

export async function startStack(): Promise<Stack> {
  const web = await ensureWebBuilt();
  if (!web.ok) throw new Error('the web app did not build (see the [web] lines above)');

  const db = await createTestDatabase();
  const seed = await loadTerritorySeedFile(questembertSeedPath);
  const territory = await seedTerritory(db.db, seed);
  await seedDemo(db.db, { now: new Date(), territorySlug: seed.territory.slug });

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const linkSecret = randomBytes(32).toString('base64url');
  const outboxDir = await mkdtemp(path.join(os.tmpdir(), 'solimob-e2e-outbox-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: db.url,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_BASE_URL: baseUrl,
    SIGNED_LINK_SECRET: linkSecret,
    QUEUE_PREFIX: `e2e-${randomBytes(6).toString('hex')}`,
    MESSAGE_OUTBOX_DIR: outboxDir,
  };
  const output: string[] = [];
  const logs = () => output.join('').slice(-6_000);
  const api = startService('services/api', 'src/server.ts', env, output);
  const worker = startService('services/worker', 'src/main.ts', env, output);
  try {
    await waitForReady(`${baseUrl}/ready`, api, logs);
  } catch (error) {
    await Promise.all([stopChild(api), stopChild(worker)]);
    await db.drop();
    throw error;
  }
  return {
    baseUrl,
    db,
    territoryId: territory.territoryId,
    linkSecret,
    logs,
    async stop() {
      await Promise.all([stopChild(api), stopChild(worker)]);
      await db.drop();
      await rm(outboxDir, { recursive: true, force: true });
    },
  };
}

/**
 * A pending offer of a volunteer who drives nothing yet, so accepting it (or assigning them by hand)
 * cannot clash with another trip: the browser tests share one stack, and an earlier file may have
 * given a volunteer a trip at that time.
 */
export async function pendingOfferOfFreeVolunteer(stack: StackClient) {
  const o = schema.offers;
  const [row] = await stack.db
    .select({
      offer: o,
      firstName: schema.volunteerDrivers.firstName,
      lastName: schema.volunteerDrivers.lastName,
      rideRequestId: schema.missionRequests.rideRequestId,
    })
    .from(o)
    .innerJoin(schema.volunteerDrivers, eq(schema.volunteerDrivers.id, o.volunteerDriverId))
    .innerJoin(schema.missions, eq(schema.missions.id, o.missionId))
    .innerJoin(schema.missionRequests, eq(schema.missionRequests.missionId, o.missionId))
    .where(
      and(
        eq(o.territoryId, stack.territoryId),
        eq(o.status, 'pending'),
        eq(schema.missions.status, 'open'),
        notExists(
          stack.db
            .select({ id: schema.missions.id })
            .from(schema.missions)
            .where(
              and(
                eq(schema.missions.volunteerDriverId, o.volunteerDriverId),
                eq(schema.missions.status, 'assigned'),
              ),
            ),
        ),
      ),
    )
    .orderBy(o.sentAt, o.id)
    .limit(1);
  if (!row) throw new Error('the demo has no pending offer for a free volunteer');
  return row;
}
