import { UNUSABLE_PASSWORD_HASH } from '@solimob/config';
import { type DbOrTx, schema } from '@solimob/db';
import { insertTestTerritory } from '@solimob/db/testing';
import { createEstimateProvider, type RoutingProvider } from '@solimob/routing';
import type { Clock, ServiceContext } from '../../src/context';
import { createLinkIssuer } from '../../src/links';
import type { RideWorkerDeps } from '../../src/missions/lifecycle';
import { createResident } from '../../src/residents/create';
import { createVolunteer } from '../../src/volunteers/create';

/*
 * A small territory for the volunteer-ride tests (domain and worker): two communes of Questembert
 * Communauté, a station inside and a hospital outside, residents by SMS and by landline, and
 * volunteers around Berric free on weekdays. Real verbs create people, so their rules apply.
 */

/** A clock tests move by hand. */
export class TestClock implements Clock {
  constructor(public current: Date) {}
  now() {
    return new Date(this.current);
  }
  set(iso: string) {
    this.current = new Date(iso);
  }
  advanceMinutes(minutes: number) {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

export const LINK_SECRET = 'test-link-secret-of-at-least-32-characters';
export const PUBLIC_BASE_URL = 'https://solimob.test';

export const POINTS = {
  questembertTownHall: { lat: 47.66, lon: -2.451 },
  berricTownHall: { lat: 47.633, lon: -2.526 },
  station: { lat: 47.6608, lon: -2.4526 },
  vannesHospital: { lat: 47.658, lon: -2.761 },
};

export interface VolunteerSpec {
  firstName: string;
  lastName: string;
  home: { lat: number; lon: number };
  mobile: string;
  seats?: number;
  wheelchairCapable?: boolean;
  monthlyTripCap?: number | null;
}

/** Volunteers a few km apart around Berric, the nearest first. */
export const VOLUNTEERS: VolunteerSpec[] = [
  { firstName: 'Jean', lastName: 'Le Floch', home: { lat: 47.636, lon: -2.52 }, mobile: '06 39 98 00 01' },
  { firstName: 'Soizic', lastName: 'Guého', home: { lat: 47.645, lon: -2.5 }, mobile: '06 39 98 00 02' },
  { firstName: 'Yann', lastName: 'Morvan', home: { lat: 47.655, lon: -2.47 }, mobile: '06 39 98 00 03' },
  { firstName: 'Annick', lastName: 'Le Bihan', home: { lat: 47.67, lon: -2.43 }, mobile: '06 39 98 00 04' },
  {
    firstName: 'Loïc',
    lastName: 'Tanguy',
    home: { lat: 47.69, lon: -2.4 },
    mobile: '06 39 98 00 05',
    wheelchairCapable: true,
  },
  { firstName: 'Nolwenn', lastName: 'Riou', home: { lat: 47.7, lon: -2.35 }, mobile: '06 39 98 00 06' },
];

export interface RidesWorld {
  territoryId: string;
  staffUserId: string;
  communes: { questembert: string; berric: string };
  places: { station: string; hospital: string };
  residents: { sms: string; landline: string; wheelchair: string; neighbour: string };
  /** In VOLUNTEERS order. */
  volunteers: string[];
  staff: ServiceContext;
  system: ServiceContext;
  volunteer(id: string): ServiceContext;
  resident(id: string): ServiceContext;
  deps: RideWorkerDeps;
}

export async function createRidesWorld(
  db: DbOrTx,
  clock: Clock,
  options: {
    routing?: RoutingProvider;
    settings?: Record<string, unknown>;
    volunteers?: VolunteerSpec[];
  } = {},
): Promise<RidesWorld> {
  const territory = await insertTestTerritory(db, {
    mileageRateEurPerKm: 0.606,
    timezone: 'Europe/Paris',
    contactPhone: '02 61 91 00 00',
    settings: options.settings ?? {},
  });
  const territoryId = territory.id;
  const [staffUser] = await db
    .insert(schema.staffUsers)
    .values({
      territoryId,
      email: `coordination-${territoryId}@example.org`,
      displayName: 'Coordination',
      passwordHash: UNUSABLE_PASSWORD_HASH, // never logs in
      role: 'coordinator',
    })
    .returning();
  const staff: ServiceContext = {
    db,
    clock,
    actor: { kind: 'staff', staffUserId: staffUser!.id, territoryId, role: 'coordinator' },
  };
  const [questembert, berric] = await db
    .insert(schema.communes)
    .values([
      {
        territoryId,
        name: 'Questembert',
        inseeCode: '56184',
        postalCode: '56230',
        zone: 'Centre',
        ...POINTS.questembertTownHall,
      },
      {
        territoryId,
        name: 'Berric',
        inseeCode: '56015',
        postalCode: '56230',
        zone: 'Ouest',
        ...POINTS.berricTownHall,
      },
    ])
    .returning();
  const [station, hospital] = await db
    .insert(schema.places)
    .values([
      {
        territoryId,
        communeId: questembert!.id,
        name: 'Gare de Questembert',
        kind: 'station',
        ...POINTS.station,
      },
      {
        territoryId,
        communeId: null,
        name: 'Centre hospitalier Bretagne Atlantique (Vannes)',
        kind: 'hospital',
        outsideTerritory: true,
        ...POINTS.vannesHospital,
      },
    ])
    .returning();

  const resident = async (
    firstName: string,
    addressLine: string,
    phones: string[],
    extra: Record<string, unknown> = {},
  ) =>
    (
      await createResident(staff, {
        firstName,
        lastName: 'Le Goff',
        communeId: berric!.id,
        addressLine,
        location: { lat: 47.632, lon: -2.523 },
        phones: phones.map((number) => ({ number })),
        consent: { source: 'phone call with staff' },
        ...extra,
      })
    ).id;
  const residents = {
    sms: await resident('Anne', '12 route de Vannes, 56230 Berric', ['06 39 98 10 01']),
    landline: await resident('Marcel', '3 rue de la Mairie, 56230 Berric', ['02 61 91 10 02'], {
      preferredChannel: 'voice',
    }),
    wheelchair: await resident('Germaine', 'Lieu-dit Kerbotin, 56230 Berric', ['06 39 98 10 03'], {
      mobilityNeeds: ['wheelchair'],
    }),
    neighbour: await resident('Odile', '14 route de Vannes, 56230 Berric', ['06 39 98 10 04'], {
      location: { lat: 47.634, lon: -2.528 },
    }),
  };

  const volunteers: string[] = [];
  for (const spec of options.volunteers ?? VOLUNTEERS) {
    const created = await createVolunteer(staff, {
      firstName: spec.firstName,
      lastName: spec.lastName,
      communeId: berric!.id,
      homeLocation: spec.home,
      seats: spec.seats ?? 3,
      wheelchairCapable: spec.wheelchairCapable ?? false,
      monthlyTripCap: spec.monthlyTripCap ?? null,
      phones: [{ number: spec.mobile }],
      availabilities: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '07:00', end: '19:00' })),
    });
    volunteers.push(created.id);
  }

  const deps: RideWorkerDeps = {
    db,
    clock,
    routing: options.routing ?? createEstimateProvider(),
    links: createLinkIssuer({ secret: LINK_SECRET, publicBaseUrl: PUBLIC_BASE_URL }),
  };
  return {
    territoryId,
    staffUserId: staffUser!.id,
    communes: { questembert: questembert!.id, berric: berric!.id },
    places: { station: station!.id, hospital: hospital!.id },
    residents,
    volunteers,
    staff,
    system: { db, clock, actor: { kind: 'system', territoryId } },
    volunteer: (id) => ({ db, clock, actor: { kind: 'volunteer', volunteerDriverId: id, territoryId } }),
    resident: (id) => ({
      db,
      clock,
      actor: { kind: 'resident', residentId: id, territoryId },
      channel: 'sms',
    }),
    deps,
  };
}
