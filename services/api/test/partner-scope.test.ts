import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createHarness, type Harness } from './fixture';
import { createWorld, narrowPartner, type World } from './world';

/*
 * A partner (a commune's social service) sees and acts only on the residents living in the communes
 * an admin linked to its account, and on their bookings and ride requests: everyone else is "not
 * found", exactly like another territory's records.
 */
let h: Harness;
let w: World;
let partner: string;
let admin: string;

beforeAll(async () => {
  h = await createHarness();
  w = await createWorld(h, h.a, 'a');
  await narrowPartner(h, h.a);
  partner = await h.login(h.a.staff.partner.email);
  admin = await h.login(h.a.staff.admin.email);
});
afterAll(async () => {
  await h?.close();
});

const api = (method: 'GET' | 'POST' | 'PUT', url: string, token: string, payload?: object) =>
  h.app.inject({ method, url, headers: bearer(token), ...(payload && { payload }) });
const ids = (response: { json(): { items: { id: string }[] } }) =>
  response
    .json()
    .items.map((i) => i.id)
    .sort();

describe('a partner limited to one commune', () => {
  it('lists, searches and reads only the residents living there', async () => {
    const list = await api('GET', '/residents', partner);
    expect(list.statusCode).toBe(200);
    expect(ids(list)).toEqual([w.residents.inside]);
    expect(list.json().total).toBe(1);
    // Searching by name or number does not reach past the scope either.
    expect(ids(await api('GET', '/residents?q=Yves', partner))).toEqual([]);
    expect(ids(await api('GET', '/residents?q=06 39 98 10 01', partner))).toEqual([]);
    expect(ids(await api('GET', '/residents?q=Anne', partner))).toEqual([w.residents.inside]);
    expect(ids(await api('GET', `/residents?ids=${w.residents.outside}`, partner))).toEqual([]);
    expect((await api('GET', `/residents/${w.residents.inside}`, partner)).statusCode).toBe(200);
    expect((await api('GET', `/residents/${w.residents.outside}`, partner)).statusCode).toBe(404);
    // A coordinator still sees both.
    expect(ids(await api('GET', '/residents', w.coordinator))).toEqual(
      [w.residents.inside, w.residents.outside].sort(),
    );
  });

  it('sees and cancels only their ride requests, and books only for them', async () => {
    expect(ids(await api('GET', '/ride-requests', partner))).toEqual([w.rideRequests.inside]);
    expect(ids(await api('GET', `/ride-requests?residentId=${w.residents.outside}`, partner))).toEqual([]);
    expect((await api('GET', `/ride-requests/${w.rideRequests.inside}`, partner)).statusCode).toBe(200);
    expect((await api('GET', `/ride-requests/${w.rideRequests.outside}`, partner)).statusCode).toBe(404);
    const booking = {
      destination: { placeId: w.market },
      requestedTime: '2026-12-08T08:30:00.000Z',
      timeAnchor: 'arrival',
      purpose: 'market',
    };
    expect(
      (await api('POST', '/ride-requests', partner, { ...booking, residentId: w.residents.outside }))
        .statusCode,
    ).toBe(404);
    expect(
      (await api('POST', '/ride-requests', partner, { ...booking, residentId: w.residents.inside }))
        .statusCode,
    ).toBe(201);
    const cancel = (id: string) =>
      api('POST', `/ride-requests/${id}/cancel`, partner, { reason: 'resident_cancelled' });
    expect((await cancel(w.rideRequests.outside)).statusCode).toBe(404);
    expect(
      (await api('GET', `/ride-requests/${w.rideRequests.outside}`, w.coordinator)).json().status,
    ).not.toBe('cancelled');
  });

  it('sees and acts only on their seat bookings and subscriptions', async () => {
    const roundBookings = await api('GET', `/shuttle-rounds/${w.round}/bookings`, partner);
    expect(roundBookings.statusCode).toBe(200);
    expect(ids(roundBookings)).toEqual([w.seatBookings.inside]);
    expect(ids(await api('GET', `/seat-bookings?residentId=${w.residents.outside}`, partner))).toEqual([]);
    expect(ids(await api('GET', '/shuttle-subscriptions', partner))).toEqual([w.subscriptions.inside]);
    expect(
      (
        await api('POST', '/seat-bookings', partner, {
          shuttleRoundId: w.round,
          residentId: w.residents.outside,
          passengers: 2,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await api('POST', `/seat-bookings/${w.seatBookings.outside}/cancel`, partner, {})).statusCode,
    ).toBe(404);
    expect(
      (await api('POST', `/shuttle-subscriptions/${w.subscriptions.outside}/end`, partner)).statusCode,
    ).toBe(404);
    // The round's plan and planning board name every passenger: not for partners.
    expect((await api('GET', `/shuttle-rounds/${w.round}/planning`, partner)).statusCode).toBe(403);
  });

  it('sees nothing once its communes are removed; admins manage the links within their territory', async () => {
    const set = (staffId: string, communeIds: string[], token = admin) =>
      api('PUT', `/staff/${staffId}/communes`, token, { communeIds });
    // Another territory's commune, a non-partner account, a non-admin: refused.
    expect((await set(h.a.staff.partner.id, [h.b.communes[0]!.id])).statusCode).toBe(400);
    expect((await set(h.a.staff.coordinator.id, [h.a.communes[0]!.id])).statusCode).toBe(400);
    expect((await set(h.a.staff.partner.id, [], w.coordinator)).statusCode).toBe(403);
    expect((await set(h.b.staff.partner.id, [])).statusCode).toBe(404);
    const cleared = await set(h.a.staff.partner.id, []);
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json().communeIds).toEqual([]);
    expect((await api('GET', '/residents', partner)).json().total).toBe(0);
    expect((await api('GET', `/residents/${w.residents.inside}`, partner)).statusCode).toBe(404);
    const restored = await set(h.a.staff.partner.id, [h.a.communes[0]!.id]);
    expect(restored.json().communeIds).toEqual([h.a.communes[0]!.id]);
    const me = await api('GET', '/auth/me', partner);
    expect(me.json().user.communeIds).toEqual([h.a.communes[0]!.id]);
  });
});
