import { schema } from '@solimob/db';
import { parse } from 'csv-parse/sync';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createHarness, type Harness } from './fixture';
import { createWorld, type World } from './world';

/*
 * A resident's personal data: consent history with date and channel, an audit of who read their
 * record, an export in JSON and CSV, an erasure by pseudonymisation that leaves the reports unchanged,
 * and the record of each request.
 */
let h: Harness;
let w: World;
let coordinator: string;
let admin: string;

beforeAll(async () => {
  h = await createHarness();
  w = await createWorld(h, h.a, 'a');
  coordinator = w.coordinator;
  admin = await h.login(h.a.staff.admin.email);
  // A message in the resident's conversation.
  await h.t.db.insert(schema.messages).values({
    territoryId: h.a.id,
    direction: 'inbound',
    channel: 'sms',
    counterpartPhone: '+33639981000',
    body: 'Je voudrais aller chez le cardiologue mardi',
    status: 'received',
    residentId: w.residents.inside,
  });
});
afterAll(async () => {
  await h?.close();
});

const api = (method: 'GET' | 'POST' | 'PATCH', url: string, token: string, payload?: object) =>
  h.app.inject({ method, url, headers: bearer(token), ...(payload && { payload }) });
const auditOf = (residentId: string, action: string) =>
  h.t.db
    .select()
    .from(schema.auditLog)
    .where(and(eq(schema.auditLog.entityId, residentId), eq(schema.auditLog.action, action)));

describe('consent', () => {
  it('keeps a history of each consent given or withdrawn, with its date and channel', async () => {
    const id = w.residents.outside;
    const given = await api('PATCH', `/residents/${id}`, coordinator, {
      consent: { source: 'formulaire signé au CIAS', channel: 'paper_form', at: '2026-11-02T10:00:00.000Z' },
    });
    expect(given.statusCode, given.body).toBe(200);
    expect(given.json().consent).toEqual({
      at: '2026-11-02T10:00:00.000Z',
      source: 'formulaire signé au CIAS',
    });
    // A form saved again with the same consent adds nothing to the history.
    const again = await api('PATCH', `/residents/${id}`, coordinator, {
      accessNote: 'Sonner deux fois',
      consent: { source: 'formulaire signé au CIAS', at: '2026-11-02T10:00:00.000Z' },
    });
    expect(again.statusCode, again.body).toBe(200);
    const withdrawn = await api('POST', `/residents/${id}/consents`, coordinator, {
      given: false,
      channel: 'phone',
      at: '2026-11-20T09:00:00.000Z',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(201);
    expect((await api('GET', `/residents/${id}`, coordinator)).json().consent).toBeNull();
    const bad = await api('POST', `/residents/${id}/consents`, coordinator, {
      given: true,
      channel: 'pigeon',
    });
    expect(bad.statusCode).toBe(400);
    const history = await api('GET', `/residents/${id}/consents`, coordinator);
    expect(history.statusCode).toBe(200);
    expect(
      history
        .json()
        .items.map((c: { given: boolean; channel: string; at: string }) => [c.given, c.channel, c.at]),
    ).toEqual([
      [true, 'paper_form', '2026-11-02T10:00:00.000Z'],
      [false, 'phone', '2026-11-20T09:00:00.000Z'],
    ]);
    expect(history.json().items[1].recordedBy).toEqual({ kind: 'staff', id: h.a.staff.coordinator.id });
    expect(
      (await api('GET', `/residents/${id}/consents`, await h.login(h.b.staff.admin.email))).statusCode,
    ).toBe(404);
  });
});

describe('the audit of a resident’s record', () => {
  it('records who read the record and the conversation, not only who changed it', async () => {
    const id = w.residents.inside;
    const readOnly = await h.login(h.a.staff.read_only.email);
    expect((await api('GET', `/residents/${id}`, readOnly)).statusCode).toBe(200);
    expect((await api('GET', `/residents/${id}/messages`, coordinator)).statusCode).toBe(200);
    const reads = await auditOf(id, 'resident.read');
    expect(reads.map((r) => r.actorId)).toContain(h.a.staff.read_only.id);
    const conversation = await auditOf(id, 'resident.messages.read');
    expect(conversation.map((r) => r.actorId)).toEqual([h.a.staff.coordinator.id]);
    // Ids only in the audit details, never the person's data.
    expect(JSON.stringify([...reads, ...conversation])).not.toContain('Le Goff');
  });
});

describe('export', () => {
  it('gives everything held about a resident as JSON and CSV, and records each request', async () => {
    const id = w.residents.inside;
    const json = await api('GET', `/residents/${id}/export`, coordinator);
    expect(json.statusCode, json.body).toBe(200);
    expect(json.headers['cache-control']).toBe('no-store');
    const data = json.json();
    expect(data.resident).toMatchObject({ id, firstName: 'Anne', lastName: 'Le Goff a' });
    expect(data.resident.phones).toEqual([{ e164: '+33639981000', kind: 'mobile', isPrimary: true }]);
    expect(data.rideRequests.map((r: { id: string }) => r.id)).toEqual([w.rideRequests.inside]);
    expect(data.seatBookings.map((r: { id: string }) => r.id)).toContain(w.seatBookings.inside);
    expect(data.messages.map((m: { body: string }) => m.body)).toContain(
      'Je voudrais aller chez le cardiologue mardi',
    );
    expect(data.accessLog.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['resident.create', 'resident.read', 'resident.messages.read']),
    );

    h.clock.advanceHours(1);
    const csv = await api('GET', `/residents/${id}/export?format=csv`, admin);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const rows = parse(csv.body) as string[][];
    expect(rows[0]).toEqual(['section', 'record', 'field', 'value']);
    expect(rows).toContainEqual(['resident', '1', 'firstName', 'Anne']);
    expect(rows).toContainEqual(['rideRequests', '1', 'id', w.rideRequests.inside]);

    const requests = await api('GET', `/data-requests?residentId=${id}`, admin);
    expect(requests.json().items.map((r: { kind: string; format: string }) => [r.kind, r.format])).toEqual([
      ['export', 'csv'],
      ['export', 'json'],
    ]);
    expect(requests.json().items[0].requestedBy).toEqual({ kind: 'staff', id: h.a.staff.admin.id });
    // Partners and read-only accounts do not export.
    expect(
      (await api('GET', `/residents/${id}/export`, await h.login(h.a.staff.read_only.email))).statusCode,
    ).toBe(403);
  });
});

describe('erasure', () => {
  it('pseudonymises the resident once nothing is to come, keeps the reports exact and records the request', async () => {
    const id = w.residents.inside;
    const report = async () =>
      (await api('GET', '/reports/communes?from=2026-11&to=2026-12', coordinator)).json() as unknown;
    // Something still to come: cancel it first.
    const refused = await api('POST', `/residents/${id}/erase`, coordinator, {});
    expect(refused.statusCode).toBe(409);
    expect(
      (
        await api('POST', `/ride-requests/${w.rideRequests.inside}/cancel`, coordinator, {
          reason: 'resident_cancelled',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await api('POST', `/seat-bookings/${w.seatBookings.inside}/cancel`, coordinator, {})).statusCode,
    ).toBe(200);
    const subscribed = await h.t.db
      .select({ id: schema.seatBookings.id })
      .from(schema.seatBookings)
      .where(and(eq(schema.seatBookings.residentId, id), eq(schema.seatBookings.status, 'confirmed')));
    for (const seat of subscribed) {
      expect((await api('POST', `/seat-bookings/${seat.id}/cancel`, coordinator, {})).statusCode).toBe(200);
    }
    h.clock.advanceHours(1);
    const before = await report();

    const erased = await api('POST', `/residents/${id}/erase`, coordinator, { reason: 'resident_request' });
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json()).toMatchObject({
      kind: 'erasure',
      residentId: id,
      details: { reason: 'resident_request' },
    });
    expect(erased.json().details.rideRequests).toBe(1);

    const resident = (await api('GET', `/residents/${id}`, coordinator)).json();
    expect(resident).toMatchObject({
      firstName: 'Personne',
      lastName: 'effacée',
      phones: [],
      accessNote: null,
      status: 'archived',
      communeId: h.a.communes[0]!.id,
    });
    expect(resident.addressLine).toBe(h.a.communes[0]!.name);
    const [ride] = await h.t.db
      .select()
      .from(schema.rideRequests)
      .where(eq(schema.rideRequests.id, w.rideRequests.inside));
    expect(ride).toMatchObject({
      destinationPlaceId: null,
      originLabel: h.a.communes[0]!.name,
      status: 'cancelled',
    });
    expect(ride!.pseudonymisedAt).not.toBeNull();
    const messages = await h.t.db.select().from(schema.messages).where(eq(schema.messages.residentId, id));
    // Every message blanked, those still waiting to go included (and they will not go).
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.every((m) => m.body === '' && m.counterpartPhone === '' && m.status !== 'pending')).toBe(
      true,
    );
    // Searching for the old name or number finds nobody.
    expect((await api('GET', '/residents?q=Anne', coordinator)).json().total).toBe(0);
    expect((await api('GET', '/residents?q=0639981000', coordinator)).json().total).toBe(0);

    expect(await report()).toEqual(before);
    expect((await api('POST', `/residents/${id}/erase`, coordinator, {})).statusCode).toBe(409);
    const kinds = (await api('GET', '/data-requests', admin))
      .json()
      .items.map((r: { kind: string }) => r.kind);
    expect(kinds[0]).toBe('erasure');
  });
});
