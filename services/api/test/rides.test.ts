import { schema } from '@solimob/db';
import { createLinkIssuer, matchRideRequest } from '@solimob/domain';
import { createRidesWorld, LINK_SECRET, type RidesWorld } from '@solimob/domain/testing';
import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createHarness, type Harness, PASSWORD } from './fixture';

let h: Harness;
let w: RidesWorld;
let coordinator: string;
let readOnly: string;
let partner: string;

beforeAll(async () => {
  h = await createHarness();
  w = await createRidesWorld(h.t.db, h.clock);
  // Staff of the rides territory, logging in through the API like anyone.
  const hash = await h.passwords.hash(PASSWORD);
  for (const role of ['coordinator', 'read_only', 'partner'] as const) {
    const [user] = await h.t.db
      .insert(schema.staffUsers)
      .values({
        territoryId: w.territoryId,
        email: `${role}@rides.example.org`,
        displayName: role,
        passwordHash: hash,
        role,
      })
      .returning();
    if (role === 'partner') {
      // The partner works for every commune of the rides territory (residentScope).
      const communes = await h.t.db
        .select({ id: schema.communes.id })
        .from(schema.communes)
        .where(eq(schema.communes.territoryId, w.territoryId));
      await h.t.db
        .insert(schema.staffUserCommunes)
        .values(communes.map((c) => ({ staffUserId: user!.id, communeId: c.id })));
    }
  }
  coordinator = await h.login('coordinator@rides.example.org');
  readOnly = await h.login('read_only@rides.example.org');
  partner = await h.login('partner@rides.example.org');
});
afterAll(async () => {
  await h?.close();
});

const links = createLinkIssuer({ secret: LINK_SECRET, publicBaseUrl: 'http://localhost:3000' });
const pagePath = (volunteerId: string, expiresAt = new Date('2026-12-31T00:00:00Z')) =>
  new URL(links.url({ kind: 'volunteer', id: volunteerId }, expiresAt)).pathname;

async function bookAndMatch(requestedTime: string) {
  const booked = await h.app.inject({
    method: 'POST',
    url: '/ride-requests',
    headers: bearer(coordinator),
    payload: {
      residentId: w.residents.sms,
      destination: { placeId: w.places.station },
      requestedTime,
      timeAnchor: 'arrival',
      returnWaitMinutes: 30,
      purpose: 'health',
    },
  });
  expect(booked.statusCode).toBe(201);
  const id = booked.json().id as string;
  expect(await matchRideRequest(w.deps, id)).toMatchObject({ kind: 'matched' });
  return id;
}

describe('staff routes', () => {
  it('lists the offers of a request with their status and score parts, for staff who see volunteers', async () => {
    const id = await bookAndMatch('2026-12-03T09:00:00.000Z');
    const offers = await h.app.inject({ url: `/ride-requests/${id}/offers`, headers: bearer(readOnly) });
    expect(offers.statusCode).toBe(200);
    expect(offers.json()).toHaveLength(3);
    expect(offers.json()[0]).toMatchObject({
      status: 'pending',
      wave: 1,
      volunteer: { firstName: 'Jean', lastName: 'Le Floch' },
      scoreParts: { extraKm: expect.any(Number), fairness: 0, continuity: 0, preference: 0 },
    });
    const forbidden = await h.app.inject({ url: `/ride-requests/${id}/offers`, headers: bearer(partner) });
    expect(forbidden.statusCode).toBe(403);
    const mission = await h.app.inject({ url: `/ride-requests/${id}/mission`, headers: bearer(readOnly) });
    expect(mission.json()).toMatchObject({ status: 'open', wave: 1, driver: null, rideRequestIds: [id] });
  });

  it('assigns a driver by hand, over the ranking, and refuses those who may not', async () => {
    const id = await bookAndMatch('2026-12-03T13:00:00.000Z');
    const chosen = w.volunteers[5]!;
    const denied = await h.app.inject({
      method: 'POST',
      url: `/ride-requests/${id}/assign`,
      headers: bearer(readOnly),
      payload: { volunteerDriverId: chosen },
    });
    expect(denied.statusCode).toBe(403);
    const assigned = await h.app.inject({
      method: 'POST',
      url: `/ride-requests/${id}/assign`,
      headers: bearer(coordinator),
      payload: { volunteerDriverId: chosen },
    });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json()).toMatchObject({
      status: 'assigned',
      driver: { id: chosen },
      code: expect.stringMatching(/^\d{4}$/),
    });
    const unknown = await h.app.inject({
      method: 'POST',
      url: `/ride-requests/${id}/assign`,
      headers: bearer(coordinator),
      payload: { volunteerDriverId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.statusCode).toBe(400);
  });

  it("lists the day's missions by first pick-up, by status, for every staff role that reads requests", async () => {
    const get = (token: string, query: string) =>
      h.app.inject({ method: 'GET', url: `/missions?${query}`, headers: bearer(token) });
    const day = 'from=2026-12-03T00:00:00.000Z&to=2026-12-04T00:00:00.000Z';
    const all = await get(partner, day);
    expect(all.statusCode).toBe(200);
    const items = all.json().items as { status: string; plannedStartAt: string; rideRequestIds: string[] }[];
    // The two requests booked above on 3 December: one still offered, one assigned by hand.
    expect(items.map((m) => m.status).sort()).toEqual(['assigned', 'open']);
    expect(items.map((m) => m.plannedStartAt)).toEqual([...items.map((m) => m.plannedStartAt)].sort());
    const assigned = await get(readOnly, `${day}&status=assigned`);
    expect(assigned.json()).toMatchObject({
      total: 1,
      items: [{ status: 'assigned', driver: { id: w.volunteers[5] } }],
    });
    expect((await get(readOnly, 'from=2026-12-05T00:00:00.000Z')).json().total).toBe(0);
    expect((await get(coordinator, 'status=nonsense')).statusCode).toBe(400);
  });

  it('shows the defaults of a booking in the OpenAPI document', async () => {
    const document = (await h.app.inject({ url: '/docs/json' })).json();
    const body = document.paths['/ride-requests'].post.requestBody.content['application/json'].schema;
    expect(body.properties.passengers.default).toBe(1);
    expect(body.properties.toleranceMinutes.default).toBe(15);
    expect(body.properties.returnWaitMinutes).toBeDefined();
  });

  it('records driver preferences for a resident', async () => {
    const put = await h.app.inject({
      method: 'PUT',
      url: `/residents/${w.residents.neighbour}/driver-preferences`,
      headers: bearer(coordinator),
      payload: { preferences: [{ volunteerDriverId: w.volunteers[2], kind: 'preferred' }] },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toEqual([
      { volunteerDriverId: w.volunteers[2], firstName: 'Yann', lastName: 'Morvan', kind: 'preferred' },
    ]);
  });
});

describe("a volunteer's page, by signed link", () => {
  it('shows offers without address, takes the answer, then shows the pick-up details', async () => {
    h.clock.current = new Date('2026-11-30T08:00:00Z');
    const id = await bookAndMatch('2026-12-04T09:00:00.000Z');
    const [offer] = await h.t.db
      .select()
      .from(schema.offers)
      .innerJoin(schema.missionRequests, eq(schema.missionRequests.missionId, schema.offers.missionId))
      .where(eq(schema.missionRequests.rideRequestId, id));
    const volunteer = offer!.offers.volunteerDriverId;
    const path = pagePath(volunteer);

    const page = await h.app.inject({ url: path });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('Trajets proposés');
    expect(page.body).toContain(offer!.offers.code);
    expect(page.body).not.toContain('route de Vannes');

    const answered = await h.app.inject({
      method: 'POST',
      url: `${path}/offers/${offer!.offers.id}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'answer=yes',
    });
    expect(answered.statusCode).toBe(303);
    expect(answered.headers.location).toBe(`${path}?n=assigned`);
    const after = await h.app.inject({ url: answered.headers.location as string });
    expect(after.body).toContain('Le trajet est à vous');
    expect(after.body).toContain('12 route de Vannes, 56230 Berric');
    expect(after.body).toContain('Course faite');

    // Another volunteer's offer cannot be answered with this link.
    const [other] = await h.t.db
      .select()
      .from(schema.offers)
      .where(eq(schema.offers.volunteerDriverId, w.volunteers[5]!));
    expect(other).toBeDefined();
    const foreign = await h.app.inject({
      method: 'POST',
      url: `${path}/offers/${other!.id}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'answer=yes',
    });
    expect(foreign.statusCode).toBe(404);

    // Closing on the page after the trip (staff sessions do not last that long: read first).
    const mission = (
      await h.app.inject({ url: `/ride-requests/${id}/mission`, headers: bearer(readOnly) })
    ).json();
    // The trip's route sheet: the stops in order, with the address and phone; the statements of the months.
    expect(after.body).toContain(`href="${path}/missions/${mission.id}"`);
    expect(after.body).toContain(`href="${path}/statements/2026-11"`);
    expect(after.body).toContain('Relevé de novembre 2026 (PDF)');
    expect(after.body).toContain('Relevé de octobre 2026 (PDF)');
    const sheet = await h.app.inject({ url: `${path}/missions/${mission.id}` });
    expect(sheet.statusCode).toBe(200);
    expect(sheet.headers['content-type']).toContain('text/html');
    expect(sheet.body).toContain(`Feuille de route — trajet ${mission.code}`);
    const stops = [...sheet.body.matchAll(/<strong>([^<]+)<\/strong>/g)].map((m) => m[1]);
    // There by 10:00 (the station), the driver waits 30 minutes, then drives Anne home.
    expect(stops).toEqual([
      expect.stringMatching(/^9 h \d\d — prendre Anne$/),
      expect.stringMatching(/^(9 h \d\d|10 h) — déposer Anne$/),
      expect.stringMatching(/^10 h \d\d — prendre Anne$/),
      expect.stringMatching(/^1[01] h( \d\d)? — déposer Anne$/),
    ]);
    expect(sheet.body).toContain('12 route de Vannes, 56230 Berric');
    expect(sheet.body).toContain('href="tel:0639981001"');
    const otherSheet = await h.app.inject({ url: `${pagePath(w.volunteers[5]!)}/missions/${mission.id}` });
    expect(otherSheet.statusCode).toBe(404);
    h.clock.current = new Date('2026-12-04T10:30:00Z');
    const closed = await h.app.inject({ method: 'POST', url: `${path}/missions/${mission.id}/complete` });
    expect(closed.statusCode, closed.body).toBe(303);
    h.clock.current = new Date('2026-11-30T08:00:00Z');
    expect(
      (await h.app.inject({ url: `/ride-requests/${id}`, headers: bearer(readOnly) })).json().status,
    ).toBe('completed');
  });

  it('answers an expired or forged link with a French page', async () => {
    const expired = await h.app.inject({ url: pagePath(w.volunteers[0]!, new Date('2026-11-29T00:00:00Z')) });
    expect(expired.statusCode).toBe(401);
    expect(expired.headers['content-type']).toContain('text/html');
    expect(expired.body).toContain('Ce lien a expiré');
    const forged = await h.app.inject({ url: `/b/${'A'.repeat(50)}` });
    expect(forged.statusCode).toBe(401);
    expect(forged.body).toContain("Ce lien n'est pas valide");
  });
});

describe('monthly statements', () => {
  it('gives JSON, CSV for the spreadsheet and a printable PDF', async () => {
    const [mission] = await h.t.db
      .select()
      .from(schema.missions)
      .where(eq(schema.missions.status, 'completed'));
    await h.t.db
      .update(schema.missions)
      .set({ drivenDistanceMeters: 23_456 })
      .where(eq(schema.missions.id, mission!.id));
    const url = `/volunteers/${mission!.volunteerDriverId}/statements/2026-12`;
    const json = await h.app.inject({ url, headers: bearer(readOnly) });
    expect(json.statusCode).toBe(200);
    expect(json.json().totals).toEqual({ trips: 1, km: 23.5, amountEur: 14.24, pending: 0 });
    const csv = await h.app.inject({ url: `${url}?format=csv`, headers: bearer(readOnly) });
    expect(csv.headers['content-type']).toContain('text/csv');
    const rows = parse(csv.body, { delimiter: ';', bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toMatchObject([{ km: '23,5', taux_eur_km: '0,606', montant_eur: '14,24' }]);
    const pdf = await h.app.inject({ url: `${url}?format=pdf`, headers: bearer(readOnly) });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const own = await h.app.inject({ url: `${pagePath(mission!.volunteerDriverId!)}/statements/2026-12` });
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    const partnerDenied = await h.app.inject({ url, headers: bearer(partner) });
    expect(partnerDenied.statusCode).toBe(403);
  });
});
