import { schema } from '@solimob/db';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createHarness, type Harness } from './fixture';

/*
 * The report routes (the figures themselves are tested in the domain on a worked dataset), the
 * territory's profile and the web app's public settings.
 */

let h: Harness;
let coordinator: string;
let readOnly: string;
let partner: string;
let otherTerritory: string;

beforeAll(async () => {
  h = await createHarness();
  coordinator = await h.login(h.a.staff.coordinator.email);
  readOnly = await h.login(h.a.staff.read_only.email);
  partner = await h.login(h.a.staff.partner.email);
  otherTerritory = await h.login(h.b.staff.coordinator.email);
  // One served ride in November for a resident of Questembert-a (zone Centre).
  const questembert = h.a.communes.find((c) => c.name === 'Questembert-a')!;
  const [resident] = await h.t.db
    .insert(schema.residents)
    .values({
      territoryId: h.a.id,
      firstName: 'Anne',
      lastName: 'Le Goff',
      communeId: questembert.id,
      addressLine: '1 rue',
      lat: 47.66,
      lon: -2.45,
    })
    .returning();
  await h.t.db.insert(schema.rideRequests).values({
    territoryId: h.a.id,
    residentId: resident!.id,
    originLabel: 'Domicile',
    originLat: 47.66,
    originLon: -2.45,
    destinationLabel: 'Gare',
    destinationLat: 47.66,
    destinationLon: -2.45,
    timeAnchor: 'pickup',
    requestedTime: new Date('2026-11-12T09:00:00Z'),
    purpose: 'health',
    channel: 'staff',
    status: 'completed',
    passengers: 2,
  });
});
afterAll(async () => {
  await h?.close();
});

const get = (url: string, token: string, headers: Record<string, string> = {}) =>
  h.app.inject({ method: 'GET', url, headers: { ...bearer(token), ...headers } });

describe('reports', () => {
  it('answers JSON per month, commune and zone for staff who read reports, scoped to their territory', async () => {
    const monthly = await get('/reports/monthly?from=2026-10&to=2026-11', readOnly);
    expect(monthly.statusCode).toBe(200);
    expect(monthly.json()).toMatchObject({
      kind: 'month',
      from: '2026-10',
      to: '2026-11',
      timeZone: 'Europe/Paris',
      rows: [
        { key: '2026-10', label: 'octobre 2026', requests: 0 },
        {
          key: '2026-11',
          label: 'novembre 2026',
          requests: 1,
          served: 1,
          passengers: 2,
          residentsReached: 1,
        },
      ],
      totals: { requests: 1, served: 1, rides: { served: 1 }, shuttles: { bookings: 0 } },
    });
    const communes = await get('/reports/communes?from=2026-11&to=2026-11', coordinator);
    expect(communes.json().rows.map((r: { label: string; served: number }) => [r.label, r.served])).toEqual([
      ['Berric-a', 0],
      ['Questembert-a', 1],
    ]);
    const zones = await get('/reports/zones?from=2026-11&to=2026-11', coordinator);
    expect(zones.json().rows.map((r: { key: string; served: number }) => [r.key, r.served])).toEqual([
      ['Centre', 1],
      ['Ouest', 0],
    ]);
    const elsewhere = await get('/reports/monthly?from=2026-11&to=2026-11', otherTerritory);
    expect(elsewhere.json().totals.requests).toBe(0);
    expect((await get('/reports/monthly?from=2026-11&to=2026-11', partner)).statusCode).toBe(403);
    expect(
      (await h.app.inject({ method: 'GET', url: '/reports/monthly?from=2026-11&to=2026-11' })).statusCode,
    ).toBe(401);
  });

  it('answers CSV for ?format=csv or an Accept header, and refuses a bad period in English for clients', async () => {
    const byQuery = await get('/reports/zones?from=2026-11&to=2026-11&format=csv', coordinator);
    expect(byQuery.statusCode).toBe(200);
    expect(byQuery.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(byQuery.headers['content-disposition']).toBe(
      'attachment; filename="rapport-zones-2026-11-2026-11.csv"',
    );
    const rows = parse(byQuery.body.replace(/^\uFEFF/, ''), { delimiter: ';', columns: true });
    expect(rows).toEqual([
      expect.objectContaining({ zone: 'Centre', demandes: '1', servies: '1', passagers: '2', km: '0,0' }),
      expect.objectContaining({ zone: 'Ouest', demandes: '0' }),
      expect.objectContaining({ zone: 'Total', demandes: '1', habitants_touches: '1' }),
    ]);
    const byAccept = await get('/reports/monthly?from=2026-11&to=2026-11', coordinator, {
      accept: 'text/csv',
    });
    expect(byAccept.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(byAccept.body).toContain('novembre 2026;1;1;');
    const json = await get('/reports/monthly?from=2026-11&to=2026-11', coordinator, {
      accept: 'application/json, text/csv',
    });
    expect(json.headers['content-type']).toContain('application/json');

    const reversed = await get('/reports/monthly?from=2026-11&to=2026-10', coordinator);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.fields).toEqual([{ field: '/to', message: 'must not be before from' }]);
    expect((await get('/reports/monthly?from=2026-11', coordinator)).statusCode).toBe(400);
  });
});

describe('territory and app settings', () => {
  it("gives any staff their territory's name, time zone and ride intake rules", async () => {
    const territory = await get('/territory', partner);
    expect(territory.statusCode).toBe(200);
    expect(territory.json()).toEqual({
      id: h.a.id,
      name: 'Territory a',
      timeZone: 'Europe/Paris',
      contactPhone: null,
      rides: {
        minNoticeHours: 48,
        serviceDays: [1, 2, 3, 4, 5, 6],
        serviceStart: '08:00',
        serviceEnd: '19:00',
        destinationRadiusKm: 6,
      },
    });
    expect((await h.app.inject({ method: 'GET', url: '/territory' })).statusCode).toBe(401);
  });

  it('gives anyone the map tiles, OpenStreetMap by default, and lets the pages load them', async () => {
    const config = await h.app.inject({ method: 'GET', url: '/app-config' });
    expect(config.statusCode).toBe(200);
    expect(config.json()).toEqual({
      mapTiles: {
        url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
        attribution: '© les contributeurs d’OpenStreetMap',
      },
    });
  });

  it('turns the background map off with MAP_TILE_URL=none', async () => {
    const off = await createHarness({
      config: {
        PUBLIC_BASE_URL: 'http://localhost:3000',
        SIGNED_LINK_SECRET: 'test-link-secret-of-at-least-32-characters',
        SESSION_TTL_HOURS: 12,
        LOG_LEVEL: 'silent',
        MAP_TILE_URL: 'none',
      },
    });
    try {
      expect((await off.app.inject({ method: 'GET', url: '/app-config' })).json().mapTiles.url).toBeNull();
    } finally {
      await off.close();
    }
  });
});
