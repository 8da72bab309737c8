import { schema } from '@solimob/db';
import { createTestDatabase, type TestDatabase } from '@solimob/db/testing';
import { parse } from 'csv-parse/sync';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  assignDriver,
  cancelRideRequest,
  completeTrip,
  createRideRequest,
  expireOfferWave,
  listRideRequestOffers,
  matchRideRequest,
  monthlyStatement,
  recordMissionDistance,
  recordNoShow,
  respondToOffer,
  ServiceError,
  sendRideReminders,
  setDriverPreferences,
  statementCsv,
  statementPdf,
  volunteerPage,
  withdrawFromTrip,
} from '../src';
import { createRidesWorld, type RidesWorld, TestClock } from './support/rides-world';

let t: TestDatabase;
let clock: TestClock;
let w: RidesWorld;

// Monday 30 November 2026, 09:00 in Paris; rides on Thursday 3 December.
const MONDAY = '2026-11-30T08:00:00Z';
beforeAll(async () => {
  t = await createTestDatabase();
  clock = new TestClock(new Date(MONDAY));
  w = await createRidesWorld(t.db, clock);
});
afterAll(async () => {
  await t?.drop();
});
beforeEach(() => {
  clock.set(MONDAY);
});

const book = (residentId: string, overrides: Record<string, unknown> = {}) =>
  createRideRequest(w.staff, {
    residentId,
    destination: { placeId: w.places.station },
    requestedTime: '2026-12-03T09:00:00.000Z',
    timeAnchor: 'arrival',
    returnWaitMinutes: 45,
    purpose: 'health',
    ...overrides,
  });

const offersOf = (missionId: string) =>
  t.db
    .select()
    .from(schema.offers)
    .where(eq(schema.offers.missionId, missionId))
    .orderBy(asc(schema.offers.score));
const missionOf = async (id: string) =>
  (await t.db.select().from(schema.missions).where(eq(schema.missions.id, id)))[0]!;
const requestOf = async (id: string) =>
  (await t.db.select().from(schema.rideRequests).where(eq(schema.rideRequests.id, id)))[0]!;
const messagesWith = (template: string) =>
  t.db.select().from(schema.messages).where(eq(schema.messages.template, template));
const messagesTo = (volunteerDriverId: string, template: string) =>
  t.db
    .select()
    .from(schema.messages)
    .where(
      and(eq(schema.messages.volunteerDriverId, volunteerDriverId), eq(schema.messages.template, template)),
    );

async function matched(residentId: string, overrides: Record<string, unknown> = {}) {
  const request = await book(residentId, overrides);
  const outcome = await matchRideRequest(w.deps, request.id);
  if (outcome.kind !== 'matched') throw new Error(`not matched: ${JSON.stringify(outcome)}`);
  return { request, missionId: outcome.missionId, outcome };
}

describe('matching a new request', () => {
  it('offers the mission to the three nearest volunteers with day, time, communes, code and link', async () => {
    const { request, missionId, outcome } = await matched(w.residents.sms);
    expect(outcome).toMatchObject({ pooledWith: null, wave: { kind: 'sent', wave: 1 } });
    expect((await requestOf(request.id)).status).toBe('offered');
    const offers = await offersOf(missionId);
    expect(offers.map((o) => o.volunteerDriverId)).toEqual(w.volunteers.slice(0, 3));
    for (const offer of offers) {
      expect(offer.code).toMatch(/^[0-9]{4}$/);
      expect(offer.scoreParts).toMatchObject({ fairness: 0, continuity: 0, preference: 0 });
      expect(offer.score).toBe(offer.scoreParts!.extraKm);
    }
    const [first] = await messagesTo(w.volunteers[0]!, 'mission.offer');
    expect(first!.body).toMatch(
      /^Solimob : trajet solidaire jeudi 3 décembre à 9 h \d\d, de Berric à Questembert/,
    );
    expect(first!.body).toContain(`Répondez OUI ${offers[0]!.code} ou NON ${offers[0]!.code}.`);
    expect(first!.body).toMatch(/Détails : https:\/\/solimob\.test\/b\/[A-Za-z0-9_-]{50}$/);
    expect(first!.body).not.toMatch(/route de Vannes|Le Goff|Anne/);
    const [next] = await t.db
      .select()
      .from(schema.outbox)
      .where(
        and(eq(schema.outbox.jobName, 'expire-offer-wave'), eq(schema.outbox.territoryId, w.territoryId)),
      )
      .orderBy(asc(schema.outbox.id));
    expect(next!.payload).toEqual({ missionId, wave: 1 });
    expect(next!.availableAt.toISOString()).toBe('2026-11-30T09:00:00.000Z');
    // A second run of the same job changes nothing.
    expect(await matchRideRequest(w.deps, request.id)).toMatchObject({ kind: 'skipped' });
    const staffView = await listRideRequestOffers(w.staff, request.id);
    expect(staffView).toHaveLength(3);
    expect(staffView[0]).toMatchObject({ status: 'pending', volunteer: { firstName: 'Jean' }, wave: 1 });
  });

  it('refuses bookings outside the rules, in French for a resident booking themselves', async () => {
    const tooSoon = createRideRequest(w.resident(w.residents.sms), {
      residentId: w.residents.sms,
      destination: { placeId: w.places.station },
      requestedTime: '2026-12-01T09:00:00.000Z',
      timeAnchor: 'arrival',
      purpose: 'shopping',
    });
    await expect(tooSoon).rejects.toMatchObject({
      code: 'validation',
      residentMessage:
        "Il faut demander un trajet au moins 2 jours à l'avance. Pour une urgence, appelez le CIAS.",
    });
    const vannesAddress = book(w.residents.sms, {
      destination: { label: 'Rue de Vannes', lat: 47.65, lon: -2.76 },
    });
    await expect(vannesAddress).rejects.toMatchObject({
      fields: [expect.objectContaining({ field: '/destination' })],
    });
    const hospital = await book(w.residents.sms, { destination: { placeId: w.places.hospital } });
    expect(hospital.destination.label).toBe('Centre hospitalier Bretagne Atlantique (Vannes)');
    expect(hospital).toMatchObject({ passengers: 1, toleranceMinutes: 15, returnWaitMinutes: 45 });
  });

  it('skips volunteers a resident asked not to have, and ranks the one they asked for first', async () => {
    await setDriverPreferences(w.staff, w.residents.landline, {
      preferences: [
        { volunteerDriverId: w.volunteers[0]!, kind: 'avoid' },
        { volunteerDriverId: w.volunteers[3]!, kind: 'preferred' },
      ],
    });
    const { missionId } = await matched(w.residents.landline, { requestedTime: '2026-12-04T09:00:00.000Z' });
    const offers = await offersOf(missionId);
    expect(offers.map((o) => o.volunteerDriverId)).not.toContain(w.volunteers[0]);
    const asked = offers.find((o) => o.volunteerDriverId === w.volunteers[3]);
    expect(asked?.scoreParts?.preference).toBe(-10);
    await setDriverPreferences(w.staff, w.residents.landline, { preferences: [] });
  });
});

describe('answering offers', () => {
  it('assigns exactly one of three volunteers answering OUI at the same instant', async () => {
    const { request, missionId } = await matched(w.residents.sms, {
      requestedTime: '2026-12-03T13:00:00.000Z',
    });
    const offers = await offersOf(missionId);
    const answers = await Promise.all(
      offers.map((o) =>
        respondToOffer(w.volunteer(o.volunteerDriverId), {
          volunteerDriverId: o.volunteerDriverId,
          code: ` ${o.code} `,
          answer: 'yes',
        }),
      ),
    );
    const assigned = answers.filter((a) => a.outcome === 'assigned');
    expect(assigned).toHaveLength(1);
    expect(answers.filter((a) => a.outcome === 'taken')).toHaveLength(2);
    const winner = offers.find((o) => o.id === assigned[0]!.offerId)!;
    const mission = await missionOf(missionId);
    expect(mission).toMatchObject({
      status: 'assigned',
      volunteerDriverId: winner.volunteerDriverId,
      code: winner.code,
    });
    expect((await requestOf(request.id)).status).toBe('matched');
    expect((await offersOf(missionId)).map((o) => o.status).sort()).toEqual([
      'accepted',
      'withdrawn',
      'withdrawn',
    ]);

    const [details] = await messagesTo(winner.volunteerDriverId, 'mission.assignment');
    expect(details!.body).toContain('Anne');
    expect(details!.body).toContain('12 route de Vannes, 56230 Berric');
    expect(details!.body).toContain('06 39 98 10 01');
    for (const loser of offers.filter((o) => o.id !== winner.id)) {
      const told = await messagesTo(loser.volunteerDriverId, 'mission.offer_taken');
      expect(told.filter((m) => m.linkedEntityId === loser.id)).toHaveLength(1);
      expect(told[0]!.body).toContain('a déjà trouvé un chauffeur');
    }
    const confirmations = (await messagesWith('ride.confirmation')).filter(
      (m) => m.linkedEntityId === request.id,
    );
    expect(confirmations).toHaveLength(1);
    expect(confirmations[0]!.body).toMatch(/^Solimob : votre trajet est confirmé\. \S+, chauffeur bénévole/);
    // The same OUI again: nothing new.
    const again = await respondToOffer(w.volunteer(winner.volunteerDriverId), {
      volunteerDriverId: winner.volunteerDriverId,
      code: winner.code,
      answer: 'yes',
    });
    expect(again.outcome).toBe('assigned');
    expect(await messagesTo(winner.volunteerDriverId, 'mission.assignment')).toHaveLength(1);
  });

  it('answers an unknown code with a French sentence and never lets a volunteer answer for another', async () => {
    const me = w.volunteers[5]!;
    await expect(
      respondToOffer(w.volunteer(me), { volunteerDriverId: me, code: '0000', answer: 'yes' }),
    ).rejects.toMatchObject({ code: 'not_found', residentMessage: expect.stringContaining('0000') });
    await expect(
      respondToOffer(w.volunteer(me), { volunteerDriverId: w.volunteers[0]!, code: '1234', answer: 'yes' }),
    ).rejects.toBeInstanceOf(ServiceError);
  });
});

describe('waves, withdrawal and the deadline', () => {
  it('opens the next wave when a wave expires, and when the assigned volunteer gives the trip back', async () => {
    const { missionId } = await matched(w.residents.neighbour, { requestedTime: '2026-12-03T14:00:00.000Z' });
    const first = await offersOf(missionId);
    await respondToOffer(w.volunteer(first[0]!.volunteerDriverId), {
      volunteerDriverId: first[0]!.volunteerDriverId,
      offerId: first[0]!.id,
      answer: 'no',
    });
    clock.advanceMinutes(61);
    expect(await expireOfferWave(w.deps, { missionId, wave: 1 })).toMatchObject({ kind: 'sent', wave: 2 });
    // A duplicate of the same job is a no-op.
    expect(await expireOfferWave(w.deps, { missionId, wave: 1 })).toMatchObject({ kind: 'skipped' });
    const second = (await offersOf(missionId)).filter((o) => o.wave === 2);
    expect(second.length).toBeGreaterThan(0);
    const taker = second[0]!;
    expect(
      (
        await respondToOffer(w.volunteer(taker.volunteerDriverId), {
          volunteerDriverId: taker.volunteerDriverId,
          code: taker.code,
          answer: 'yes',
        })
      ).outcome,
    ).toBe('assigned');

    const released = await withdrawFromTrip(w.volunteer(taker.volunteerDriverId), {
      volunteerDriverId: taker.volunteerDriverId,
      code: taker.code,
    });
    expect(released).toEqual({ missionId, late: false });
    expect(await missionOf(missionId)).toMatchObject({ status: 'open', volunteerDriverId: null, code: null });
    expect((await messagesTo(taker.volunteerDriverId, 'mission.release_ack'))[0]!.body).toContain('libéré');
    // The release queued the next wave; run it as the worker would. Those whose offers were taken back
    // when the trip was accepted are asked again; the one who gave it back and the one who said no are not.
    expect(await expireOfferWave(w.deps, { missionId, wave: 2 })).toMatchObject({ kind: 'sent', wave: 3 });
    const after = await offersOf(missionId);
    expect(after.find((o) => o.volunteerDriverId === taker.volunteerDriverId)!.status).toBe('released');
    expect(after.find((o) => o.id === first[0]!.id)!.status).toBe('refused');
    expect(after.filter((o) => o.wave === 3).every((o) => o.status === 'pending')).toBe(true);
  });

  it('makes the request unmet at the deadline, with a staff task and a message to the resident', async () => {
    const { request, missionId } = await matched(w.residents.landline, {
      requestedTime: '2026-12-03T15:00:00.000Z',
    });
    const mission = await missionOf(missionId);
    expect(mission.matchDeadline.getTime()).toBeLessThan(mission.plannedStartAt.getTime());
    clock.current = mission.matchDeadline;
    expect(await expireOfferWave(w.deps, { missionId, wave: 1 })).toEqual({
      kind: 'unmet',
      reason: 'no_volunteer_accepted',
    });
    expect(await requestOf(request.id)).toMatchObject({
      status: 'unmet',
      statusReason: 'no_volunteer_accepted',
    });
    expect((await offersOf(missionId)).every((o) => o.status === 'expired')).toBe(true);
    const tasks = await t.db
      .select()
      .from(schema.staffTasks)
      .where(eq(schema.staffTasks.linkedEntityId, request.id));
    expect(tasks).toMatchObject([
      { kind: 'unmet_request', status: 'open', residentId: w.residents.landline },
    ]);
    const [call] = (await messagesWith('ride.unmet')).filter((m) => m.linkedEntityId === request.id);
    expect(call).toMatchObject({ channel: 'voice', counterpartPhone: '+33261911002' });

    // Staff find a driver by phone: they assign one by hand, overriding the ranking.
    const chosen = w.volunteers[5]!;
    const view = await assignDriver(w.staff, request.id, { volunteerDriverId: chosen });
    expect(view).toMatchObject({ status: 'assigned', driver: { id: chosen, firstName: 'Nolwenn' } });
    expect(await requestOf(request.id)).toMatchObject({ status: 'matched' });
    expect(await messagesTo(chosen, 'mission.assignment')).toHaveLength(1);
  });

  it('reports no candidate at once as unmet (a wheelchair with no suitable car free that day)', async () => {
    // Saturday: nobody is available (weekday slots only).
    const { request } = await matched(w.residents.wheelchair, { requestedTime: '2026-12-05T09:00:00.000Z' });
    expect(await requestOf(request.id)).toMatchObject({
      status: 'unmet',
      statusReason: 'no_volunteer_available',
    });
  });
});

describe('pooling', () => {
  it('offers two neighbours going to the station at the same time as one trip', async () => {
    const first = await matched(w.residents.sms, {
      requestedTime: '2026-12-04T10:00:00.000Z',
      returnWaitMinutes: null,
    });
    const firstOffers = await offersOf(first.missionId);
    const second = await matched(w.residents.neighbour, {
      requestedTime: '2026-12-04T10:05:00.000Z',
      returnWaitMinutes: null,
    });
    expect(second.outcome.pooledWith).toBe(first.missionId);
    expect(await missionOf(first.missionId)).toMatchObject({
      status: 'superseded',
      supersededById: second.missionId,
    });
    for (const offer of firstOffers) {
      const [told] = (await messagesTo(offer.volunteerDriverId, 'mission.offer_withdrawn')).filter(
        (m) => m.linkedEntityId === offer.id,
      );
      expect(told!.body).toContain('a changé');
    }
    const pooled = await missionOf(second.missionId);
    const [offer] = await offersOf(second.missionId);
    const [sms] = (await messagesTo(offer!.volunteerDriverId, 'mission.offer')).filter(
      (m) => m.linkedEntityId === offer!.id,
    );
    expect(sms!.body).toContain('2 passagers');
    const legs = await t.db.select().from(schema.trips).where(eq(schema.trips.missionId, pooled.id));
    expect(legs.map((l) => l.rideRequestId).sort()).toEqual([first.request.id, second.request.id].sort());
    // Both staff views show the history: the first request sees both missions' offers.
    expect((await listRideRequestOffers(w.staff, first.request.id)).map((o) => o.missionStatus)).toContain(
      'superseded',
    );

    // One passenger cancels: the other still travels.
    await assignDriver(w.staff, second.request.id, { volunteerDriverId: w.volunteers[1]! });
    await cancelRideRequest(w.staff, first.request.id, { reason: 'resident_cancelled' });
    expect(await missionOf(second.missionId)).toMatchObject({ status: 'assigned' });
    expect((await messagesTo(w.volunteers[1]!, 'mission.passenger_cancelled'))[0]!.body).toContain('Anne');
  });
});

describe('after the trip', () => {
  it('closes by code, measures the distance from home, and puts it on the monthly statement', async () => {
    const { request, missionId } = await matched(w.residents.sms, {
      requestedTime: '2026-12-02T09:00:00.000Z',
    });
    const [offer] = await offersOf(missionId);
    const driver = offer!.volunteerDriverId;
    await respondToOffer(w.volunteer(driver), {
      volunteerDriverId: driver,
      code: offer!.code,
      answer: 'yes',
    });
    const page = await volunteerPage(w.volunteer(driver), driver);
    expect(page.missions[0]!.riders[0]).toMatchObject({
      firstName: 'Anne',
      address: '12 route de Vannes, 56230 Berric',
    });

    await expect(
      completeTrip(w.volunteer(driver), { volunteerDriverId: driver, code: offer!.code }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    clock.set('2026-12-02T10:30:00Z');
    const closed = await completeTrip(w.volunteer(driver), { volunteerDriverId: driver, code: offer!.code });
    expect(closed).toMatchObject({ status: 'completed', mileageRateEurPerKm: 0.606 });
    expect((await requestOf(request.id)).status).toBe('completed');
    const measured = await recordMissionDistance(w.deps, missionId);
    expect(measured).toMatchObject({ distanceMeters: expect.any(Number) });
    const meters = (measured as { distanceMeters: number }).distanceMeters;
    expect(meters).toBeGreaterThan((await missionOf(missionId)).plannedDistanceMeters);

    const statement = await monthlyStatement(w.volunteer(driver), driver, '2026-12');
    const row = statement.rows.find((r) => r.missionId === missionId)!;
    expect(row).toMatchObject({ date: '2026-12-02', from: 'Berric', to: 'Questembert', rateEurPerKm: 0.606 });
    expect(row.km).toBe(Math.round(meters / 100) / 10);
    expect(row.amountEur).toBe(Math.round(row.km! * 0.606 * 100) / 100);
    const csv = parse(statementCsv(statement), { delimiter: ';', bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(csv.find((r) => r.trajet === offer!.code)).toMatchObject({
      date: '2026-12-02',
      km: row.km!.toFixed(1).replace('.', ','),
      montant_eur: row.amountEur!.toFixed(2).replace('.', ','),
    });
    const pdf = await statementPdf(statement);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await expect(monthlyStatement(w.volunteer(w.volunteers[5]!), driver, '2026-12')).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('records a no-show and a late cancellation with their outcome codes, nothing more', async () => {
    clock.set('2026-11-27T08:00:00Z');
    const a = await matched(w.residents.neighbour, {
      requestedTime: '2026-12-01T14:00:00.000Z',
      returnWaitMinutes: null,
    });
    await assignDriver(w.staff, a.request.id, { volunteerDriverId: w.volunteers[2]! });
    clock.set('2026-12-01T13:00:00Z');
    await recordNoShow(w.volunteer(w.volunteers[2]!), {
      rideRequestId: a.request.id,
      volunteerDriverId: w.volunteers[2]!,
    });
    expect(await requestOf(a.request.id)).toMatchObject({ status: 'cancelled', statusReason: 'no_show' });
    const [leg] = await t.db.select().from(schema.trips).where(eq(schema.trips.rideRequestId, a.request.id));
    expect(leg!.outcome).toBe('no_show');

    clock.set(MONDAY);
    const b = await matched(w.residents.sms, {
      requestedTime: '2026-12-03T16:00:00.000Z',
      returnWaitMinutes: null,
    });
    await assignDriver(w.staff, b.request.id, { volunteerDriverId: w.volunteers[3]! });
    clock.set('2026-12-03T08:00:00Z');
    await cancelRideRequest(w.resident(w.residents.sms), b.request.id, { reason: 'resident_cancelled' });
    const [late] = await t.db.select().from(schema.trips).where(eq(schema.trips.rideRequestId, b.request.id));
    expect(late!.outcome).toBe('late_cancellation');
    expect(await missionOf(b.missionId)).toMatchObject({ status: 'cancelled' });
    const [told] = await messagesTo(w.volunteers[3]!, 'mission.cancelled');
    expect(told!.body).toContain('est annulé');
  });

  it('reminds the driver and the resident the day before, once', async () => {
    const { request, missionId } = await matched(w.residents.landline, {
      requestedTime: '2026-12-02T14:00:00.000Z',
    });
    await assignDriver(w.staff, request.id, { volunteerDriverId: w.volunteers[4]! });
    clock.set('2026-12-01T15:00:00Z'); // 16:00 in Paris: too early
    expect((await sendRideReminders(w.deps)).territories).toBe(0);
    clock.set('2026-12-01T16:10:00Z'); // 17:10
    const first = await sendRideReminders(w.deps);
    expect(first.messages).toBeGreaterThanOrEqual(2);
    expect((await sendRideReminders(w.deps)).messages).toBe(0);
    const [resident] = (await messagesWith('ride.reminder')).filter((m) => m.linkedEntityId === request.id);
    expect(resident).toMatchObject({ channel: 'voice' });
    expect(resident!.body).toContain('Loïc, chauffeur bénévole, viendra vous chercher demain');
    const [driver] = (await messagesWith('mission.driver_reminder')).filter(
      (m) => m.linkedEntityId === missionId,
    );
    expect(driver!.body).toContain('Marcel, 3 rue de la Mairie');
  });
});
