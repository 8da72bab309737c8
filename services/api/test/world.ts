import { expect } from 'vitest';
import { bearer, type Harness, type Territory } from './fixture';

/**
 * One territory's records, created through the API by its coordinator: a resident living in each of
 * the two communes (`inside` in communes[0], `outside` in communes[1]), a ride request, a seat booking
 * and a subscription for each, a market, a shuttle line with its rounds and a volunteer. The access
 * tests narrow the partner to communes[0]: `inside` is theirs, `outside` is not.
 */
export interface World {
  territory: Territory;
  coordinator: string;
  market: string;
  line: string;
  round: string;
  volunteer: string;
  residents: { inside: string; outside: string };
  rideRequests: { inside: string; outside: string };
  seatBookings: { inside: string; outside: string };
  subscriptions: { inside: string; outside: string };
}

// Monday 7 December 2026, 09:30 in Paris (the harness clock is Monday 30 November).
const REQUESTED_TIME = '2026-12-07T08:30:00.000Z';

export async function createWorld(h: Harness, territory: Territory, tag: string): Promise<World> {
  const coordinator = await h.login(territory.staff.coordinator.email);
  const call = async (method: 'POST' | 'PUT', url: string, payload: object, status = 201) => {
    const response = await h.app.inject({ method, url, headers: bearer(coordinator), payload });
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(status);
    return response.json();
  };
  const [inCommune, outCommune] = territory.communes;
  const market = (
    await call('POST', '/places', {
      name: `Les Halles ${tag}`,
      kind: 'market',
      communeId: outCommune!.id,
      location: { lat: 47.6607, lon: -2.4526 },
    })
  ).id as string;
  const resident = async (communeId: string, i: number) =>
    (
      await call('POST', '/residents', {
        firstName: i === 0 ? 'Anne' : 'Yves',
        lastName: `Le Goff ${tag}`,
        communeId,
        addressLine: `${i + 3} route de Vannes, 56230 Berric`,
        location: { lat: 47.63 + i * 0.004, lon: -2.52 },
        preferredChannel: 'sms',
        phones: [{ number: `06 39 98 1${tag === 'a' ? 0 : 1} 0${i}` }],
      })
    ).id as string;
  const residents = { inside: await resident(inCommune!.id, 0), outside: await resident(outCommune!.id, 1) };
  const line = (
    await call('POST', '/shuttle-lines', {
      name: `Navette du lundi ${tag}`,
      marketPlaceId: market,
      weekday: 1,
      arrivalTime: '09:30',
      departureTime: '11:30',
      mode: 'door_to_door',
      communeIds: territory.communes.map((c) => c.id),
      vehicles: [{ name: 'Minibus', seats: 8, wheelchairPlaces: 1 }],
    })
  ).id as string;
  const rounds = await h.app.inject({
    url: `/shuttle-rounds?shuttleLineId=${line}`,
    headers: bearer(coordinator),
  });
  const round = rounds.json().items[0].id as string;
  const rideRequest = async (residentId: string) =>
    (
      await call('POST', '/ride-requests', {
        residentId,
        destination: { placeId: market },
        requestedTime: REQUESTED_TIME,
        timeAnchor: 'arrival',
        purpose: 'market',
      })
    ).id as string;
  const seatBooking = async (residentId: string) =>
    (await call('POST', '/seat-bookings', { shuttleRoundId: round, residentId })).id as string;
  // Subscriptions on the line book the later rounds; the first round's seats are booked by hand.
  const subscription = async (residentId: string) =>
    (
      await call('POST', '/shuttle-subscriptions', {
        shuttleLineId: line,
        residentId,
        startsOn: '2026-12-14',
      })
    ).id as string;
  const volunteer = (
    await call('POST', '/volunteers', {
      firstName: 'Paul',
      lastName: `Conducteur ${tag}`,
      communeId: inCommune!.id,
      homeLocation: { lat: 47.66, lon: -2.45 },
      servedCommuneIds: territory.communes.map((c) => c.id),
      phones: [{ number: `06 39 98 2${tag === 'a' ? 0 : 1} 00` }],
    })
  ).id as string;
  return {
    territory,
    coordinator,
    market,
    line,
    round,
    volunteer,
    residents,
    rideRequests: {
      inside: await rideRequest(residents.inside),
      outside: await rideRequest(residents.outside),
    },
    seatBookings: {
      inside: await seatBooking(residents.inside),
      outside: await seatBooking(residents.outside),
    },
    subscriptions: {
      inside: await subscription(residents.inside),
      outside: await subscription(residents.outside),
    },
  };
}

/** Limits the territory's partner to its first commune (where `inside` lives), as an admin would. */
export async function narrowPartner(h: Harness, territory: Territory): Promise<void> {
  const admin = await h.login(territory.staff.admin.email);
  const response = await h.app.inject({
    method: 'PUT',
    url: `/staff/${territory.staff.partner.id}/communes`,
    headers: bearer(admin),
    payload: { communeIds: [territory.communes[0]!.id] },
  });
  expect(response.statusCode, response.body).toBe(200);
}
