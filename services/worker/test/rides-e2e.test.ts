import { schema } from '@solimob/db';
import { createTestDatabase, type TestDatabase } from '@solimob/db/testing';
import {
  addDays,
  cancelRideRequest,
  completeTrip,
  createRideRequest,
  frenchDay,
  isoWeekday,
  localDate,
  monthlyStatement,
  respondToOffer,
  statementCsv,
  statementPdf,
  zonedInstant,
} from '@solimob/domain';
import {
  createRidesWorld,
  LINK_SECRET,
  PUBLIC_BASE_URL,
  type RidesWorld,
  TestClock,
  VOLUNTEERS,
} from '@solimob/domain/testing';
import { pdfPages } from '@solimob/domain/testing/pdf';
import { createTwilioSender } from '@solimob/messaging';
import { type FakeMessage, type FakeTwilio, startFakeTwilio } from '@solimob/messaging/testing';
import { closeRedisConnection, createRedisConnection } from '@solimob/queue';
import { type FakeGraphHopper, startFakeGraphHopper } from '@solimob/routing/testing';
import { parse } from 'csv-parse/sync';
import { and, eq } from 'drizzle-orm';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkerApp, type WorkerApp } from '../src/app';
import { createLogger } from '../src/logger';
import { deleteKeys, redisUrl, uniquePrefix } from './support/redis';
import { waitFor } from './support/wait';

/*
 * The whole volunteer-ride loop on real Postgres, Redis and the real worker (outbox relay, BullMQ,
 * processors), sending through the real Twilio client to the local Twilio server, with road distances
 * from the GraphHopper adapter against the local GraphHopper server. The test and the worker share one
 * clock the test moves, so waves, deadlines and reminders happen when the test says. The SMS handler
 * does not exist yet: where a volunteer texts "OUI 4821" or "FAIT 4821", the test calls the verb that
 * handler will call, with the code read from the SMS the fake Twilio received.
 *
 * Dates are relative to a Monday at least a week ahead: the relay publishes a row once the shared
 * clock reaches its availableAt, and rows written without a delay carry the database's time, so the
 * clock must never run behind the real one.
 */

let t: TestDatabase;
let twilio: FakeTwilio;
let graphhopper: FakeGraphHopper;
let clock: TestClock;
let w: RidesWorld;
let app: WorkerApp;
let redis: Redis;
const prefix = uniquePrefix();

const TZ = 'Europe/Paris';
const MONDAY_DATE = (() => {
  let day = addDays(localDate(new Date(), TZ), 7);
  while (isoWeekday(day) !== 1) day = addDays(day, 1);
  return day;
})();
/** Local time `time` of the day `days` after that Monday, as an instant. */
const at = (days: number, time: string) => zonedInstant(addDays(MONDAY_DATE, days), time, TZ);
const MONDAY = at(0, '09:00');
const e164 = (national: string) => `+33${national.replace(/\s/g, '').slice(1)}`;
const volunteerPhones = VOLUNTEERS.map((v) => e164(v.mobile));

beforeAll(async () => {
  t = await createTestDatabase();
  twilio = await startFakeTwilio();
  graphhopper = await startFakeGraphHopper({ mode: 'hosted' });
  clock = new TestClock(MONDAY);
  w = await createRidesWorld(t.db, clock);
  redis = createRedisConnection(redisUrl(), 'producer');
  app = await startWorkerApp({
    config: {
      DATABASE_URL: t.url,
      REDIS_URL: redisUrl(),
      QUEUE_PREFIX: prefix,
      WORKER_CONCURRENCY: 4,
      OUTBOX_POLL_MS: 25,
      PUBLIC_BASE_URL,
      SIGNED_LINK_SECRET: LINK_SECRET,
      GRAPHHOPPER_URL: graphhopper.url,
      GRAPHHOPPER_API_KEY: graphhopper.apiKey,
      GRAPHHOPPER_PROFILE: 'car',
    },
    sender: createTwilioSender({
      accountSid: twilio.accountSid,
      authToken: twilio.authToken,
      from: '+33639980000',
      apiBaseUrl: twilio.baseUrl,
    }),
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    clock,
    // The day-before reminders every second, reading the shared clock.
    schedules: [
      { id: 'test-ride-reminders', pattern: '* * * * * *', job: 'send-ride-reminders', payload: {} },
    ],
    tuning: { relay: { retryBaseMs: 10, retryMaxMs: 100 } },
  });
}, 60_000);

afterAll(async () => {
  await app?.stop();
  if (redis) {
    await deleteKeys(redis, prefix);
    await closeRedisConnection(redis);
  }
  await twilio?.close();
  await graphhopper?.close();
  await t?.drop();
});

const smsTo = (to: string, pattern?: RegExp) =>
  twilio.messages().filter((m) => m.resource.to === to && (!pattern || pattern.test(m.resource.body)));
const waitForSms = (to: string, pattern: RegExp, what: string) =>
  waitFor(() => smsTo(to, pattern)[0], what, 30_000) as Promise<FakeMessage>;
const codeIn = (body: string) => /OUI ([0-9]{4})/.exec(body)?.[1];

async function request(residentId: string, requestedTime: string, extra: Record<string, unknown> = {}) {
  return createRideRequest(w.staff, {
    residentId,
    destination: { placeId: w.places.station },
    requestedTime,
    timeAnchor: 'arrival',
    returnWaitMinutes: 45,
    purpose: 'health',
    ...extra,
  });
}

/** The offers that reached volunteers' phones for a request: phone → code. */
async function offersReceived(expected: number, after: number): Promise<Map<string, string>> {
  const received = await waitFor(
    () => {
      const offers = twilio
        .messages()
        .slice(after)
        .filter((m) => volunteerPhones.includes(m.resource.to) && codeIn(m.resource.body));
      return offers.length >= expected
        ? new Map(offers.map((m) => [m.resource.to, codeIn(m.resource.body)!]))
        : undefined;
    },
    `${expected} offers by SMS`,
    30_000,
  );
  return received!;
}

const volunteerByPhone = (phone: string) => w.volunteers[volunteerPhones.indexOf(phone)]!;

describe('volunteer rides, end to end', () => {
  it('request → offers → three concurrent OUI (one assignment) → confirmation → reminder → FAIT → statement', async () => {
    const before = twilio.messages().length;
    const thursday = at(3, '10:00');
    const ride = await request(w.residents.sms, thursday.toISOString());
    const acknowledgement = await waitForSms('+33639981001', /bien enregistrée/, 'the acknowledgement');
    expect(acknowledgement.resource.body).toContain('Gare de Questembert');

    // Offers: the three nearest volunteers, by SMS through Twilio, with their code and page link.
    const offers = await offersReceived(3, before);
    expect([...offers.keys()].sort()).toEqual(volunteerPhones.slice(0, 3).sort());
    for (const phone of offers.keys()) {
      const [sms] = smsTo(phone, /Répondez OUI/);
      expect(sms!.resource.body).toMatch(/de Berric à Questembert/);
      expect(sms!.resource.body).toContain(`${PUBLIC_BASE_URL}/b/`);
      expect(sms!.resource.body).not.toMatch(/route de Vannes|Anne|Le Goff/);
    }
    // Road distances came from the GraphHopper adapter.
    expect(graphhopper.count('/matrix')).toBeGreaterThan(0);

    // Three volunteers answer OUI at the same instant: exactly one is assigned.
    const answers = await Promise.all(
      [...offers].map(([phone, code]) => {
        const id = volunteerByPhone(phone);
        return respondToOffer(w.volunteer(id), { volunteerDriverId: id, code, answer: 'yes' });
      }),
    );
    const counts = answers.reduce<Record<string, number>>((acc, a) => {
      acc[a.outcome] = (acc[a.outcome] ?? 0) + 1;
      return acc;
    }, {});
    expect(counts).toEqual({ assigned: 1, taken: 2 });
    const missions = await t.db
      .select()
      .from(schema.missions)
      .innerJoin(schema.missionRequests, eq(schema.missionRequests.missionId, schema.missions.id))
      .where(and(eq(schema.missionRequests.rideRequestId, ride.id), eq(schema.missions.status, 'assigned')));
    expect(missions).toHaveLength(1);
    const mission = missions[0]!.missions;
    const winnerPhone = [...offers].find(([, code]) => code === mission.code)![0];
    const winner = volunteerByPhone(winnerPhone);
    expect(mission.volunteerDriverId).toBe(winner);

    // The winner gets the pick-up details; the two others a kind "already taken"; the resident the driver.
    const details = await waitForSms(winnerPhone, /confirmé, merci/, 'the assignment details');
    expect(details.resource.body).toContain('12 route de Vannes, 56230 Berric');
    expect(details.resource.body).toContain('06 39 98 10 01');
    for (const phone of [...offers.keys()].filter((p) => p !== winnerPhone)) {
      await waitForSms(phone, /a déjà trouvé un chauffeur/, 'the "taken" message');
      expect(smsTo(phone, /a déjà trouvé un chauffeur/)).toHaveLength(1);
    }
    const driverName = VOLUNTEERS[w.volunteers.indexOf(winner)]!.firstName;
    const confirmation = await waitForSms('+33639981001', /votre trajet est confirmé/, 'the confirmation');
    expect(confirmation.resource.body).toContain(
      `${driverName}, chauffeur bénévole, viendra vous chercher le ${frenchDay(thursday, TZ)}`.replace(
        'û',
        'u',
      ),
    );

    // The day before at 17:10 in Paris: the reminders go out, once.
    clock.current = at(2, '17:10');
    await waitForSms('+33639981001', /rappel/, "the resident's reminder");
    await waitForSms(winnerPhone, /rappel, demain/, "the driver's reminder");
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(smsTo('+33639981001', /rappel/)).toHaveLength(1);
    expect(smsTo(winnerPhone, /rappel/)).toHaveLength(1);

    // After the trip the driver texts "FAIT 4821": the distance comes from the routing provider.
    clock.current = at(3, '12:00');
    await completeTrip(w.volunteer(winner), { volunteerDriverId: winner, code: mission.code! });
    await waitForSms(winnerPhone, /enregistré/, 'the thanks for closing');
    const measured = (await waitFor(async () => {
      const [row] = await t.db.select().from(schema.missions).where(eq(schema.missions.id, mission.id));
      return row?.drivenDistanceMeters ?? undefined;
    }, 'the distance driven'))!;
    expect(measured).toBeGreaterThan(mission.plannedDistanceMeters);
    expect(graphhopper.count('/route')).toBeGreaterThan(0);

    // The monthly statement, parsed back from its CSV and its PDF.
    const statement = await monthlyStatement(w.staff, winner, addDays(MONDAY_DATE, 3).slice(0, 7));
    const km = Math.round(measured / 100) / 10;
    const amount = (Math.round(km * 0.606 * 100) / 100).toFixed(2).replace('.', ',');
    const rows = parse(statementCsv(statement), { delimiter: ';', bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(rows).toEqual([
      {
        date: addDays(MONDAY_DATE, 3),
        heure: expect.stringMatching(/^09:[0-9]{2}$/),
        trajet: mission.code,
        depart: 'Berric',
        arrivee: 'Questembert',
        km: km.toFixed(1).replace('.', ','),
        taux_eur_km: '0,606',
        montant_eur: amount,
      },
    ]);
    const text = await pdfText(await statementPdf(statement));
    expect(text).toContain("Relevé d'indemnités kilométriques");
    expect(text).toContain(`${driverName} ${VOLUNTEERS[w.volunteers.indexOf(winner)]!.lastName}`);
    expect(text).toContain(mission.code!);
    expect(text).toContain(`${amount} €`);
    expect(text).toContain('loi n° 2022-1157');

    // Every SMS the service sent fits in two segments.
    for (const m of twilio.messages()) expect(Number(m.resource.num_segments)).toBeLessThanOrEqual(2);
  });

  it('opens the next wave when a wave expires, and makes the request unmet at the deadline', async () => {
    clock.current = MONDAY;
    const before = twilio.messages().length;
    const ride = await request(w.residents.landline, at(4, '10:00').toISOString());
    const firstWave = await offersReceived(3, before);
    // An hour without an answer: the next wave goes to the next volunteers.
    clock.advanceMinutes(61);
    const both = await offersReceived(6, before);
    expect([...both.keys()].filter((p) => !firstWave.has(p))).toHaveLength(3);
    const [mission] = await t.db
      .select({ deadline: schema.missions.matchDeadline, id: schema.missions.id })
      .from(schema.missions)
      .innerJoin(schema.missionRequests, eq(schema.missionRequests.missionId, schema.missions.id))
      .where(eq(schema.missionRequests.rideRequestId, ride.id));
    // Nobody answers by the deadline (24 h before the pick-up).
    clock.current = new Date(mission!.deadline.getTime() + 60_000);
    await waitFor(async () => {
      const [row] = await t.db.select().from(schema.rideRequests).where(eq(schema.rideRequests.id, ride.id));
      return row?.status === 'unmet';
    }, 'the request to become unmet');
    const [task] = await t.db
      .select()
      .from(schema.staffTasks)
      .where(eq(schema.staffTasks.linkedEntityId, ride.id));
    expect(task).toMatchObject({ kind: 'unmet_request', status: 'open' });
    // A landline: the resident is told by an automated call.
    const call = (await waitFor(
      () =>
        twilio
          .calls()
          .find((c) => c.resource.to === '+33261911002' && /pas encore trouvé/.test(c.twiml ?? '')),
      'the call to the resident',
    ))!;
    expect(call.twiml).toContain('Le CIAS va vous appeler');
  });

  it('tells the assigned driver when the resident cancels', async () => {
    clock.current = MONDAY;
    const before = twilio.messages().length;
    const ride = await request(w.residents.neighbour, at(7, '10:00').toISOString(), {
      returnWaitMinutes: null,
    });
    const offers = await offersReceived(3, before);
    const [phone, code] = [...offers][0]!;
    const driver = volunteerByPhone(phone);
    expect(
      (await respondToOffer(w.volunteer(driver), { volunteerDriverId: driver, code, answer: 'yes' })).outcome,
    ).toBe('assigned');
    await cancelRideRequest(w.resident(w.residents.neighbour), ride.id, { reason: 'resident_cancelled' });
    const told = await waitForSms(phone, /est annulé/, 'the cancellation to the driver');
    expect(told.resource.body).toContain(code);
    await waitForSms('+33639981004', /est annulé/, 'the cancellation to the resident');
    const [leg] = await t.db.select().from(schema.trips).where(eq(schema.trips.rideRequestId, ride.id));
    expect(leg!.outcome).toBe('cancelled');
  });
});

/** The PDF's text on one line, whitespace collapsed. */
async function pdfText(pdf: Buffer): Promise<string> {
  return (await pdfPages(pdf)).join('\n').replace(/\s+/g, ' ');
}
