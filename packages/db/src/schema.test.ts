import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseErrorOf } from './errors';
import { communes, residentPhones, residents, territories } from './schema';
import { createTestDatabase, type TestDatabase } from './testing';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

/** Runs a query expected to fail and returns the violated constraint's name. */
async function violatedConstraint(query: Promise<unknown>): Promise<string | undefined> {
  try {
    await query;
  } catch (error) {
    return databaseErrorOf(error)?.constraint;
  }
  throw new Error('query succeeded but a constraint violation was expected');
}

async function seedResident() {
  const [territory] = await t.db
    .insert(territories)
    .values({ slug: `t-${Math.random()}`, name: 'Test', mileageRateEurPerKm: 0.321 })
    .returning();
  const [commune] = await t.db
    .insert(communes)
    .values({
      territoryId: territory!.id,
      name: 'Questembert',
      inseeCode: '56184',
      postalCode: '56230',
      lat: 47.66,
      lon: -2.451,
      zone: 'Centre',
    })
    .returning();
  const [resident] = await t.db
    .insert(residents)
    .values({
      territoryId: territory!.id,
      firstName: 'Anne',
      lastName: 'Le Goff',
      communeId: commune!.id,
      addressLine: '1 rue des Halles',
      lat: 47.66,
      lon: -2.45,
    })
    .returning();
  return { territory: territory!, commune: commune!, resident: resident! };
}

describe('schema constraints', () => {
  it('migrates into a fresh database and stores a resident with defaults', async () => {
    const { resident } = await seedResident();
    expect(resident.mobilityNeeds).toEqual([]);
    expect(resident.preferredChannel).toBe('sms');
    expect(resident.status).toBe('active');
  });

  it('rejects a phone number that is not E.164', async () => {
    const { territory, resident } = await seedResident();
    const constraint = await violatedConstraint(
      t.db
        .insert(residentPhones)
        .values({ territoryId: territory.id, residentId: resident.id, e164: '0612345678', kind: 'mobile' }),
    );
    expect(constraint).toBe('resident_phones_e164_ck');
  });

  it('rejects a commune with a malformed INSEE code and a duplicate INSEE code', async () => {
    const { territory } = await seedResident();
    const base = { territoryId: territory.id, postalCode: '56220', lat: 47.6, lon: -2.3, zone: 'Est' };
    expect(
      await violatedConstraint(t.db.insert(communes).values({ ...base, name: 'X', inseeCode: '123' })),
    ).toBe('communes_insee_ck');
    expect(
      await violatedConstraint(t.db.insert(communes).values({ ...base, name: 'Y', inseeCode: '56184' })),
    ).toBe('communes_territory_insee_uq');
  });
});
