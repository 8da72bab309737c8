import { schema } from '@solimob/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createHarness, type Harness } from './fixture';

let h: Harness;
let coordinator: string;
let residentId: string;
let volunteerId: string;
let foreignResidentId: string;

const createResident = async (token: string, communeId: string, phone: string) => {
  const response = await h.app.inject({
    method: 'POST',
    url: '/residents',
    headers: bearer(token),
    payload: {
      firstName: 'Yvonne',
      lastName: 'Le Goff',
      communeId,
      addressLine: '3 rue des Halles, 56230 Questembert',
      location: { lat: 47.66, lon: -2.45 },
      phones: [{ number: phone }],
    },
  });
  return response.json<{ id: string }>().id;
};

beforeAll(async () => {
  h = await createHarness();
  coordinator = await h.login(h.a.staff.coordinator.email);
  residentId = await createResident(coordinator, h.a.communes[0]!.id, '06 12 34 56 78');
  foreignResidentId = await createResident(
    await h.login(h.b.staff.coordinator.email),
    h.b.communes[0]!.id,
    '06 12 34 56 79',
  );
  const volunteer = await h.app.inject({
    method: 'POST',
    url: '/volunteers',
    headers: bearer(coordinator),
    payload: {
      firstName: 'Loïc',
      lastName: 'Évenou',
      communeId: h.a.communes[0]!.id,
      homeLocation: { lat: 47.66, lon: -2.45 },
      phones: [{ number: '06 11 22 33 44' }],
    },
  });
  volunteerId = volunteer.json<{ id: string }>().id;
  const at = (minutes: number) => new Date(Date.UTC(2026, 10, 30, 8, minutes));
  const base = { territoryId: h.a.id, channel: 'sms' as const, counterpartPhone: '+33612345678' };
  await h.t.db.insert(schema.messages).values([
    { ...base, direction: 'outbound', status: 'delivered', body: 'Bonjour 1', residentId, createdAt: at(1) },
    { ...base, direction: 'inbound', status: 'received', body: 'Réponse 2', residentId, createdAt: at(2) },
    {
      ...base,
      direction: 'outbound',
      channel: 'voice',
      status: 'failed',
      errorCode: '21211',
      body: 'Appel 3',
      residentId,
      createdAt: at(3),
    },
    {
      ...base,
      counterpartPhone: '+33611223344',
      direction: 'outbound',
      status: 'sent',
      body: 'Offre 4',
      volunteerDriverId: volunteerId,
      createdAt: at(4),
    },
  ]);
});
afterAll(async () => {
  await h?.close();
});

const get = (url: string, token = coordinator) =>
  h.app.inject({ method: 'GET', url, headers: bearer(token) });

describe('conversation timelines', () => {
  it("lists a resident's SMS and calls, in and out, newest first, paginated", async () => {
    const first = await get(`/residents/${residentId}/messages?pageSize=2`);
    expect(first.statusCode).toBe(200);
    const page = first.json();
    expect(page.total).toBe(3);
    expect(page.items.map((m: { body: string }) => m.body)).toEqual(['Appel 3', 'Réponse 2']);
    expect(page.items[0]).toMatchObject({
      direction: 'outbound',
      channel: 'voice',
      status: 'failed',
      errorCode: '21211',
      residentId,
      volunteerDriverId: null,
    });
    const second = (await get(`/residents/${residentId}/messages?pageSize=2&page=2`)).json();
    expect(second.items.map((m: { body: string }) => m.body)).toEqual(['Bonjour 1']);
  });

  it("lists a volunteer's messages", async () => {
    const page = (await get(`/volunteers/${volunteerId}/messages`)).json();
    expect(page.items.map((m: { body: string }) => m.body)).toEqual(['Offre 4']);
  });

  it('lists failed messages across the territory', async () => {
    const page = (await get('/messages?status=failed&status=undelivered')).json();
    expect(page.items.map((m: { body: string }) => m.body)).toEqual(['Appel 3']);
    expect((await get('/messages?status=nonsense')).statusCode).toBe(400);
  });

  it('keeps conversations from roles that may not read them and from other territories', async () => {
    for (const role of ['partner', 'read_only'] as const) {
      const token = await h.login(h.a.staff[role].email);
      expect((await get(`/residents/${residentId}/messages`, token)).statusCode).toBe(403);
      expect((await get('/messages', token)).statusCode).toBe(403);
    }
    expect((await get(`/residents/${foreignResidentId}/messages`)).statusCode).toBe(404);
    expect((await get(`/volunteers/${residentId}/messages`)).statusCode).toBe(404);
    const foreign = await h.login(h.b.staff.coordinator.email);
    expect((await get('/messages', foreign)).json().total).toBe(0);
  });
});
