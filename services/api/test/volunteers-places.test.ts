import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, countRows, createHarness, type Harness } from './fixture';

let h: Harness;
let coordinator: string;
beforeAll(async () => {
  h = await createHarness();
  coordinator = await h.login(h.a.staff.coordinator.email);
});
afterAll(async () => {
  await h?.close();
});

const volunteer = (overrides: Record<string, unknown> = {}) => ({
  firstName: 'Loïc',
  lastName: 'Guého',
  communeId: h.a.communes[0]!.id,
  homeLocation: { lat: 47.66, lon: -2.45 },
  seats: 3,
  wheelchairCapable: false,
  servedCommuneIds: h.a.communes.map((c) => c.id),
  monthlyTripCap: 8,
  phones: [{ number: '07 58 12 34 56' }],
  availabilities: [
    { weekday: 1, start: '08:00', end: '12:30' },
    { weekday: 4, start: '13:30', end: '18:00' },
  ],
  absences: [{ startsOn: '2026-12-20', endsOn: '2027-01-03' }],
  ...overrides,
});

describe('volunteers', () => {
  it('creates, reads, updates lists and deactivates a volunteer driver', async () => {
    const created = await h.app.inject({
      method: 'POST',
      url: '/volunteers',
      headers: bearer(coordinator),
      payload: volunteer(),
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({
      phones: [{ e164: '+33758123456', kind: 'mobile', isPrimary: true }],
      availabilities: [
        { weekday: 1, start: '08:00', end: '12:30' },
        { weekday: 4, start: '13:30', end: '18:00' },
      ],
      absences: [{ startsOn: '2026-12-20', endsOn: '2027-01-03' }],
      monthlyTripCap: 8,
      maxDistanceKm: null,
      active: true,
    });
    expect(body.servedCommuneIds.sort()).toEqual(h.a.communes.map((c) => c.id).sort());

    const patched = await h.app.inject({
      method: 'PATCH',
      url: `/volunteers/${body.id}`,
      headers: bearer(coordinator),
      payload: {
        servedCommuneIds: [],
        maxDistanceKm: 15,
        availabilities: [{ weekday: 2, start: '09:00', end: '11:00' }],
      },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      servedCommuneIds: [],
      maxDistanceKm: 15,
      availabilities: [{ weekday: 2, start: '09:00', end: '11:00' }],
      absences: [{ startsOn: '2026-12-20', endsOn: '2027-01-03' }],
    });

    const deactivated = await h.app.inject({
      method: 'DELETE',
      url: `/volunteers/${body.id}`,
      headers: bearer(coordinator),
    });
    expect(deactivated.json().active).toBe(false);
    const active = await h.app.inject({
      method: 'GET',
      url: '/volunteers?active=true',
      headers: bearer(coordinator),
    });
    expect(active.json().items.map((v: { id: string }) => v.id)).not.toContain(body.id);
  });

  it('checks time ranges, a mobile for offers and served communes, writing nothing on error', async () => {
    const before = await countRows(h.t, 'volunteer_drivers');
    const response = await h.app.inject({
      method: 'POST',
      url: '/volunteers',
      headers: bearer(coordinator),
      payload: volunteer({
        phones: [{ number: '02 97 26 11 38' }],
        availabilities: [{ weekday: 1, start: '12:00', end: '08:00' }],
        absences: [{ startsOn: '2027-01-03', endsOn: '2026-12-20' }],
      }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { field: '/phones', message: 'at least one mobile is needed to receive trip offers by SMS' },
      { field: '/availabilities/0/end', message: 'must be after start' },
      { field: '/absences/0/endsOn', message: 'must not be before startsOn' },
    ]);
    const foreign = await h.app.inject({
      method: 'POST',
      url: '/volunteers',
      headers: bearer(coordinator),
      payload: volunteer({ servedCommuneIds: [h.a.communes[0]!.id, h.b.communes[0]!.id] }),
    });
    expect(foreign.json().error.fields).toEqual([
      { field: '/servedCommuneIds/1', message: 'unknown commune for this territory' },
    ]);
    const badTime = await h.app.inject({
      method: 'POST',
      url: '/volunteers',
      headers: bearer(coordinator),
      payload: volunteer({ availabilities: [{ weekday: 8, start: '25:00', end: '10:00' }] }),
    });
    expect(
      badTime
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['/availabilities/0/start', '/availabilities/0/weekday']);
    expect(await countRows(h.t, 'volunteer_drivers')).toBe(before);
  });

  it('keeps partners away from volunteer management', async () => {
    const partner = await h.login(h.a.staff.partner.email);
    const write = await h.app.inject({
      method: 'POST',
      url: '/volunteers',
      headers: bearer(partner),
      payload: volunteer(),
    });
    expect(write.statusCode).toBe(403);
    const read = await h.app.inject({ method: 'GET', url: '/volunteers', headers: bearer(partner) });
    expect(read.statusCode).toBe(403);
  });
});

describe('places', () => {
  it('creates places with normalised aliases, finds them by alias, and refuses a duplicate name', async () => {
    const payload = {
      name: 'Maison de santé de Rochefort',
      kind: 'health_centre',
      communeId: h.a.communes[1]!.id,
      address: '2 rue du Château',
      location: { lat: 47.7, lon: -2.33 },
      aliases: ['Maison de Santé', 'MSP Rochefort', 'maison de santé'],
    };
    const created = await h.app.inject({
      method: 'POST',
      url: '/places',
      headers: bearer(coordinator),
      payload,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().aliases).toEqual(['maison de sante', 'msp rochefort']);

    const found = await h.app.inject({ method: 'GET', url: '/places?q=MSP', headers: bearer(coordinator) });
    expect(found.json().items.map((p: { id: string }) => p.id)).toEqual([created.json().id]);

    const duplicate = await h.app.inject({
      method: 'POST',
      url: '/places',
      headers: bearer(coordinator),
      payload,
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error).toMatchObject({
      code: 'conflict',
      fields: [{ field: '/name', message: 'already in use' }],
    });
    expect(duplicate.body).not.toContain('Rochefort');

    const readOnly = await h.login(h.a.staff.read_only.email);
    const patch = await h.app.inject({
      method: 'PATCH',
      url: `/places/${created.json().id}`,
      headers: bearer(readOnly),
      payload: { name: 'X' },
    });
    expect(patch.statusCode).toBe(403);

    const other = await h.login(h.b.staff.admin.email);
    expect(
      (await h.app.inject({ method: 'GET', url: `/places/${created.json().id}`, headers: bearer(other) }))
        .statusCode,
    ).toBe(404);
  });

  it('rejects an empty update and a malformed id', async () => {
    const empty = await h.app.inject({
      method: 'PATCH',
      url: '/places/00000000-0000-4000-8000-000000000000',
      headers: bearer(coordinator),
      payload: {},
    });
    expect(empty.statusCode).toBe(400);
    const badId = await h.app.inject({
      method: 'GET',
      url: '/places/not-a-uuid',
      headers: bearer(coordinator),
    });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.fields).toEqual([{ field: 'params/id', message: expect.any(String) }]);
  });
});
