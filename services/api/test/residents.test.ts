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

const resident = (overrides: Record<string, unknown> = {}) => ({
  firstName: 'Yvonne',
  lastName: 'Le Goff',
  communeId: h.a.communes[0]!.id,
  addressLine: '3 rue des Halles, 56230 Questembert',
  location: { lat: 47.66, lon: -2.45 },
  mobilityNeeds: ['walking_aid'],
  preferredChannel: 'sms',
  consent: { source: 'appel avec le CIAS' },
  phones: [{ number: '06 12 34 56 78' }, { number: '02 97 26 11 38' }],
  ...overrides,
});

const post = (token: string, payload: unknown) =>
  h.app.inject({ method: 'POST', url: '/residents', headers: bearer(token), payload: payload as object });

describe('residents', () => {
  it('creates a resident with phones normalised to E.164 and typed', async () => {
    const response = await post(coordinator, resident());
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.phones).toEqual([
      { e164: '+33612345678', kind: 'mobile', isPrimary: true },
      { e164: '+33297261138', kind: 'landline', isPrimary: false },
    ]);
    expect(body).toMatchObject({
      status: 'active',
      preferredChannel: 'sms',
      location: { lat: 47.66, lon: -2.45 },
    });
    expect(body.consent.source).toBe('appel avec le CIAS');
    expect(new Date(body.consent.at).toISOString()).toBe(h.clock.now().toISOString());

    const fetched = await h.app.inject({
      method: 'GET',
      url: `/residents/${body.id}`,
      headers: bearer(coordinator),
    });
    expect(fetched.json()).toEqual(body);
  });

  it('rejects invalid input with precise fields and writes nothing', async () => {
    const before = await Promise.all([
      countRows(h.t, 'residents'),
      countRows(h.t, 'resident_phones'),
      countRows(h.t, 'audit_log'),
    ]);

    const badPhone = await post(
      coordinator,
      resident({ phones: [{ number: '06 12 34 56 78' }, { number: '01 23' }] }),
    );
    expect(badPhone.statusCode).toBe(400);
    expect(badPhone.json().error).toMatchObject({
      code: 'validation',
      fields: [{ field: '/phones/1/number', message: expect.stringContaining('invalid phone number') }],
    });

    const schemaErrors = await post(
      coordinator,
      resident({ firstName: '', location: { lat: 123, lon: 0 }, nickname: 'x' }),
    );
    expect(schemaErrors.statusCode).toBe(400);
    expect(schemaErrors.json().error.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: '/firstName' }),
        expect.objectContaining({ field: '/location/lat' }),
        { field: '/nickname', message: 'is not allowed' },
      ]),
    );

    const smsWithoutMobile = await post(coordinator, resident({ phones: [{ number: '02 97 26 11 38' }] }));
    expect(smsWithoutMobile.json().error.fields).toEqual([
      { field: '/preferredChannel', message: 'sms needs at least one mobile phone' },
    ]);

    const foreignCommune = await post(coordinator, resident({ communeId: h.b.communes[0]!.id }));
    expect(foreignCommune.statusCode).toBe(400);
    expect(foreignCommune.json().error.fields).toEqual([
      { field: '/communeId', message: 'unknown commune for this territory' },
    ]);

    const duplicatePhones = await post(
      coordinator,
      resident({ phones: [{ number: '0612345678' }, { number: '+33 6 12 34 56 78' }] }),
    );
    expect(duplicatePhones.json().error.fields).toEqual([
      { field: '/phones/1/number', message: 'duplicates another phone number' },
    ]);

    const after = await Promise.all([
      countRows(h.t, 'residents'),
      countRows(h.t, 'resident_phones'),
      countRows(h.t, 'audit_log'),
    ]);
    expect(after).toEqual(before);
  });

  it('updates fields and replaces phones; archives instead of deleting', async () => {
    const created = (
      await post(coordinator, resident({ firstName: 'Marcel', phones: [{ number: '0612000001' }] }))
    ).json();
    const patched = await h.app.inject({
      method: 'PATCH',
      url: `/residents/${created.id}`,
      headers: bearer(coordinator),
      payload: { preferredChannel: 'voice', phones: [{ number: '02 97 26 00 01', isPrimary: true }] },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      preferredChannel: 'voice',
      phones: [{ e164: '+33297260001', kind: 'landline', isPrimary: true }],
    });

    const archived = await h.app.inject({
      method: 'DELETE',
      url: `/residents/${created.id}`,
      headers: bearer(coordinator),
    });
    expect(archived.statusCode).toBe(200);
    expect(archived.json().status).toBe('archived');
    const still = await h.app.inject({
      method: 'GET',
      url: `/residents/${created.id}`,
      headers: bearer(coordinator),
    });
    expect(still.json().status).toBe('archived');
  });

  it('paginates with a bounded page size, a stable order and a total', async () => {
    for (const lastName of ['Zed', 'Abgrall', 'Morvan', 'Abgrall']) {
      expect((await post(coordinator, resident({ lastName, firstName: 'Page' }))).statusCode).toBe(201);
    }
    const all = (
      await h.app.inject({
        method: 'GET',
        url: '/residents?q=page&pageSize=100',
        headers: bearer(coordinator),
      })
    ).json();
    expect(all.total).toBe(4);
    const names = all.items.map((r: { lastName: string }) => r.lastName);
    expect(names).toEqual(['Abgrall', 'Abgrall', 'Morvan', 'Zed']);

    const seen: string[] = [];
    for (let page = 1; page <= 2; page++) {
      const response = await h.app.inject({
        method: 'GET',
        url: `/residents?q=page&pageSize=2&page=${page}`,
        headers: bearer(coordinator),
      });
      const body = response.json();
      expect(body).toMatchObject({ page, pageSize: 2, total: 4 });
      seen.push(...body.items.map((r: { id: string }) => r.id));
    }
    expect(seen).toEqual(all.items.map((r: { id: string }) => r.id));

    const tooBig = await h.app.inject({
      method: 'GET',
      url: '/residents?pageSize=1000',
      headers: bearer(coordinator),
    });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.fields).toEqual([{ field: 'query/pageSize', message: expect.any(String) }]);
  });
});

describe('roles and territories', () => {
  it('lets read-only accounts read but not write', async () => {
    const readOnly = await h.login(h.a.staff.read_only.email);
    expect(
      (await h.app.inject({ method: 'GET', url: '/residents', headers: bearer(readOnly) })).statusCode,
    ).toBe(200);
    const before = await countRows(h.t, 'residents');
    const refused = await post(readOnly, resident());
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');
    expect(await countRows(h.t, 'residents')).toBe(before);
  });

  it('hides another territory’s residents: 404 on get, update and archive, absent from lists', async () => {
    const created = (await post(coordinator, resident({ lastName: 'Territoire-A' }))).json();
    const other = await h.login(h.b.staff.admin.email);
    for (const [method, payload] of [['GET'], ['PATCH', { firstName: 'Pirate' }], ['DELETE']] as const) {
      const response = await h.app.inject({
        method,
        url: `/residents/${created.id}`,
        headers: bearer(other),
        ...(payload ? { payload } : {}),
      });
      expect(response.statusCode, method).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    }
    const list = (
      await h.app.inject({ method: 'GET', url: '/residents?pageSize=100', headers: bearer(other) })
    ).json();
    expect(list.total).toBe(0);
    const communes = (await h.app.inject({ method: 'GET', url: '/communes', headers: bearer(other) })).json();
    expect(communes.items.map((c: { id: string }) => c.id).sort()).toEqual(
      h.b.communes.map((c) => c.id).sort(),
    );
  });

  it('finds a caller by a phone number typed any way, and names a set of residents by id', async () => {
    const created = (
      await post(coordinator, resident({ lastName: 'Appelant', phones: [{ number: '06 39 98 77 01' }] }))
    ).json();
    const search = async (query: string) =>
      (
        await h.app.inject({ method: 'GET', url: `/residents?${query}`, headers: bearer(coordinator) })
      ).json();
    for (const q of ['06 39 98 77 01', '+33639987701', '0639 98']) {
      const found = await search(`q=${encodeURIComponent(q)}`);
      expect(
        found.items.map((r: { id: string }) => r.id),
        q,
      ).toEqual([created.id]);
    }
    const named = await search(`ids=${created.id}`);
    expect(named.items.map((r: { id: string }) => r.id)).toEqual([created.id]);
    // Another id: the last digit changed (to '0' unless it is one: the same id twice is refused).
    const other = created.id.replace(/.$/, (last: string) => (last === '0' ? '1' : '0'));
    const two = await search(`ids=${created.id}&ids=${other}`);
    expect(two.items.map((r: { id: string }) => r.id)).toContain(created.id);
  });
});
