import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createHarness, type Harness } from './fixture';

let dist: string;
let h: Harness;
let withoutApp: Harness;
beforeAll(async () => {
  dist = await mkdtemp(path.join(os.tmpdir(), 'solimob-web-dist-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(
    path.join(dist, 'index.html'),
    '<!doctype html><html lang="fr"><div id="root"></div></html>',
  );
  await writeFile(path.join(dist, 'assets', 'index-abc123.js'), 'console.log("app")');
  h = await createHarness({ webDistDir: dist });
  withoutApp = await createHarness({ webDistDir: path.join(dist, 'missing') });
});
afterAll(async () => {
  await h?.close();
  await withoutApp?.close();
  await rm(dist, { recursive: true, force: true });
});

describe('the web app, served from the same origin as the API', () => {
  it("answers the app's index.html for its own paths, uncached and without a Referer", async () => {
    for (const url of ['/', '/app', '/app/', '/app/habitants/123']) {
      const response = await h.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(response.body, url).toContain('<div id="root">');
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers['referrer-policy'], url).toBe('no-referrer');
      expect(response.headers['content-security-policy'], url).toContain("script-src 'self'");
    }
  });

  it('serves hashed assets for a year and answers a missing one with the JSON 404', async () => {
    const asset = await h.app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('console.log("app")');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await h.app.inject({ method: 'GET', url: '/assets/nope.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
    const outside = await h.app.inject({ method: 'GET', url: '/assets/../index.html' });
    expect(outside.body).not.toContain('<div id="root">');
  });

  it('leaves the API where it is and keeps the app out of the OpenAPI document', async () => {
    const staff = await h.app.inject({ method: 'GET', url: '/residents' });
    expect(staff.statusCode).toBe(401);
    const coordinator = await h.login(h.a.staff.coordinator.email);
    const list = await h.app.inject({ method: 'GET', url: '/residents', headers: bearer(coordinator) });
    expect(list.statusCode).toBe(200);
    const unknown = await h.app.inject({ method: 'GET', url: '/nothing-here' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('not_found');
    const document = (await h.app.inject({ method: 'GET', url: '/docs/json' })).json();
    const paths = Object.keys(document.paths);
    expect(paths.filter((p) => p === '/' || /^\/(app|assets)\b/.test(p))).toEqual([]);
  });

  it('still starts without a built app, and says in French how to build it', async () => {
    const root = await withoutApp.app.inject({ method: 'GET', url: '/' });
    expect(root.statusCode).toBe(503);
    expect(root.headers['content-type']).toMatch(/^text\/html/);
    expect(root.body).toContain("L'application web n'est pas construite");
    expect(root.body).toContain('pnpm --filter @solimob/web build');
    expect((await withoutApp.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
  });
});
