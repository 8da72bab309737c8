import { schema } from '@solimob/db';
import { createTestDatabase, insertTestTerritory, type TestDatabase } from '@solimob/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../context';
import { createResident } from '../residents/create';
import { listResidents } from '../residents/list';
import { createVolunteer } from '../volunteers/create';
import { listVolunteers } from '../volunteers/get';
import { phoneSearchPrefix } from './search';

describe('phoneSearchPrefix', () => {
  it('reads a French number typed in any usual format as an E.164 prefix', () => {
    for (const typed of [
      '06 39 98 00 01',
      '0639980001',
      '+33639980001',
      '+33 6 39 98 00 01',
      '0033639980001',
    ]) {
      expect(phoneSearchPrefix(typed), typed).toBe('+33639980001');
    }
    expect(phoneSearchPrefix('06.39.98')).toBe('+3363998');
    expect(phoneSearchPrefix('06-39')).toBe('+33639');
    expect(phoneSearchPrefix('639980001')).toBe('+33639980001');
    expect(phoneSearchPrefix('33639980001')).toBe('+33639980001');
  });

  it('leaves names (and single digits) to the name search', () => {
    expect(phoneSearchPrefix('Le Goff')).toBeUndefined();
    expect(phoneSearchPrefix('06 Le')).toBeUndefined();
    expect(phoneSearchPrefix('6')).toBeUndefined();
    expect(phoneSearchPrefix("'; drop table")).toBeUndefined();
  });
});

let t: TestDatabase;
let ctx: ServiceContext;
let otherCtx: ServiceContext;
beforeAll(async () => {
  t = await createTestDatabase();
  const territory = await insertTestTerritory(t.db);
  const other = await insertTestTerritory(t.db);
  const communeOf = async (territoryId: string, insee: string) => {
    const [commune] = await t.db
      .insert(schema.communes)
      .values({
        territoryId,
        name: 'Questembert',
        inseeCode: insee,
        postalCode: '56230',
        lat: 47.66,
        lon: -2.45,
        zone: 'Centre',
      })
      .returning();
    return commune!.id;
  };
  const communeId = await communeOf(territory.id, '56184');
  const otherCommuneId = await communeOf(other.id, '56185');
  const actor = (territoryId: string) =>
    ({
      kind: 'staff',
      staffUserId: '00000000-0000-4000-8000-000000000001',
      territoryId,
      role: 'coordinator',
    }) as const;
  ctx = { db: t.db, clock: { now: () => new Date() }, actor: actor(territory.id) };
  otherCtx = { db: t.db, clock: { now: () => new Date() }, actor: actor(other.id) };
  const resident = (firstName: string, lastName: string, phones: string[], c = communeId) => ({
    firstName,
    lastName,
    communeId: c,
    addressLine: '1 rue des Halles, 56230 Questembert',
    location: { lat: 47.66, lon: -2.45 },
    preferredChannel: 'voice',
    phones: phones.map((number) => ({ number })),
  });
  await createResident(ctx, resident('Hélène', 'Le Goff', ['06 39 98 00 01', '02 61 91 00 01']));
  await createResident(ctx, resident('Marie-Thérèse', 'Le Goff', ['06 39 98 00 02']));
  await createResident(ctx, resident('Jean', 'Guého', ['02 61 91 00 03']));
  // Same number in another territory: never found from this one.
  await createResident(otherCtx, resident('Hélène', 'Autre', ['06 39 98 00 01'], otherCommuneId));
  await createVolunteer(ctx, {
    firstName: 'Loïc',
    lastName: 'Évenou',
    communeId,
    homeLocation: { lat: 47.66, lon: -2.45 },
    phones: [{ number: '06 39 98 00 09' }],
  });
});
afterAll(async () => {
  await t?.drop();
});

const names = async (q: string) =>
  (await listResidents(ctx, { q })).items.map((r) => `${r.firstName} ${r.lastName}`);

describe('resident search', () => {
  it('finds a caller by phone number in any French format, from the first digits', async () => {
    for (const typed of ['06 39 98 00 01', '0639980001', '+33639980001', '+33 6 39 98 00 01']) {
      expect(await names(typed), typed).toEqual(['Hélène Le Goff']);
    }
    expect(await names('02 61 91 00 01')).toEqual(['Hélène Le Goff']);
    expect(await names('06 39 98')).toEqual(['Hélène Le Goff', 'Marie-Thérèse Le Goff']);
    expect(await names('0639 98 00 07')).toEqual([]);
  });

  it('lists a resident with two matching phones once', async () => {
    const page = await listResidents(ctx, { q: '06' });
    expect(page.items.length).toBe(new Set(page.items.map((r) => r.id)).size);
  });

  it('finds names by every word, ignoring case and accents', async () => {
    expect(await names('helene')).toEqual(['Hélène Le Goff']);
    expect(await names('le goff')).toEqual(['Hélène Le Goff', 'Marie-Thérèse Le Goff']);
    expect(await names('marie goff')).toEqual(['Marie-Thérèse Le Goff']);
    expect(await names('THERESE')).toEqual(['Marie-Thérèse Le Goff']);
    expect(await names('gueho')).toEqual(['Jean Guého']);
    expect(await names('goff jean')).toEqual([]);
    expect(await names('50%_')).toEqual([]);
  });

  it('names a given set of residents (ids filter)', async () => {
    const all = await listResidents(ctx, {});
    const wanted = all.items.slice(0, 2).map((r) => r.id);
    const page = await listResidents(ctx, { ids: wanted });
    expect(page.items.map((r) => r.id).sort()).toEqual([...wanted].sort());
    const foreign = await listResidents(otherCtx, { ids: wanted });
    expect(foreign.items).toEqual([]);
  });

  it('uses the phone index for a prefix search', async () => {
    const plan = await t.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const rows = await tx.execute(
        sql`explain select resident_id from resident_phones
            where territory_id = ${ctx.actor.territoryId} and e164 like '+336398%'`,
      );
      return rows.map((row) => Object.values(row)[0]).join('\n');
    });
    expect(plan).toMatch(/resident_phones_lookup_idx/);
    expect(plan).toMatch(/e164 ~>=~ '\+336398'/);
  });
});

describe('volunteer search', () => {
  it('finds a volunteer by phone number or name', async () => {
    const found = async (q: string) => (await listVolunteers(ctx, { q })).items.map((v) => v.lastName);
    expect(await found('06 39 98 00 09')).toEqual(['Évenou']);
    expect(await found('+33639980009')).toEqual(['Évenou']);
    expect(await found('loic evenou')).toEqual(['Évenou']);
    expect(await found('06 39 98 00 01')).toEqual([]);
  });
});
