/**
 * The isolated stack a fault scenario breaks: its own embedded Postgres and its own redis-server on
 * free ports (never the shared ones), the fake Twilio of the messaging tests (the real REST contract,
 * counting what it accepts), and N API plus N worker processes started as ./scripts/start starts them.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, type DbHandle, runMigrations } from '../../packages/db/src/index';
import {
  loadTerritorySeedFile,
  questembertSeedPath,
  seedDemo,
  seedTerritory,
} from '../../packages/db/src/seed/index';
import { type FakeTwilio, startFakeTwilio } from '../../packages/messaging/test/fakes/index';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../lib/postgres.mjs';
import { findRedisServer, type LocalRedis, startRedis } from '../lib/redis.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const LOG_DIR = path.join(ROOT, '.data', 'logs', 'fault');

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const say = (message: string) => console.log(`==> ${message}`);

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

export interface Service {
  name: string;
  kind: 'api' | 'worker';
  child: ChildProcess;
  /** API base URL (APIs only). */
  url?: string;
  exited: Promise<void>;
}

export interface StackOptions {
  apis: number;
  workers: number;
  /** Label of the run, in log file names. */
  label: string;
}

export class Stack {
  readonly apis: Service[] = [];
  readonly workers: Service[] = [];
  pg!: EmbeddedPostgres;
  redis!: LocalRedis;
  twilio!: FakeTwilio;
  /** The orchestrator's own pool, for fixtures and counts (short connect timeout: it polls through outages). */
  db!: DbHandle;
  databaseUrl = '';
  publicBaseUrl = '';
  territoryId = '';
  private env: NodeJS.ProcessEnv = {};
  private apiPorts: number[] = [];
  private logs = new Map<string, WriteStream>();
  private generation = 0;

  constructor(readonly options: StackOptions) {}

  async start(): Promise<void> {
    await mkdir(LOG_DIR, { recursive: true });
    const [pg, redis, twilio] = await Promise.all([
      startEmbeddedPostgres({ preferredPort: 55400, persistent: false, logName: 'fault-postgres.log' }),
      findRedisServer().then((server) =>
        startRedis({
          server,
          preferredPort: 56400,
          persistent: false,
          appendOnly: true,
          logName: 'fault-redis.log',
        }),
      ),
      startFakeTwilio(),
    ]);
    this.pg = pg;
    this.redis = redis;
    this.twilio = twilio;
    say(`Postgres on port ${pg.port}, redis-server on port ${redis.port}, fake Twilio at ${twilio.baseUrl}`);

    const admin = createDb(pg.adminUrl, { max: 1 });
    await admin.sql`create database solimob`;
    await admin.close();
    this.databaseUrl = pg.adminUrl.replace(/\/postgres$/, '/solimob');
    await runMigrations(this.databaseUrl);
    this.db = createDb(this.databaseUrl, { max: 4, applicationName: 'fault-orchestrator' });
    const seed = await loadTerritorySeedFile(questembertSeedPath);
    const territory = await seedTerritory(this.db.db, seed);
    this.territoryId = territory.territoryId;
    await seedDemo(this.db.db, { now: new Date(), territorySlug: seed.territory.slug });

    this.apiPorts = await Promise.all(Array.from({ length: this.options.apis }, () => freePort()));
    this.publicBaseUrl = `http://127.0.0.1:${this.apiPorts[0]}`;
    this.env = {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      DATABASE_URL: this.databaseUrl,
      REDIS_URL: redis.url,
      HOST: '127.0.0.1',
      PUBLIC_BASE_URL: this.publicBaseUrl,
      SIGNED_LINK_SECRET: randomBytes(32).toString('base64url'),
      QUEUE_PREFIX: 'fault',
      TWILIO_ACCOUNT_SID: twilio.accountSid,
      TWILIO_AUTH_TOKEN: twilio.authToken,
      TWILIO_FROM: '+33757000001',
      TWILIO_API_BASE_URL: twilio.baseUrl,
      QUIET_HOURS: '',
    };
    delete this.env.PHONE_SIMULATOR_TOKEN;
    for (let i = 0; i < this.options.apis; i++) this.startApi(i);
    for (let i = 0; i < this.options.workers; i++) this.startWorker(i);
    await Promise.all(this.apis.map((api) => this.waitReady(api)));
  }

  private logStream(name: string): WriteStream {
    let stream = this.logs.get(name);
    if (!stream) {
      stream = createWriteStream(path.join(LOG_DIR, `${this.options.label}-${name}.log`), { flags: 'w' });
      this.logs.set(name, stream);
    }
    return stream;
  }

  private spawnService(kind: 'api' | 'worker', index: number, env: NodeJS.ProcessEnv): Service {
    const name = `${kind}-${index + 1}`;
    const dir = kind === 'api' ? 'services/api' : 'services/worker';
    const entry = kind === 'api' ? 'src/server.ts' : 'src/main.ts';
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      cwd: path.join(ROOT, dir),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log = this.logStream(name);
    this.generation += 1;
    log.write(`--- start #${this.generation} pid ${child.pid} at ${new Date().toISOString()}\n`);
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    return { name, kind, child, exited };
  }

  startApi(index: number): Service {
    const port = this.apiPorts[index]!;
    const service = {
      ...this.spawnService('api', index, { ...this.env, PORT: String(port) }),
      url: `http://127.0.0.1:${port}`,
    };
    this.apis[index] = service;
    return service;
  }

  startWorker(index: number): Service {
    const service = this.spawnService('worker', index, this.env);
    this.workers[index] = service;
    return service;
  }

  async kill(service: Service, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (service.child.exitCode !== null || service.child.signalCode !== null) return;
    service.child.kill(signal);
    await service.exited;
  }

  /** /health answers 200 (the process listens); /ready also needs Redis, which some scenarios stop. */
  async waitReady(api: Service, timeoutMs = 300_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (api.child.exitCode !== null) throw new Error(`${api.name} exited (${api.child.exitCode})`);
      try {
        const response = await fetch(`${api.url}/health`, { signal: AbortSignal.timeout(2_000) });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await sleep(200);
    }
    throw new Error(`${api.name} did not answer /health within ${timeoutMs / 1000}s`);
  }

  async stop(): Promise<void> {
    await Promise.all(
      [...this.apis, ...this.workers].map(async (service) => {
        if (service.child.exitCode !== null || service.child.signalCode !== null) return;
        service.child.kill('SIGTERM');
        const timer = setTimeout(() => service.child.kill('SIGKILL'), 15_000);
        await service.exited;
        clearTimeout(timer);
      }),
    );
    await this.db?.close().catch(() => {});
    await this.twilio?.close().catch(() => {});
    await this.redis?.stop().catch(() => {});
    await this.pg?.stop().catch(() => {});
    for (const stream of this.logs.values()) stream.end();
  }
}
