import { UNUSABLE_PASSWORD_HASH } from '@solimob/config';
import { type Db, schema } from '@solimob/db';
import { insertTestTerritory, type TestDatabase } from '@solimob/db/testing';
import { and, eq } from 'drizzle-orm';
import type { Actor, BookingChannel, Clock, ServiceContext } from '../../src/context';
import { createShuttleLine } from '../../src/shuttles';

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  constructor(public current: Date) {}
  now() {
    return new Date(this.current);
  }
  set(iso: string) {
    this.current = new Date(iso);
  }
}

/** Questembert-like places: the market in the bourg, residents in three communes around it. */
export const COMMUNES = [
  { name: 'Questembert', inseeCode: '56184', lat: 47.6605, lon: -2.4525 },
  { name: 'Berric', inseeCode: '56015', lat: 47.6335, lon: -2.5225 },
  { name: 'Molac', inseeCode: '56133', lat: 47.7325, lon: -2.4325 },
] as const;

export interface ShuttleWorld {
  db: Db;
  clock: TestClock;
  territoryId: string;
  communeIds: string[];
  marketId: string;
  staffId: string;
  lineId: string;
  staff(): ServiceContext;
  system(): ServiceContext;
  resident(residentId: string, channel?: BookingChannel): ServiceContext;
  addResidents(
    count: number,
    options?: {
      commune?: number;
      needs?: (typeof schema.mobilityNeed.enumValues)[number][];
      landline?: boolean;
    },
  ): Promise<string[]>;
  roundOn(serviceDate: string): Promise<typeof schema.shuttleRounds.$inferSelect>;
}

let phoneSeq = 0;

/**
 * A territory (Europe/Paris), its communes, the market, a coordinator and a Monday line (09:30 at the
 * market, 11:30 back) with the given vehicles; creating the line generates its rounds.
 */
export async function shuttleWorld(
  t: TestDatabase,
  options: {
    now: string;
    vehicles?: { name: string; seats: number; wheelchairPlaces?: number }[];
    mode?: 'stops' | 'door_to_door';
    marketWindowMinutes?: number;
    db?: Db;
    settings?: Record<string, unknown>;
  },
): Promise<ShuttleWorld> {
  const db = options.db ?? t.db;
  const clock = new TestClock(new Date(options.now));
  const territory = await insertTestTerritory(db, {
    timezone: 'Europe/Paris',
    contactPhone: '+33261910000',
    settings: options.settings ?? {},
  });
  const communes = await db
    .insert(schema.communes)
    .values(COMMUNES.map((c) => ({ ...c, territoryId: territory.id, postalCode: '56230', zone: 'Centre' })))
    .returning();
  const [market] = await db
    .insert(schema.places)
    .values({
      territoryId: territory.id,
      communeId: communes[0]!.id,
      name: 'Les Halles',
      kind: 'market',
      address: 'Place du Marché, 56230 Questembert',
      lat: 47.6607,
      lon: -2.4526,
    })
    .returning();
  const [staff] = await db
    .insert(schema.staffUsers)
    .values({
      territoryId: territory.id,
      email: `coord-${territory.slug}@example.org`,
      displayName: 'Coordination',
      passwordHash: UNUSABLE_PASSWORD_HASH,
      role: 'coordinator',
    })
    .returning();
  const staffActor: Actor = {
    kind: 'staff',
    staffUserId: staff!.id,
    territoryId: territory.id,
    role: 'coordinator',
  };
  const staffCtx = (): ServiceContext => ({ db, clock, actor: staffActor });
  const line = await createShuttleLine(staffCtx(), {
    name: 'Navette du lundi',
    marketPlaceId: market!.id,
    weekday: 1,
    arrivalTime: '09:30',
    departureTime: '11:30',
    marketWindowMinutes: options.marketWindowMinutes ?? 30,
    mode: options.mode ?? 'door_to_door',
    bookingCutoffHours: 24,
    maxRideMinutes: 45,
    communeIds: communes.map((c) => c.id),
    stops: communes.map((c) => ({
      name: `${c.name} – Mairie`,
      communeId: c.id,
      location: { lat: c.lat, lon: c.lon },
    })),
    vehicles: options.vehicles ?? [{ name: 'Minibus', seats: 8, wheelchairPlaces: 1 }],
  });
  return {
    db,
    clock,
    territoryId: territory.id,
    communeIds: communes.map((c) => c.id),
    marketId: market!.id,
    staffId: staff!.id,
    lineId: line.id,
    staff: staffCtx,
    system: () => ({ db, clock, actor: { kind: 'system', territoryId: territory.id } }),
    resident: (residentId, channel = 'sms') => ({
      db,
      clock,
      actor: { kind: 'resident', residentId, territoryId: territory.id },
      channel,
      // As the SMS or voice conversation calls the verbs: it answers the resident itself.
      answeredInConversation: true,
    }),
    async addResidents(count, residentOptions = {}) {
      const commune = COMMUNES[residentOptions.commune ?? 1]!;
      const rows = await db
        .insert(schema.residents)
        .values(
          Array.from({ length: count }, (_, i) => ({
            territoryId: territory.id,
            firstName: `Prénom${i}`,
            lastName: `Nom${i}`,
            communeId: communes[residentOptions.commune ?? 1]!.id,
            addressLine: `${i + 1} rue de l'Église, 56230 ${commune.name}`,
            // Spread the homes around the commune so the planner has a real round to make.
            lat: commune.lat + ((i % 7) - 3) * 0.004,
            lon: commune.lon + ((i % 5) - 2) * 0.005,
            mobilityNeeds: residentOptions.needs ?? [],
            preferredChannel: residentOptions.landline ? ('voice' as const) : ('sms' as const),
          })),
        )
        .returning({ id: schema.residents.id });
      await db.insert(schema.residentPhones).values(
        rows.map((r) => {
          phoneSeq++;
          const suffix = String(phoneSeq).padStart(4, '0');
          return {
            territoryId: territory.id,
            residentId: r.id,
            e164: residentOptions.landline ? `+3326191${suffix}` : `+3363998${suffix}`,
            kind: residentOptions.landline ? ('landline' as const) : ('mobile' as const),
            isPrimary: true,
          };
        }),
      );
      return rows.map((r) => r.id);
    },
    async roundOn(serviceDate) {
      const [round] = await db
        .select()
        .from(schema.shuttleRounds)
        .where(
          and(
            eq(schema.shuttleRounds.serviceDate, serviceDate),
            eq(schema.shuttleRounds.territoryId, territory.id),
          ),
        );
      if (!round) throw new Error(`no round on ${serviceDate}`);
      return round;
    },
  };
}
