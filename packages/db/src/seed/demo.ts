import { hash } from '@node-rs/argon2';
import { ARGON2ID_OPTIONS } from '@solimob/config';
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import {
  communes,
  messages,
  missionRequests,
  missions,
  offers,
  outbox,
  places,
  residentConsents,
  residentPhones,
  residents,
  rideRequests,
  seatBookings,
  shuttleLines,
  shuttleLineVehicles,
  shuttleRounds,
  shuttleRoundVehicles,
  shuttleStops,
  staffUserCommunes,
  staffUsers,
  territories,
  trips,
  volunteerAbsences,
  volunteerAvailabilities,
  volunteerDrivers,
  volunteerPhones,
  volunteerServedCommunes,
} from '../schema';
import type { Commune, MobilityNeed, Place } from '../types';
import {
  ACCESS_NOTES,
  CONSENT_CHANNELS,
  CONSENT_SOURCES,
  DEMO_CONTACT_PHONE,
  DEMO_MARKER_EMAIL,
  DEMO_SERVICE_NUMBER,
  DEMO_STAFF_LOGINS,
  FICTION_LANDLINE_BLOCK,
  FICTION_MOBILE_BLOCK,
  LAST_NAMES,
  LIEUX_DITS,
  OLDER_FIRST_NAMES,
  STREETS,
  YOUNGER_FIRST_NAMES,
} from './demo-vocabulary';
import { Random } from './random';
import { addDays, isoWeekday, localDate, zonedInstant } from './time';

export interface DemoSeedOptions {
  /** "Today": every demo date is placed relative to it, so the demo always looks current. */
  now: Date;
  /** Territory to fill; it must have been seeded already. */
  territorySlug: string;
  residentCount?: number;
  volunteerCount?: number;
  /** PRNG seed; the same seed and `now` give the same dataset. */
  randomSeed?: number;
  /** Share of residents with an older profile (landline, voice, walking aid), by commune zone. */
  olderShareByZone?: Record<string, number>;
}

export type DemoSeedResult =
  | { skipped: true; reason: string }
  | {
      skipped: false;
      counts: {
        residents: number;
        residentPhones: number;
        volunteers: number;
        staff: number;
        shuttleRounds: number;
        seatBookings: number;
        rideRequests: number;
        trips: number;
        offers: number;
        messages: number;
      };
    };

const DEFAULT_SEED = 20_240_601;
/** Mirrors the default of the domain's `shuttles.doorToDoorNeeds` setting (the seed sits below the domain). */
const DOOR_TO_DOOR_NEEDS: MobilityNeed[] = ['wheelchair', 'walking_aid', 'visually_impaired', 'needs_escort'];
const OLDER_SHARE_DEFAULT = 0.45;

type Need = MobilityNeed;

interface DemoResident {
  id: string;
  communeId: string;
  /** The home address: where a volunteer picks the resident up, as a request made through the API stores it. */
  addressLine: string;
  lat: number;
  lon: number;
  firstName: string;
  preferredChannel: 'sms' | 'voice' | 'staff';
  needs: Need[];
  primaryPhone: string;
  older: boolean;
  /** Paused residents keep their history but book nothing new. */
  active: boolean;
}

interface DemoVolunteer {
  id: string;
  lat: number;
  lon: number;
  phone: string;
  wheelchairCapable: boolean;
  active: boolean;
}

/** Great-circle distance in km; the demo only needs plausible trip lengths. */
function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLon = (bLon - aLon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Splits `total` over communes: a floor of `minimum` each, the rest by population (largest remainder). */
function allocate(items: Commune[], total: number, minimum: number): number[] {
  const base = items.map(() => minimum);
  const rest = Math.max(0, total - minimum * items.length);
  const weights = items.map((c) => c.population ?? 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * rest);
  const counts = base.map((b, i) => b + Math.floor(exact[i] ?? 0));
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, i) => [e - Math.floor(e), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left--;
  }
  return counts;
}

class PhoneBook {
  private used = new Set<string>();
  constructor(private rng: Random) {}

  draw(block: string): string {
    for (;;) {
      const number = `${block}${String(this.rng.int(1, 9999)).padStart(4, '0')}`;
      // 0000 of the landline block is kept for the CIAS desk, 0000 of the mobile block for the service.
      if (number !== DEMO_CONTACT_PHONE && number !== DEMO_SERVICE_NUMBER && !this.used.has(number)) {
        this.used.add(number);
        return number;
      }
    }
  }
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Inserts the demo dataset once, in one transaction. Present demo data (the demo admin account) makes
 * it a no-op, and an advisory lock keeps two concurrent start scripts from both inserting.
 */
export async function seedDemo(db: Db, options: DemoSeedOptions): Promise<DemoSeedResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('solimob:seed-demo'))`);
    const [marker] = await tx
      .select({ id: staffUsers.id })
      .from(staffUsers)
      .where(eq(staffUsers.email, DEMO_MARKER_EMAIL));
    if (marker) return { skipped: true, reason: `Demo data already present (${DEMO_MARKER_EMAIL} exists)` };
    return insertDemo(tx, options);
  });
}

async function insertDemo(tx: Tx, options: DemoSeedOptions): Promise<DemoSeedResult> {
  const rng = new Random(options.randomSeed ?? DEFAULT_SEED);
  const phones = new PhoneBook(rng);
  const { now } = options;

  const [territory] = await tx.select().from(territories).where(eq(territories.slug, options.territorySlug));
  if (!territory)
    throw new Error(`territory ${options.territorySlug} is not seeded: seed the territory first`);
  const territoryId = territory.id;
  const tz = territory.timezone;
  const today = localDate(now, tz);
  const at = (date: string, time: string) => zonedInstant(date, time, tz);
  const minutesFrom = (instant: Date, minutes: number) => new Date(instant.getTime() + minutes * 60_000);

  if (territory.contactPhone === null) {
    await tx
      .update(territories)
      .set({ contactPhone: DEMO_CONTACT_PHONE })
      .where(and(eq(territories.id, territoryId), isNull(territories.contactPhone)));
  }
  if (territory.serviceNumber === null) {
    await tx
      .update(territories)
      .set({ serviceNumber: DEMO_SERVICE_NUMBER })
      .where(and(eq(territories.id, territoryId), isNull(territories.serviceNumber)));
  }

  const communeRows = await tx
    .select()
    .from(communes)
    .where(eq(communes.territoryId, territoryId))
    .orderBy(communes.inseeCode);
  if (communeRows.length === 0) throw new Error(`territory ${options.territorySlug} has no communes`);
  const placeRows = await tx
    .select()
    .from(places)
    .where(eq(places.territoryId, territoryId))
    .orderBy(places.name);

  // ---- Staff -------------------------------------------------------------------------------------
  const staffRows = await tx
    .insert(staffUsers)
    .values(
      await Promise.all(
        DEMO_STAFF_LOGINS.map(async (login) => ({
          territoryId,
          email: login.email,
          displayName: login.displayName,
          passwordHash: await hash(login.password, ARGON2ID_OPTIONS),
          role: login.role,
        })),
      ),
    )
    .returning({ id: staffUsers.id, role: staffUsers.role });
  const coordinatorId = staffRows.find((s) => s.role === 'coordinator')?.id ?? null;
  // The partner is a commune's social service: it sees the residents of the territory's first two
  // communes (by INSEE code) only, so the demo shows the partner scope at work.
  const partnerId = staffRows.find((s) => s.role === 'partner')?.id;
  if (partnerId) {
    await tx
      .insert(staffUserCommunes)
      .values(communeRows.slice(0, 2).map((c) => ({ staffUserId: partnerId, communeId: c.id })));
  }

  // ---- Residents ---------------------------------------------------------------------------------
  const residentCount = options.residentCount ?? 60;
  const perCommune = allocate(communeRows, residentCount, 3);
  const olderShare = options.olderShareByZone ?? { Est: 0.75 };
  const usedNames = new Set<string>();
  const demoResidents: DemoResident[] = [];
  let phoneRowCount = 0;
  for (const [ci, commune] of communeRows.entries()) {
    for (let k = 0; k < (perCommune[ci] ?? 0); k++) {
      const older = rng.chance(olderShare[commune.zone] ?? OLDER_SHARE_DEFAULT);
      let firstName: string;
      let lastName: string;
      do {
        firstName = rng.pick(older ? OLDER_FIRST_NAMES : YOUNGER_FIRST_NAMES);
        lastName = rng.pick(LAST_NAMES);
      } while (usedNames.has(`${firstName} ${lastName}`));
      usedNames.add(`${firstName} ${lastName}`);

      // Outlying hamlets for older residents, the bourg's streets otherwise; ~0.5-3 km from the town hall.
      const inHamlet = older ? rng.chance(0.7) : rng.chance(0.35);
      const spread = inHamlet ? 0.025 : 0.006;
      const lat = commune.lat + (rng.next() * 2 - 1) * spread;
      const lon = commune.lon + (rng.next() * 2 - 1) * spread * 1.5;
      const addressLine = inHamlet
        ? `Lieu-dit ${rng.pick(LIEUX_DITS)}, ${commune.postalCode} ${commune.name}`
        : `${rng.int(1, 40)} ${rng.pick(STREETS)}, ${commune.postalCode} ${commune.name}`;

      const roll = rng.next();
      const phoneKinds: ('landline' | 'mobile')[] = older
        ? roll < 0.6
          ? ['landline']
          : roll < 0.85
            ? ['landline', 'mobile']
            : ['mobile']
        : roll < 0.55
          ? ['mobile']
          : roll < 0.9
            ? ['mobile', 'landline']
            : ['landline'];
      const hasMobile = phoneKinds.includes('mobile');
      const preferredChannel: DemoResident['preferredChannel'] = hasMobile
        ? older && rng.chance(0.5)
          ? 'voice'
          : 'sms'
        : rng.chance(0.8)
          ? 'voice'
          : 'staff';

      const needs: Need[] = [];
      if (rng.chance(older ? 0.12 : 0.04)) needs.push('wheelchair');
      else if (rng.chance(older ? 0.4 : 0.08)) needs.push('walking_aid');
      if (older && rng.chance(0.06)) needs.push('hearing_impaired');

      const active = !rng.chance(0.04);
      const [row] = await tx
        .insert(residents)
        .values({
          territoryId,
          firstName,
          lastName,
          communeId: commune.id,
          addressLine,
          lat: Number(lat.toFixed(5)),
          lon: Number(lon.toFixed(5)),
          mobilityNeeds: needs,
          preferredChannel,
          consentAt: new Date(now.getTime() - rng.int(20, 700) * 86_400_000),
          consentSource: rng.pick(CONSENT_SOURCES),
          status: active ? 'active' : 'paused',
          accessNote: inHamlet && rng.chance(0.4) ? rng.pick(ACCESS_NOTES) : null,
        })
        .returning({ id: residents.id });
      if (!row) throw new Error('resident insert returned nothing');

      // The number matching the preferred channel is primary: SMS needs a mobile, calls go to the landline.
      const numbers = phoneKinds.map((kind) => ({
        kind,
        e164: phones.draw(kind === 'mobile' ? FICTION_MOBILE_BLOCK : FICTION_LANDLINE_BLOCK),
      }));
      const primaryKind = preferredChannel === 'sms' ? 'mobile' : phoneKinds[0];
      await tx.insert(residentPhones).values(
        numbers.map((n) => ({
          territoryId,
          residentId: row.id,
          e164: n.e164,
          kind: n.kind,
          isPrimary: n.kind === primaryKind,
        })),
      );
      phoneRowCount += numbers.length;
      demoResidents.push({
        id: row.id,
        communeId: commune.id,
        addressLine,
        lat,
        lon,
        firstName,
        preferredChannel,
        needs,
        primaryPhone: (numbers.find((n) => n.kind === primaryKind) ?? numbers[0])?.e164 ?? '',
        older,
        active,
      });
    }
  }
  // Each consent is also the first entry of the resident's consent history, with its channel.
  const consented = await tx
    .select({ id: residents.id, at: residents.consentAt, source: residents.consentSource })
    .from(residents)
    .where(and(eq(residents.territoryId, territoryId), isNotNull(residents.consentAt)));
  if (consented.length > 0) {
    await tx.insert(residentConsents).values(
      consented.map((c) => ({
        territoryId,
        residentId: c.id,
        given: true,
        channel: CONSENT_CHANNELS[c.source as keyof typeof CONSENT_CHANNELS] ?? 'unspecified',
        source: c.source,
        at: c.at!,
        recordedByKind: 'staff' as const,
        recordedById: coordinatorId,
        recordedAt: c.at!,
      })),
    );
  }

  // ---- Volunteer drivers -------------------------------------------------------------------------
  const volunteerCount = options.volunteerCount ?? 15;
  const demoVolunteers: DemoVolunteer[] = [];
  for (let i = 0; i < volunteerCount; i++) {
    const commune = communeRows[i % communeRows.length] as Commune;
    const wheelchairCapable = i % 5 === 0;
    const active = i !== volunteerCount - 1;
    const usesServedCommunes = i % 5 === 2 || i % 5 === 4;
    const lat = commune.lat + (rng.next() * 2 - 1) * 0.015;
    const lon = commune.lon + (rng.next() * 2 - 1) * 0.02;
    const [row] = await tx
      .insert(volunteerDrivers)
      .values({
        territoryId,
        firstName: rng.pick(rng.chance(0.6) ? OLDER_FIRST_NAMES : YOUNGER_FIRST_NAMES),
        lastName: rng.pick(LAST_NAMES),
        communeId: commune.id,
        homeLat: Number(lat.toFixed(5)),
        homeLon: Number(lon.toFixed(5)),
        seats: wheelchairCapable ? 2 : rng.pick([3, 3, 4]),
        wheelchairCapable,
        maxDistanceKm: usesServedCommunes ? null : rng.pick([15, 20, 25, 30]),
        monthlyTripCap: rng.pick([4, 6, 8, 10, null]),
        active,
      })
      .returning({ id: volunteerDrivers.id });
    if (!row) throw new Error('volunteer insert returned nothing');
    const phone = phones.draw(FICTION_MOBILE_BLOCK);
    await tx
      .insert(volunteerPhones)
      .values({ territoryId, volunteerDriverId: row.id, e164: phone, kind: 'mobile', isPrimary: true });
    if (usesServedCommunes) {
      const nearest = [...communeRows]
        .sort((a, b) => distanceKm(lat, lon, a.lat, a.lon) - distanceKm(lat, lon, b.lat, b.lon))
        .slice(0, rng.int(3, 5));
      await tx
        .insert(volunteerServedCommunes)
        .values(nearest.map((c) => ({ volunteerDriverId: row.id, communeId: c.id })));
    }
    const days = rng.sample([1, 2, 3, 4, 5, 6], rng.int(2, 4)).sort((a, b) => a - b);
    await tx.insert(volunteerAvailabilities).values(
      days.map((weekday) => {
        const morning = rng.chance(0.6);
        return {
          volunteerDriverId: row.id,
          weekday,
          startTime: morning ? '08:30' : '13:30',
          endTime: morning ? '12:30' : '18:00',
        };
      }),
    );
    demoVolunteers.push({ id: row.id, lat, lon, phone, wheelchairCapable, active });
  }
  // One volunteer away now, one next week, one back from holiday.
  const absences = [
    [1, -2, 5],
    [6, 7, 13],
    [11, -30, -20],
  ] as const;
  await tx.insert(volunteerAbsences).values(
    absences
      .filter(([i]) => i < demoVolunteers.length)
      .map(([i, from, to]) => ({
        volunteerDriverId: demoVolunteers[i]?.id as string,
        startsOn: addDays(today, from),
        endsOn: addDays(today, to),
      })),
  );

  // ---- Shuttle rounds and seat bookings ----------------------------------------------------------
  const lines = await tx.select().from(shuttleLines).where(eq(shuttleLines.territoryId, territoryId));
  let roundCount = 0;
  let bookingCount = 0;
  for (const line of lines) {
    const stops = await tx.select().from(shuttleStops).where(eq(shuttleStops.shuttleLineId, line.id));
    const stopByCommune = new Map(stops.map((s) => [s.communeId, s]));
    let first = addDays(today, 1);
    while (isoWeekday(first) !== line.weekday) first = addDays(first, 1);
    const serviceDates = [0, 1, 2, 3].map((w) => addDays(first, 7 * w));
    const rounds = await tx
      .insert(shuttleRounds)
      .values(
        serviceDates.map((serviceDate) => ({
          territoryId,
          shuttleLineId: line.id,
          nominalDate: serviceDate,
          serviceDate,
          arrivalTime: line.arrivalTime,
          departureTime: line.departureTime,
          cutoffAt: minutesFrom(at(serviceDate, line.arrivalTime.slice(0, 5)), -60 * line.bookingCutoffHours),
        })),
      )
      .returning({ id: shuttleRounds.id, serviceDate: shuttleRounds.serviceDate });
    roundCount += rounds.length;
    // Each round runs with a copy of the line's vehicles; a trigger sums them into the round's capacity.
    const lineVehicles = await tx
      .select()
      .from(shuttleLineVehicles)
      .where(eq(shuttleLineVehicles.shuttleLineId, line.id));
    await tx.insert(shuttleRoundVehicles).values(
      rounds.flatMap((round) =>
        lineVehicles.map((v) => ({
          shuttleRoundId: round.id,
          name: v.name,
          seats: v.seats,
          wheelchairPlaces: v.wheelchairPlaces,
        })),
      ),
    );
    const lineSeats = lineVehicles.reduce((sum, v) => sum + v.seats, 0);
    const lineWheelchairs = lineVehicles.reduce((sum, v) => sum + v.wheelchairPlaces, 0);

    const riders = demoResidents.filter(
      (r) => r.active && (line.mode === 'door_to_door' || stopByCommune.has(r.communeId)),
    );
    for (const [w, round] of rounds.entries()) {
      // The first round is full with a waitlist, later ones fill up less: bookings arrive over time.
      const seatTarget = [lineSeats, 5, 3, 1][w] ?? 0;
      const chosen = rng.sample(riders, riders.length);
      const values: (typeof seatBookings.$inferInsert)[] = [];
      let seats = 0;
      let wheelchairs = 0;
      let waitlisted = 0;
      for (const resident of chosen) {
        const wheelchair = resident.needs.includes('wheelchair');
        // The first booking of the full round is for a couple, as happens on market day.
        const passengers = !wheelchair && seats === 0 && w === 0 ? 2 : 1;
        // Reduced mobility is picked up at the door, as bookSeat does (default of shuttles.doorToDoorNeeds).
        const atDoor = resident.needs.some((need) => DOOR_TO_DOOR_NEEDS.includes(need));
        const stop = line.mode === 'stops' && !atDoor ? stopByCommune.get(resident.communeId) : undefined;
        const base = {
          territoryId,
          shuttleRoundId: round.id,
          residentId: resident.id,
          pickupStopId: stop?.id ?? null,
          pickupLat: stop?.lat ?? resident.lat,
          pickupLon: stop?.lon ?? resident.lon,
          channel: resident.preferredChannel,
          createdAt: minutesFrom(now, -rng.int(60, 6 * 24 * 60)),
        };
        if (wheelchair ? wheelchairs < lineWheelchairs : seats + passengers <= seatTarget) {
          values.push({ ...base, status: 'confirmed', passengers, wheelchair });
          if (wheelchair) wheelchairs++;
          else seats += passengers;
        } else if (w === 0 && !wheelchair && waitlisted === 0) {
          waitlisted++;
          values.push({
            ...base,
            status: 'waitlisted',
            waitlistRank: waitlisted,
            createdAt: minutesFrom(now, -30),
          });
        }
      }
      if (w === 1) {
        // A cancellation, so the back office shows all three states.
        const resident = chosen.find((r) => !values.some((v) => v.residentId === r.id));
        const stop = resident && line.mode === 'stops' ? stopByCommune.get(resident.communeId) : undefined;
        if (resident) {
          values.push({
            territoryId,
            shuttleRoundId: round.id,
            residentId: resident.id,
            status: 'cancelled',
            cancelledAt: minutesFrom(now, -120),
            pickupStopId: stop?.id ?? null,
            pickupLat: stop?.lat ?? resident.lat,
            pickupLon: stop?.lon ?? resident.lon,
            channel: 'voice',
            createdAt: minutesFrom(now, -3 * 24 * 60),
          });
        }
      }
      if (values.length > 0) await tx.insert(seatBookings).values(values);
      bookingCount += values.length;
      // The locked counters say what the bookings hold, as bookSeat would have left them.
      await tx
        .update(shuttleRounds)
        .set({ seatsTaken: seats, wheelchairsTaken: wheelchairs, waitlistSeq: waitlisted, waitlisted })
        .where(eq(shuttleRounds.id, round.id));
    }
  }

  // ---- Ride requests, offers, trips, messages ----------------------------------------------------
  const destinations = placeRows.filter((p) =>
    (['health_centre', 'france_services', 'market', 'station'] as Place['kind'][]).includes(p.kind),
  );
  const purposeOf = (p: Place) =>
    p.kind === 'health_centre'
      ? ('health' as const)
      : p.kind === 'market'
        ? ('shopping' as const)
        : p.kind === 'station'
          ? ('other' as const)
          : ('administrative' as const);
  const activeVolunteers = demoVolunteers.filter((v) => v.active);
  const usedCodes = new Set<string>();
  // Four digits, as the offers the service sends ("OUI 4821"), unique within the demo.
  const newCode = () => {
    for (;;) {
      const code = String(rng.int(1000, 9999));
      if (!usedCodes.has(code)) {
        usedCodes.add(code);
        return code;
      }
    }
  };
  const messageValues: (typeof messages.$inferInsert)[] = [];
  const outboxValues: (typeof outbox.$inferInsert)[] = [];
  const message = (
    m: Omit<
      typeof messages.$inferInsert,
      'territoryId' | 'provider' | 'providerId' | 'idempotencyKey' | 'attempts'
    >,
  ) => {
    const n = messageValues.length + 1;
    const outbound = m.direction === 'outbound';
    // A reply scheduled "after" a recent event must still not be dated in the future.
    const createdAt = (m.createdAt as Date) > now ? now : (m.createdAt as Date);
    messageValues.push({
      territoryId,
      provider: 'local-outbox',
      providerId: `demo-${outbound ? 'out' : 'in'}-${String(n).padStart(3, '0')}`,
      idempotencyKey: outbound ? `demo:${String(n).padStart(3, '0')}` : null,
      attempts: outbound ? 1 : 0,
      ...m,
      createdAt,
      sentAt: outbound ? createdAt : null,
      updatedAt: createdAt,
    });
  };

  type Scenario = {
    status: (typeof rideRequests.$inferInsert)['status'] & string;
    dayOffset: number;
    reason?: string;
    outcome?: 'completed' | 'no_show' | 'late_cancellation' | 'unmet';
  };
  const scenarios: Scenario[] = [
    { status: 'received', dayOffset: 3 },
    { status: 'received', dayOffset: 5 },
    { status: 'received', dayOffset: 8 },
    { status: 'matching', dayOffset: 2 },
    { status: 'matching', dayOffset: 4 },
    { status: 'offered', dayOffset: 2 },
    { status: 'offered', dayOffset: 3 },
    { status: 'offered', dayOffset: 6 },
    { status: 'matched', dayOffset: 1 },
    { status: 'matched', dayOffset: 2 },
    { status: 'matched', dayOffset: 4 },
    { status: 'matched', dayOffset: 9 },
    { status: 'cancelled', dayOffset: 5, reason: 'resident_cancelled' },
    { status: 'completed', dayOffset: -2, outcome: 'completed' },
    { status: 'completed', dayOffset: -4, outcome: 'completed' },
    { status: 'completed', dayOffset: -7, outcome: 'completed' },
    { status: 'completed', dayOffset: -9, outcome: 'completed' },
    { status: 'completed', dayOffset: -12, outcome: 'completed' },
    { status: 'cancelled', dayOffset: -5, reason: 'no_show', outcome: 'no_show' },
    { status: 'cancelled', dayOffset: -8, reason: 'late_cancellation', outcome: 'late_cancellation' },
    { status: 'unmet', dayOffset: -3, reason: 'no_volunteer', outcome: 'unmet' },
    { status: 'unmet', dayOffset: -11, reason: 'no_wheelchair_vehicle', outcome: 'unmet' },
  ];
  const requesters = rng.sample(
    demoResidents.filter((r) => r.active && (r.preferredChannel !== 'staff' || rng.chance(0.5))),
    scenarios.length,
  );
  let tripCount = 0;
  let offerCount = 0;
  let requestCount = 0;
  const frenchDay = (date: Date) =>
    new Intl.DateTimeFormat('fr-FR', { timeZone: tz, weekday: 'long', day: 'numeric', month: 'long' }).format(
      date,
    );
  const frenchTime = (date: Date) =>
    new Intl.DateTimeFormat('fr-FR', { timeZone: tz, hour: '2-digit', minute: '2-digit' })
      .format(date)
      .replace(':', 'h');

  for (const [i, scenario] of scenarios.entries()) {
    const resident = requesters[i % requesters.length] as DemoResident;
    const destination = rng.pick(destinations);
    const day = addDays(today, scenario.dayOffset);
    // Volunteer rides run Monday to Saturday (the territory's default service days).
    const date = isoWeekday(day) === 7 ? addDays(day, scenario.dayOffset < 0 ? -1 : 1) : day;
    const purpose = purposeOf(destination);
    const timeAnchor = purpose === 'health' ? 'arrival' : 'pickup';
    const requestedTime = at(
      date,
      hhmm(rng.pick([9 * 60, 9 * 60 + 30, 10 * 60, 10 * 60 + 45, 14 * 60, 15 * 60 + 30])),
    );
    const returnTime = rng.chance(0.6) ? minutesFrom(requestedTime, rng.pick([90, 120, 150])) : null;
    const channel = resident.preferredChannel;
    const createdAt =
      scenario.dayOffset > 0
        ? minutesFrom(now, -rng.int(3 * 60, 48 * 60))
        : minutesFrom(requestedTime, -rng.int(2, 6) * 24 * 60);
    const [request] = await tx
      .insert(rideRequests)
      .values({
        territoryId,
        residentId: resident.id,
        originLabel: resident.addressLine,
        originLat: Number(resident.lat.toFixed(5)),
        originLon: Number(resident.lon.toFixed(5)),
        destinationPlaceId: destination.id,
        destinationLabel: destination.name,
        destinationLat: destination.lat,
        destinationLon: destination.lon,
        timeAnchor,
        requestedTime,
        toleranceMinutes: rng.pick([15, 15, 30]),
        returnTime,
        passengers: 1,
        needs: resident.needs,
        purpose,
        channel,
        status: scenario.status,
        statusReason: scenario.reason ?? null,
        createdByStaffId: channel === 'staff' ? coordinatorId : null,
        createdAt,
        updatedAt: createdAt,
      })
      .returning({ id: rideRequests.id });
    if (!request) throw new Error('ride request insert returned nothing');
    requestCount++;
    const link = { linkedEntityType: 'ride_request', linkedEntityId: request.id };
    const when = `${frenchDay(requestedTime)} à ${frenchTime(requestedTime)}`;
    const residentChannel = resident.preferredChannel === 'sms' ? ('sms' as const) : ('voice' as const);
    if (channel === 'sms') {
      message({
        direction: 'inbound',
        channel: 'sms',
        counterpartPhone: resident.primaryPhone,
        body: `Bonjour, je voudrais aller à ${destination.name} ${when}. Merci`,
        status: 'received',
        createdAt,
        ...link,
      });
    }
    if (resident.primaryPhone && channel !== 'staff') {
      message({
        direction: 'outbound',
        channel: residentChannel,
        counterpartPhone: resident.primaryPhone,
        body: `Solimob : votre demande pour ${destination.name} ${when} est bien reçue. Nous cherchons un chauffeur.`,
        status: residentChannel === 'sms' ? 'delivered' : 'sent',
        createdAt: minutesFrom(createdAt, 1),
        ...link,
      });
    }

    // Volunteers able to take this resident, nearest first.
    const candidates = activeVolunteers
      .filter((v) => !resident.needs.includes('wheelchair') || v.wheelchairCapable)
      .sort(
        (a, b) =>
          distanceKm(a.lat, a.lon, resident.lat, resident.lon) -
          distanceKm(b.lat, b.lon, resident.lat, resident.lon),
      );
    const offered =
      ['offered', 'matched'].includes(scenario.status) || (scenario.outcome && scenario.outcome !== 'unmet');
    const planned = offered || scenario.status === 'matched' || scenario.outcome;
    const rideMinutes = Math.max(
      10,
      Math.round(distanceKm(resident.lat, resident.lon, destination.lat, destination.lon) * 1.6),
    );
    const pickup = timeAnchor === 'arrival' ? minutesFrom(requestedTime, -rideMinutes - 5) : requestedTime;
    const dropoff = minutesFrom(pickup, rideMinutes);
    const back = returnTime ? minutesFrom(returnTime, rideMinutes) : null;
    const driver = offered && scenario.status !== 'offered' ? candidates[0] : undefined;
    const outcome = scenario.outcome ?? 'planned';
    const past = scenario.dayOffset < 0;
    const loadedKm = distanceKm(resident.lat, resident.lon, destination.lat, destination.lon) * 1.3;
    const approachKm = driver ? distanceKm(driver.lat, driver.lon, resident.lat, resident.lon) * 1.3 : 0;
    const legs = returnTime ? 2 : 1;
    // Home → pick-up → destination (→ back to the pick-up) → home; a no-show drove the approach only.
    const drivenKm = outcome === 'no_show' ? 2 * approachKm : 2 * approachKm + legs * loadedKm;
    let missionId: string | undefined;
    let acceptedCode: string | undefined;
    if (planned) {
      const missionStatus =
        scenario.status === 'offered'
          ? ('open' as const)
          : scenario.status === 'matched'
            ? ('assigned' as const)
            : outcome === 'completed' || outcome === 'no_show'
              ? ('completed' as const)
              : outcome === 'unmet'
                ? ('unmet' as const)
                : ('cancelled' as const);
      acceptedCode = driver ? newCode() : undefined;
      const [mission] = await tx
        .insert(missions)
        .values({
          territoryId,
          status: missionStatus,
          volunteerDriverId: driver && missionStatus !== 'unmet' ? driver.id : null,
          code: missionStatus === 'assigned' || missionStatus === 'completed' ? (acceptedCode ?? null) : null,
          wave: offered ? 1 : 0,
          matchDeadline: minutesFrom(pickup, -24 * 60),
          plannedStartAt: pickup,
          plannedEndAt: back ?? dropoff,
          plannedDistanceMeters: Math.round(loadedKm * legs * 1000),
          statusReason:
            missionStatus === 'unmet' || missionStatus === 'cancelled'
              ? (scenario.reason ?? 'unknown')
              : null,
          completedAt:
            outcome === 'completed'
              ? (back ?? dropoff)
              : outcome === 'no_show'
                ? minutesFrom(pickup, 15)
                : null,
          drivenDistanceMeters:
            past && driver && outcome !== 'late_cancellation' && outcome !== 'unmet'
              ? Math.round(drivenKm * 1000)
              : null,
          mileageRateEurPerKm:
            outcome === 'completed' || outcome === 'no_show' ? territory.mileageRateEurPerKm : null,
          createdAt,
          updatedAt: createdAt,
        })
        .returning({ id: missions.id });
      if (!mission) throw new Error('mission insert returned nothing');
      missionId = mission.id;
      await tx.insert(missionRequests).values({ missionId, rideRequestId: request.id });
    }
    if (offered && missionId) {
      const wave = candidates.slice(0, 3);
      const sentAt =
        scenario.status === 'offered' ? minutesFrom(now, -rng.int(5, 25)) : minutesFrom(createdAt, 30);
      for (const [k, volunteer] of wave.entries()) {
        const pending = scenario.status === 'offered';
        const status = pending
          ? 'pending'
          : volunteer === driver
            ? 'accepted'
            : k === 1
              ? 'refused'
              : 'withdrawn';
        const code = volunteer === driver && acceptedCode ? acceptedCode : newCode();
        const [offer] = await tx
          .insert(offers)
          .values({
            territoryId,
            missionId,
            volunteerDriverId: volunteer.id,
            wave: 1,
            code,
            status,
            score:
              Math.round(distanceKm(volunteer.lat, volunteer.lon, resident.lat, resident.lon) * 2.6 * 10) /
              10,
            scoreParts: {
              extraKm:
                Math.round(distanceKm(volunteer.lat, volunteer.lon, resident.lat, resident.lon) * 2.6 * 10) /
                10,
              fairness: 0,
              continuity: 0,
              preference: 0,
            },
            sentAt,
            expiresAt: minutesFrom(pickup, -24 * 60),
            respondedAt:
              status === 'accepted' || status === 'refused' ? minutesFrom(sentAt, 10 + k * 5) : null,
          })
          .returning({ id: offers.id });
        offerCount++;
        message({
          direction: 'outbound',
          channel: 'sms',
          counterpartPhone: volunteer.phone,
          body: `Solimob : course ${when}. Répondez OUI ${code} ou NON ${code}.`,
          status: 'delivered',
          createdAt: sentAt,
          linkedEntityType: 'offer',
          linkedEntityId: offer?.id,
        });
        if (status === 'accepted' || status === 'refused') {
          message({
            direction: 'inbound',
            channel: 'sms',
            counterpartPhone: volunteer.phone,
            body: `${status === 'accepted' ? 'OUI' : 'NON'} ${code}`,
            status: 'received',
            createdAt: minutesFrom(sentAt, 10 + k * 5),
            linkedEntityType: 'offer',
            linkedEntityId: offer?.id,
          });
        }
      }
      if (scenario.status === 'offered') {
        // The next wave, as the matching worker would have scheduled it.
        outboxValues.push({
          territoryId,
          queue: 'matching',
          jobName: 'expire-offer-wave',
          payload: { missionId, wave: 1 },
          availableAt: minutesFrom(sentAt, 60),
        });
      }
    }
    if (scenario.status === 'received' || scenario.status === 'matching') {
      // A request waiting for matching has its job in the outbox, as one created through the API.
      outboxValues.push({
        territoryId,
        queue: 'matching',
        jobName: 'match-ride-request',
        payload: { rideRequestId: request.id },
      });
    }

    // Offered requests have their planned legs too, as the matching worker stores them with the mission.
    if (scenario.status === 'matched' || scenario.status === 'offered' || scenario.outcome) {
      await tx.insert(trips).values({
        territoryId,
        rideRequestId: request.id,
        missionId: missionId ?? null,
        leg: 'outbound',
        volunteerDriverId: outcome === 'unmet' ? null : (driver?.id ?? null),
        plannedPickupAt: outcome === 'unmet' ? null : pickup,
        plannedDropoffAt: outcome === 'unmet' ? null : dropoff,
        actualPickupAt: outcome === 'completed' ? minutesFrom(pickup, rng.int(-3, 6)) : null,
        actualDropoffAt: outcome === 'completed' ? minutesFrom(dropoff, rng.int(-2, 8)) : null,
        outcome,
        unmetReason: outcome === 'unmet' ? (scenario.reason ?? 'no_volunteer') : null,
        distanceMeters: past && driver && outcome === 'completed' ? Math.round(loadedKm * 1000) : null,
      });
      tripCount++;
      const legDriven = driver || scenario.status === 'offered';
      if (returnTime && back && legDriven && (outcome === 'planned' || outcome === 'completed')) {
        await tx.insert(trips).values({
          territoryId,
          rideRequestId: request.id,
          missionId: missionId ?? null,
          leg: 'return',
          volunteerDriverId: driver?.id ?? null,
          plannedPickupAt: returnTime,
          plannedDropoffAt: back,
          actualPickupAt: outcome === 'completed' ? minutesFrom(returnTime, rng.int(-2, 10)) : null,
          actualDropoffAt: outcome === 'completed' ? minutesFrom(back, rng.int(0, 12)) : null,
          outcome,
          distanceMeters: outcome === 'completed' ? Math.round(loadedKm * 1000) : null,
        });
        tripCount++;
      }
      if (driver && resident.primaryPhone) {
        message({
          direction: 'outbound',
          channel: residentChannel,
          counterpartPhone: resident.primaryPhone,
          body: `Solimob : un chauffeur bénévole viendra vous chercher ${frenchDay(pickup)} vers ${frenchTime(pickup)}.`,
          status: residentChannel === 'sms' ? 'delivered' : 'sent',
          createdAt: minutesFrom(createdAt, 60),
          ...link,
        });
      }
    }
    if (scenario.status === 'unmet' && resident.primaryPhone) {
      message({
        direction: 'outbound',
        channel: residentChannel,
        counterpartPhone: resident.primaryPhone,
        body: `Solimob : désolé, aucun chauffeur n'est disponible ${when}. Le CIAS vous rappelle.`,
        status: residentChannel === 'sms' ? 'delivered' : 'sent',
        createdAt: minutesFrom(requestedTime, -24 * 60),
        ...link,
      });
    }
  }
  // Messages are inserted in chronological order so ids-by-time and history views look natural.
  messageValues.sort((a, b) => (a.createdAt as Date).getTime() - (b.createdAt as Date).getTime());
  if (messageValues.length > 0) await tx.insert(messages).values(messageValues);
  if (outboxValues.length > 0) await tx.insert(outbox).values(outboxValues);

  return {
    skipped: false,
    counts: {
      residents: demoResidents.length,
      residentPhones: phoneRowCount,
      volunteers: demoVolunteers.length,
      staff: staffRows.length,
      shuttleRounds: roundCount,
      seatBookings: bookingCount,
      rideRequests: requestCount,
      trips: tripCount,
      offers: offerCount,
      messages: messageValues.length,
    },
  };
}
