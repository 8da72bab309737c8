import net from 'node:net';
import { createDb, isConnectionFailure } from '@solimob/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { toErrorResponse } from '../src/plugins/errors';
import { bearer, createHarness, type Harness } from './fixture';

/** A TCP forwarder to Postgres that the test takes down and brings back on the same port. */
class Forwarder {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  port = 0;
  constructor(private readonly target: { host: string; port: number }) {}
  async up() {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }
  async down() {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('Postgres unavailable', () => {
  it('a query on a connection the server terminates (57P01, as in a restart) maps to 503', async () => {
    const victim = createDb(h.t.url, { max: 1 });
    try {
      const [{ pid }] = (await victim.sql`select pg_backend_pid() as pid`) as unknown as [{ pid: number }];
      const running = victim.db.execute('select pg_sleep(10)').catch((error: unknown) => error);
      // Wait until the sleep is running, then end that backend as a fast shutdown does.
      for (let i = 0; i < 50; i++) {
        const [row] = await h.t.sql`select count(*)::int as n from pg_stat_activity
                                    where pid = ${pid} and query like 'select pg_sleep%'`;
        if (row?.n === 1) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await h.t.sql`select pg_terminate_backend(${pid})`;
      const error = await running;
      expect(isConnectionFailure(error)).toBe(true);
      const mapped = toErrorResponse(error, 'req-1');
      expect(mapped.status).toBe(503);
      expect(mapped.body.error).toEqual({
        code: 'unavailable',
        message: 'A backing service is unavailable',
        requestId: 'req-1',
      });
    } finally {
      await victim.close();
    }
  });

  it('the codes of a server starting up or shutting down, and connection exceptions, are 503', () => {
    for (const code of [
      '57P01',
      '57P02',
      '57P03',
      '08006',
      '08001',
      'CONNECT_TIMEOUT',
      'CONNECTION_DESTROYED',
    ]) {
      const wrapped = Object.assign(new Error('Failed query: select 1'), { cause: { code } });
      expect(toErrorResponse(wrapped, 'r').status, code).toBe(503);
    }
    expect(toErrorResponse(Object.assign(new Error('x'), { code: '42P01' }), 'r').status).toBe(500);
  });

  it('a request answers 503 within the connect timeout when Postgres accepts but never answers', async () => {
    // A black hole: the TCP connection opens, the server never speaks (a host that froze).
    const sockets: net.Socket[] = [];
    const blackHole = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
    const port = (blackHole.address() as net.AddressInfo).port;
    const db = createDb(`postgres://postgres@127.0.0.1:${port}/none`, { max: 1, connectTimeoutSeconds: 1 });
    const app = await buildApp({
      config: {
        PUBLIC_BASE_URL: 'http://localhost',
        SIGNED_LINK_SECRET: 'test-link-secret-of-at-least-32-characters',
        SESSION_TTL_HOURS: 1,
        LOG_LEVEL: 'silent',
      },
      db,
      redis: h.redis,
      logger: false,
      passwords: h.passwords,
    });
    try {
      const started = Date.now();
      const response = await app.inject({
        method: 'GET',
        url: '/ride-requests',
        headers: { authorization: 'Bearer a-well-formed-session-token-0123456789' },
      });
      expect(response.statusCode).toBe(503);
      expect(response.json().error.code).toBe('unavailable');
      // postgres.js alone would wait 30 s for the connection: the configured timeout is what ends it.
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await app.close();
      await db.sql.end({ timeout: 0 });
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => blackHole.close(resolve));
    }
  }, 20_000);

  it('answers again within a second or two of Postgres coming back, after many failures', async () => {
    const target = new URL(h.t.url);
    const forwarder = new Forwarder({ host: target.hostname, port: Number(target.port || 5432) });
    await forwarder.up();
    const url = new URL(h.t.url);
    url.host = `127.0.0.1:${forwarder.port}`;
    const db = createDb(url.toString(), { max: 2 });
    const app = await buildApp({
      config: {
        PUBLIC_BASE_URL: 'http://localhost',
        SIGNED_LINK_SECRET: 'test-link-secret-of-at-least-32-characters',
        SESSION_TTL_HOURS: 1,
        LOG_LEVEL: 'silent',
      },
      db,
      redis: h.redis,
      logger: false,
      passwords: h.passwords,
      clock: h.clock,
    });
    try {
      const token = await h.login(h.a.staff.coordinator.email);
      const list = () => app.inject({ method: 'GET', url: '/residents', headers: bearer(token) });
      expect((await list()).statusCode).toBe(200);
      await forwarder.down();
      // Many failed connection attempts: postgres.js alone would then wait 10-20 s before the next one.
      for (let i = 0; i < 12; i++) expect((await list()).statusCode).toBe(503);
      await forwarder.up();
      const started = Date.now();
      let status = 0;
      while (Date.now() - started < 15_000) {
        status = (await list()).statusCode;
        if (status === 200) break;
      }
      expect(status).toBe(200);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await app.close();
      await db.sql.end({ timeout: 0 });
      await forwarder.down();
    }
  }, 30_000);
});
