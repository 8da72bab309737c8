/**
 * Test support shared by the domain, API and worker tests of the SMS and voice channels: the real
 * Questembert territory seed plus a few people with fictional numbers (ARCEP fiction blocks).
 */
import { type DbOrTx, schema } from '@solimob/db';
import { loadTerritorySeedFile, questembertSeedPath, seedTerritory } from '@solimob/db/seed';
import { and, eq } from 'drizzle-orm';

export interface ChannelsFixture {
  territoryId: string;
  serviceNumber: string;
  contactPhone: string;
  /** A resident with a mobile (SMS) in Berric. */
  marie: { id: string; mobile: string };
  /** A resident with a landline only (calls) in Caden. */
  jean: { id: string; landline: string };
  /** A volunteer driver with a mobile, available Monday to Saturday. */
  paul: { id: string; mobile: string };
  places: Record<'gare' | 'sante' | 'marche', string>;
}

export const FIXTURE_NUMBERS = {
  service: '+33639980000',
  contact: '+33261910000',
  marie: '+33639981001',
  jean: '+33261911002',
  paul: '+33639981003',
  stranger: '+33639981999',
} as const;

export async function seedChannelsFixture(db: DbOrTx, slug = 'questembert'): Promise<ChannelsFixture> {
  const seed = await loadTerritorySeedFile(questembertSeedPath);
  await seedTerritory(db, { ...seed, territory: { ...seed.territory, slug } });
  const [territory] = await db
    .update(schema.territories)
    .set({ serviceNumber: FIXTURE_NUMBERS.service, contactPhone: FIXTURE_NUMBERS.contact })
    .where(eq(schema.territories.slug, slug))
    .returning();
  const territoryId = territory!.id;
  const commune = async (name: string) => {
    const [row] = await db
      .select()
      .from(schema.communes)
      .where(and(eq(schema.communes.territoryId, territoryId), eq(schema.communes.name, name)));
    return row!;
  };
  const place = async (name: string) => {
    const [row] = await db
      .select()
      .from(schema.places)
      .where(and(eq(schema.places.territoryId, territoryId), eq(schema.places.name, name)));
    return row!.id;
  };
  const berric = await commune('Berric');
  const caden = await commune('Caden');
  const [marie] = await db
    .insert(schema.residents)
    .values({
      territoryId,
      firstName: 'Marie',
      lastName: 'Le Goff',
      communeId: berric.id,
      addressLine: 'Lieu-dit Kerjean, 56230 Berric',
      lat: berric.lat,
      lon: berric.lon,
      preferredChannel: 'sms',
    })
    .returning();
  const [jean] = await db
    .insert(schema.residents)
    .values({
      territoryId,
      firstName: 'Jean',
      lastName: 'Le Bihan',
      communeId: caden.id,
      addressLine: '3 rue de la Fontaine, 56220 Caden',
      lat: caden.lat,
      lon: caden.lon,
      preferredChannel: 'voice',
    })
    .returning();
  await db.insert(schema.residentPhones).values([
    { territoryId, residentId: marie!.id, e164: FIXTURE_NUMBERS.marie, kind: 'mobile', isPrimary: true },
    { territoryId, residentId: jean!.id, e164: FIXTURE_NUMBERS.jean, kind: 'landline', isPrimary: true },
  ]);
  const [paul] = await db
    .insert(schema.volunteerDrivers)
    .values({
      territoryId,
      firstName: 'Paul',
      lastName: 'Guého',
      communeId: berric.id,
      homeLat: berric.lat,
      homeLon: berric.lon,
    })
    .returning();
  // Available every service day, so matching offers him the rides asked for in the tests.
  await db.insert(schema.volunteerAvailabilities).values(
    [1, 2, 3, 4, 5, 6].map((weekday) => ({
      volunteerDriverId: paul!.id,
      weekday,
      startTime: '07:00',
      endTime: '19:00',
    })),
  );
  await db.insert(schema.volunteerPhones).values({
    territoryId,
    volunteerDriverId: paul!.id,
    e164: FIXTURE_NUMBERS.paul,
    kind: 'mobile',
    isPrimary: true,
  });
  return {
    territoryId,
    serviceNumber: FIXTURE_NUMBERS.service,
    contactPhone: FIXTURE_NUMBERS.contact,
    marie: { id: marie!.id, mobile: FIXTURE_NUMBERS.marie },
    jean: { id: jean!.id, landline: FIXTURE_NUMBERS.jean },
    paul: { id: paul!.id, mobile: FIXTURE_NUMBERS.paul },
    places: {
      gare: await place('Gare de Questembert'),
      sante: await place('Maison de santé de Questembert (pôle ASTEQ)'),
      marche: await place('Les Halles de Questembert'),
    },
  };
}
