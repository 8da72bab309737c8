/**
 * The SMS and voice channels end to end: the real API (webhooks) and the real worker process
 * (services/worker's own entry point: outbox relay, BullMQ on real Redis, the Twilio sender) on a real
 * Postgres, against the fake Twilio server, which signs its webhooks with the twilio library's own
 * function and drives calls key by key.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { schema } from '@solimob/db';
import { createTestDatabase, type TestDatabase } from '@solimob/db/testing';
import { bookSeat, createRideRequest, generateRounds, type ServiceContext } from '@solimob/domain';
import { type ChannelsFixture, FIXTURE_NUMBERS, seedChannelsFixture } from '@solimob/domain/testing/channels';
import { twilioSignature } from '@solimob/messaging';
import { type FakeTwilio, startFakeTwilio } from '@solimob/messaging/testing';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import type { App } from '../src/routes/types';
import { createRedis, redisUrl, TestClock } from './fixture';

/** What Twilio calls (a proxy's address): signatures are made for it. */
const PUBLIC = 'https://solimob.example.org/api';
/** Wednesday 2 December 2026, 10:00 in Paris: the CIAS office is open. */
const clock = new TestClock(new Date('2026-12-02T09:00:00Z'));

let t: TestDatabase;
let f: ChannelsFixture;
let fake: FakeTwilio;
let app: App;
let worker: ChildProcess;
/** The worker's log lines, for a failing test's investigation (`LOG_LEVEL` warn: ids only). */
let workerOutput = '';
let internal: string;
const redis = createRedis();
await redis.connect().catch(() => {});
const prefix = `test-channels-${randomBytes(4).toString('hex')}`;
const rewrite = (url: string) => url.replace(PUBLIC, internal);

beforeAll(async () => {
  t = await createTestDatabase();
  f = await seedChannelsFixture(t.db);
  // French geographic numbers cannot receive SMS, as Twilio says with 21614.
  fake = await startFakeTwilio({ landlinePattern: /^\+33[1-5]/ });
  app = await buildApp({
    config: {
      PUBLIC_BASE_URL: PUBLIC,
      SIGNED_LINK_SECRET: 'test-link-secret-of-at-least-32-characters',
      SESSION_TTL_HOURS: 12,
      LOG_LEVEL: 'silent',
      TWILIO_AUTH_TOKEN: fake.authToken,
      TWILIO_ACCOUNT_SID: fake.accountSid,
    },
    db: t,
    redis,
    clock,
    logger: false,
    rateLimits: { prefix: `${prefix}-rate` },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  internal = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  worker = spawn(
    process.execPath,
    ['--import', createRequire(import.meta.url).resolve('tsx'), 'src/main.ts'],
    {
      cwd: new URL('../../worker/', import.meta.url).pathname,
      env: {
        ...process.env,
        DATABASE_URL: t.url,
        REDIS_URL: redisUrl(),
        QUEUE_PREFIX: prefix,
        WORKER_CONCURRENCY: '2',
        OUTBOX_POLL_MS: '20',
        LOG_LEVEL: 'warn',
        PUBLIC_BASE_URL: PUBLIC,
        SIGNED_LINK_SECRET: 'test-link-secret-of-at-least-32-characters',
        TWILIO_ACCOUNT_SID: fake.accountSid,
        TWILIO_AUTH_TOKEN: fake.authToken,
        TWILIO_FROM: f.serviceNumber,
        TWILIO_API_BASE_URL: fake.baseUrl,
        // Quiet hours have their own test (the worker's): these tests run at any hour.
        QUIET_HOURS: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  worker.stdout?.on('data', (chunk) => {
    workerOutput += chunk;
  });
  worker.stderr?.on('data', (chunk) => {
    workerOutput += chunk;
  });
}, 60_000);

afterAll(async () => {
  if (worker && worker.exitCode === null) {
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.kill('SIGTERM');
    await exited;
  }
  await deleteKeys(prefix);
  await app?.close();
  redis.disconnect();
  await fake?.close();
  await t?.drop();
});

type Maybe<T> = T | undefined | false | null;

async function deleteKeys(keyPrefix: string) {
  const keys = await redis.keys(`${keyPrefix}*`);
  if (keys.length > 0) await redis.del(...keys);
}

async function waitFor<T>(
  check: () => Promise<Maybe<T>> | Maybe<T>,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${workerOutput.slice(-4000)}`);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

const sentTo = (to: string) =>
  fake
    .messages()
    .filter((m) => m.resource.to === to && String(m.resource.direction).startsWith('outbound'))
    .map((m) => m.resource.body);

/** Texts the service number like a phone would, and returns the SMS the worker sent back. */
async function sms(from: string, body: string, expectedReplies = 1): Promise<string[]> {
  const before = sentTo(from).length;
  const answer = await fake.sendInboundSms({
    url: `${PUBLIC}/webhooks/twilio/sms`,
    via: `${internal}/webhooks/twilio/sms`,
    from,
    to: f.serviceNumber,
    body,
  });
  expect(answer.status).toBe(200);
  expect(answer.contentType).toContain('text/xml');
  // Nothing is sent from inside the request: the answer is empty TwiML, the SMS go through the outbox.
  expect(answer.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
  if (expectedReplies === 0) return [];
  return waitFor(
    () => {
      const now = sentTo(from);
      return now.length >= before + expectedReplies ? now.slice(before) : undefined;
    },
    `${expectedReplies} SMS to ${from} after "${body}"`,
    30_000,
  );
}

const rows = async (table: 'messages' | 'outbox' | 'ride_requests' | 'webhook_receipts' | 'staff_tasks') => {
  const [row] = await t.sql.unsafe(`select count(*)::int as n from ${table}`);
  return (row as unknown as { n: number }).n;
};
const counts = async () => ({
  messages: await rows('messages'),
  outbox: await rows('outbox'),
  rideRequests: await rows('ride_requests'),
  receipts: await rows('webhook_receipts'),
  tasks: await rows('staff_tasks'),
});

describe('SMS conversation, end to end', () => {
  it('a resident asks for a ride over three SMS and confirms it', async () => {
    expect(await sms(f.marie.mobile, 'bjr jvoudrais un chauffeur pour la gare mardi stp')).toEqual([
      'A quelle heure est votre rendez-vous ? Par exemple : 14h ou 9h30.',
    ]);
    expect(await sms(f.marie.mobile, '14h30')).toEqual([
      'Trajet vers Gare de Questembert le mardi 8 décembre à 14 h 30. Répondez OUI pour confirmer ou NON pour abandonner.',
    ]);
    expect(await sms(f.marie.mobile, 'Oui')).toEqual([
      "C'est noté : demande de trajet vers Gare de Questembert le mardi 8 décembre à 14 h 30. Nous cherchons un chauffeur bénévole et vous le confirmerons par SMS.",
    ]);
    const [request] = await t.db
      .select()
      .from(schema.rideRequests)
      .where(eq(schema.rideRequests.residentId, f.marie.id));
    expect(request).toMatchObject({ channel: 'sms', destinationPlaceId: f.places.gare });
    // The worker may already have matched it (the relay publishes at once): still waiting for a driver.
    expect(['received', 'matching', 'offered']).toContain(request!.status);
    // Every SMS in and out is stored and linked to the resident.
    // The fake may have the last SMS a moment before the worker records it as sent.
    const timeline = await waitFor(async () => {
      const rows = await t.db
        .select()
        .from(schema.messages)
        .where(eq(schema.messages.counterpartPhone, f.marie.mobile));
      return rows.filter((m) => m.direction === 'outbound').every((m) => m.status === 'sent') && rows;
    }, 'the replies to be recorded as sent');
    expect(timeline).toHaveLength(6);
    expect(timeline.every((m) => m.residentId === f.marie.id)).toBe(true);
  });

  it('lists the bookings with the date in full, then cancels after OUI', async () => {
    expect(await sms(f.marie.mobile, 'mes réservations svp')).toEqual([
      'Vos réservations : trajet vers Gare de Questembert le mardi 8 décembre à 14 h 30 (chauffeur en recherche).',
    ]);
    expect(await sms(f.marie.mobile, 'ANNULER mardi')).toEqual([
      'Annuler : trajet vers Gare de Questembert le mardi 8 décembre à 14 h 30 ? Répondez OUI pour annuler ou NON pour la garder.',
    ]);
    expect(await sms(f.marie.mobile, 'oui')).toEqual([
      "C'est annulé : trajet vers Gare de Questembert le mardi 8 décembre à 14 h 30.",
    ]);
    const [request] = await t.db
      .select()
      .from(schema.rideRequests)
      .where(eq(schema.rideRequests.residentId, f.marie.id));
    expect(request!.status).toBe('cancelled');
  });

  it('STOP silences every sender until START', async () => {
    expect(await sms(f.marie.mobile, 'STOP')).toEqual([
      'Solimob : vous ne recevrez plus de SMS de notre part. Pour les recevoir de nouveau, envoyez START.',
    ]);
    // A confirmation queued by staff while opted out: recorded, never sent, a task for staff.
    const before = sentTo(f.marie.mobile).length;
    const staffCtx: ServiceContext = {
      db: t.db,
      clock,
      actor: { kind: 'system', territoryId: f.territoryId },
    };
    const request = await createRideRequest(staffCtx, {
      residentId: f.marie.id,
      destination: { placeId: f.places.gare },
      requestedTime: '2026-12-10T09:00:00Z',
      timeAnchor: 'arrival',
      purpose: 'other',
    });
    const ack = await waitFor(async () => {
      const [row] = await t.db
        .select()
        .from(schema.messages)
        .where(and(eq(schema.messages.linkedEntityId, request.id), eq(schema.messages.status, 'failed')));
      return row;
    }, 'the acknowledgement to be suppressed');
    expect(ack).toMatchObject({ errorCode: 'opted_out', template: 'ride.acknowledgement' });
    const task = await waitFor(async () => {
      const [row] = await t.db
        .select()
        .from(schema.staffTasks)
        .where(eq(schema.staffTasks.idempotencyKey, `undelivered-${ack.id}`));
      return row;
    }, 'a staff task for the suppressed message');
    expect(task).toMatchObject({ kind: 'undelivered_message', residentId: f.marie.id });
    expect(sentTo(f.marie.mobile)).toHaveLength(before);
    expect(await sms(f.marie.mobile, 'START')).toEqual([
      'Solimob : vous recevez de nouveau nos SMS. Envoyez AIDE pour le menu.',
    ]);
  });

  it('an unknown number gets the CIAS number once, and staff get a task', async () => {
    expect(await sms(FIXTURE_NUMBERS.stranger, 'Bonjour, je voudrais aller au marché lundi')).toEqual([
      "Bonjour, ce numéro n'est pas connu du service Solimob. Pour vous inscrire ou réserver, appelez le CIAS au 02 61 91 00 00. Merci !",
    ]);
    const [task] = await t.db
      .select()
      .from(schema.staffTasks)
      .where(eq(schema.staffTasks.kind, 'unknown_caller'));
    expect(task).toMatchObject({ phone: FIXTURE_NUMBERS.stranger, status: 'open' });
  });

  it("a volunteer's OUI with the code of an offer assigns them through respondToOffer", async () => {
    const staffCtx: ServiceContext = {
      db: t.db,
      clock,
      actor: { kind: 'system', territoryId: f.territoryId },
    };
    const request = await createRideRequest(staffCtx, {
      residentId: f.marie.id,
      destination: { placeId: f.places.marche },
      requestedTime: '2026-12-11T09:00:00Z',
      timeAnchor: 'arrival',
      purpose: 'shopping',
    });
    // The worker matches the request and offers it to the available volunteer by SMS.
    const offer = await waitFor(
      () =>
        sentTo(f.paul.mobile).find((body) => body.includes('vendredi 11 décembre') && /OUI \d{4}/.test(body)),
      'the offer to the volunteer',
    );
    const code = /OUI (\d{4})/.exec(offer)![1]!;
    const [assignment] = await sms(f.paul.mobile, `Oui ${code} je m'en occupe`);
    expect(assignment).toMatch(/^Solimob : /);
    const [mission] = await t.db
      .select()
      .from(schema.missions)
      .where(eq(schema.missions.volunteerDriverId, f.paul.id));
    expect(mission).toMatchObject({ status: 'assigned' });
    const [after] = await t.db
      .select()
      .from(schema.rideRequests)
      .where(eq(schema.rideRequests.id, request.id));
    expect(after!.status).toBe('matched');
  });
});

describe('forged and replayed webhooks are harmless', () => {
  const form = (body: string) => ({
    ToCountry: 'FR',
    SmsMessageSid: '',
    NumMedia: '0',
    Body: body,
    To: f.serviceNumber,
    From: f.marie.mobile,
    AccountSid: fake.accountSid,
    ApiVersion: '2010-04-01',
  });
  const post = (params: Record<string, string>, signature?: string) =>
    fetch(`${internal}/webhooks/twilio/sms`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(signature ? { 'x-twilio-signature': signature } : {}),
      },
      body: new URLSearchParams(params).toString(),
    });

  it('refuses missing and wrong signatures with 403 and changes nothing', async () => {
    const sid = `SM${randomBytes(16).toString('hex')}`;
    const params = { ...form('annuler tout'), MessageSid: sid, SmsMessageSid: sid };
    const before = await counts();
    const missing = await post(params);
    const wrongKey = await post(
      params,
      twilioSignature('not-the-token', `${PUBLIC}/webhooks/twilio/sms`, params),
    );
    const wrongUrl = await post(
      params,
      twilioSignature(fake.authToken, `${internal}/webhooks/twilio/sms`, params),
    );
    const signed = twilioSignature(fake.authToken, `${PUBLIC}/webhooks/twilio/sms`, params);
    const tampered = await post({ ...params, Body: 'STOP' }, signed);
    expect([missing.status, wrongKey.status, wrongUrl.status, tampered.status]).toEqual([403, 403, 403, 403]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await counts()).toEqual(before);
  });

  it("refuses an SMS to a number that is no territory's (404) and a malformed one (400), changing nothing", async () => {
    const sid = `SM${randomBytes(16).toString('hex')}`;
    const elsewhere = { ...form('aide'), MessageSid: sid, SmsMessageSid: sid, To: '+33639989999' };
    const malformed = { ...form('aide'), MessageSid: 'not-a-sid' };
    const sign = (params: Record<string, string>) =>
      twilioSignature(fake.authToken, `${PUBLIC}/webhooks/twilio/sms`, params);
    const before = await counts();
    expect((await post(elsewhere, sign(elsewhere))).status).toBe(404);
    expect((await post(malformed, sign(malformed))).status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('a webhook delivered three times is processed once and answered the same', async () => {
    const sid = `SM${randomBytes(16).toString('hex')}`;
    const params = { ...form('aide'), MessageSid: sid, SmsMessageSid: sid };
    const signature = twilioSignature(fake.authToken, `${PUBLIC}/webhooks/twilio/sms`, params);
    const before = await counts();
    const first = await post(params, signature);
    const firstBody = await first.text();
    const afterFirst = await counts();
    const replays = await Promise.all([post(params, signature), post(params, signature)]);
    const replayBodies = await Promise.all(replays.map((r) => r.text()));
    expect([first.status, ...replays.map((r) => r.status)]).toEqual([200, 200, 200]);
    expect(replayBodies).toEqual([firstBody, firstBody]);
    await waitFor(() => sentTo(f.marie.mobile).at(-1)?.startsWith('Solimob : envoyez 1'), 'the menu');
    expect(afterFirst).toEqual({
      ...before,
      messages: before.messages + 2,
      outbox: before.outbox + 1,
      receipts: before.receipts + 1,
    });
    expect(await counts()).toEqual(afterFirst);
    const [inbound] = await t.db
      .select({ n: count() })
      .from(schema.messages)
      .where(eq(schema.messages.providerId, sid));
    expect(inbound!.n).toBe(1);
  });
});

describe('voice line, end to end', () => {
  const dialIn = (from: string) =>
    fake.dialIn({ url: `${PUBLIC}/webhooks/twilio/voice`, from, to: f.serviceNumber, rewrite });

  it('greets a known caller, reads the menu slowly in French, repeats it with *', async () => {
    const call = await dialIn(f.jean.landline);
    expect(call.status).toBe(200);
    expect(call.twiml).toContain('<Say language="fr-FR" voice="Polly.Lea-Neural"><prosody rate="90%">');
    expect(call.read.said).toEqual([
      'Bonjour, vous êtes sur la ligne Solimob du CIAS.',
      'Pour réserver une place dans la prochaine navette du marché, tapez 1.',
      'Pour entendre vos réservations, tapez 2.',
      'Pour annuler une réservation, tapez 3.',
      'Pour parler à quelqu’un, tapez 0.',
      'Pour réécouter, tapez étoile.',
    ]);
    const again = await call.press('*');
    expect(again.read.said[0]).toBe('Pour réserver une place dans la prochaine navette du marché, tapez 1.');
    const empty = await again.press('2');
    expect(empty.read.said[0]).toBe('Vous n’avez aucune réservation à venir.');
    const [stored] = await t.db
      .select()
      .from(schema.messages)
      .where(and(eq(schema.messages.providerId, call.callSid)));
    expect(stored).toMatchObject({ direction: 'inbound', channel: 'voice', residentId: f.jean.id });
  });

  it('reads a booking and cancels it with 3, 1, 1', async () => {
    const ctx: ServiceContext = { db: t.db, clock, actor: { kind: 'system', territoryId: f.territoryId } };
    const request = await createRideRequest(ctx, {
      residentId: f.jean.id,
      destination: { placeId: f.places.sante },
      requestedTime: '2026-12-07T13:00:00Z',
      timeAnchor: 'arrival',
      purpose: 'health',
    });
    const call = await dialIn(f.jean.landline);
    const listed = await call.press('2');
    expect(listed.read.said.slice(0, 2)).toEqual([
      'Vous avez une réservation :',
      'un trajet vers Maison de santé de Questembert (pôle ASTEQ) le lundi 7 décembre à 14 h, chauffeur en recherche.',
    ]);
    const offered = await listed.press('3');
    expect(offered.read.said[0]).toContain('Votre réservation : un trajet vers Maison de santé');
    const confirm = await offered.press('1');
    expect(confirm.read.said[0]).toContain('Vous allez annuler un trajet vers Maison de santé');
    const done = await confirm.press('1');
    expect(done.read.said[0]).toBe('C’est annulé.');
    const [after] = await t.db
      .select()
      .from(schema.rideRequests)
      .where(eq(schema.rideRequests.id, request.id));
    expect(after).toMatchObject({ status: 'cancelled', statusReason: 'resident_cancelled' });
  });

  it('0 puts through to the CIAS in office hours, else records a voicemail that becomes a task', async () => {
    const open = await (await dialIn(f.jean.landline)).press('0');
    expect(open.read.dial).toBe(f.contactPhone);
    clock.current = new Date('2026-12-02T19:30:00Z');
    const closed = await (await dialIn(f.jean.landline)).press('0');
    expect(closed.read.said).toEqual([
      'Le CIAS est fermé en ce moment. Laissez votre message après le bip, en donnant votre nom, puis raccrochez.',
    ]);
    expect(closed.read.record).toBeDefined();
    const saved = await closed.leaveVoicemail(23);
    expect(saved.read.said[0]).toContain('votre message est enregistré');
    const [task] = await t.db.select().from(schema.staffTasks).where(eq(schema.staffTasks.kind, 'voicemail'));
    expect(task).toMatchObject({ residentId: f.jean.id, recordingSeconds: 23, phone: f.jean.landline });
    expect(task!.recordingUrl).toContain('/Recordings/RE');
    clock.current = new Date('2026-12-02T09:30:00Z');
  });

  it('stays silent twice, and the call ends politely', async () => {
    const call = await dialIn(f.jean.landline);
    const once = await call.silence();
    expect(once.read.gather).toBeDefined();
    const twice = await once.silence();
    expect(twice.read.said).toEqual(['Nous n’avons pas reçu de réponse. Au revoir, et à bientôt.']);
    expect(twice.read.hangup).toBe(true);
  });

  it('calls a landline-only resident with the confirmation read twice; 2 cancels it', async () => {
    const ctx: ServiceContext = { db: t.db, clock, actor: { kind: 'system', territoryId: f.territoryId } };
    const request = await createRideRequest(ctx, {
      residentId: f.jean.id,
      destination: { placeId: f.places.gare },
      requestedTime: '2026-12-09T08:00:00Z',
      timeAnchor: 'arrival',
      purpose: 'other',
    });
    const call = await waitFor(
      () => fake.calls().find((c) => c.twiml?.includes('Gare de Questembert')),
      'the call',
    );
    expect(call.resource.to).toBe(f.jean.landline);
    expect(call.twiml!.length).toBeLessThanOrEqual(4000);
    const answer = fake.pickUp(call.resource.sid, { rewrite });
    expect(answer.read.said.filter((s) => s.includes('Gare de Questembert'))).toHaveLength(2);
    expect(answer.read.said).toContain(
      'Pour confirmer, tapez 1. Pour annuler, tapez 2. Pour réécouter la question, tapez étoile.',
    );
    const done = await answer.press('2');
    expect(done.read.said).toEqual(['C’est annulé. Merci de nous avoir prévenus. Au revoir.']);
    const [after] = await t.db
      .select()
      .from(schema.rideRequests)
      .where(eq(schema.rideRequests.id, request.id));
    expect(after!.status).toBe('cancelled');
    const [recorded] = await t.db
      .select()
      .from(schema.messages)
      .where(eq(schema.messages.providerId, `${call.resource.sid}:answer`));
    expect(recorded).toMatchObject({
      direction: 'inbound',
      body: 'Touche 2 : annulation demandée',
      residentId: f.jean.id,
    });
  });
});

describe('market shuttle seats by SMS and on the phone, end to end', () => {
  const seatsOf = (residentId: string) =>
    t.db.select().from(schema.seatBookings).where(eq(schema.seatBookings.residentId, residentId));

  it('a resident books a seat by SMS through bookSeat', async () => {
    await generateRounds({ db: t.db, clock, actor: { kind: 'system', territoryId: f.territoryId } });
    expect(await sms(f.marie.mobile, 'jvoudrais une place dans le car du marché lundi svp')).toEqual([
      'Navette du marché le lundi 7 décembre. Répondez OUI pour réserver une place ou NON pour abandonner.',
    ]);
    expect(await sms(f.marie.mobile, 'OUI')).toEqual([
      "C'est réservé : navette du marché le lundi 7 décembre. L'heure de passage vous sera envoyée la veille.",
    ]);
    expect(await seatsOf(f.marie.id)).toMatchObject([{ status: 'confirmed', channel: 'sms' }]);
  });

  it('a landline caller books the next shuttle with 1, 1', async () => {
    const call = await fake.dialIn({
      url: `${PUBLIC}/webhooks/twilio/voice`,
      from: f.jean.landline,
      to: f.serviceNumber,
      rewrite,
    });
    const offered = await call.press('1');
    expect(offered.read.said[0]).toBe('La prochaine navette du marché pour vous passe le lundi 7 décembre.');
    const booked = await offered.press('1');
    expect(booked.read.said[0]).toBe(
      'C’est réservé : votre place dans la navette du lundi 7 décembre. Nous vous donnerons l’heure de passage la veille.',
    );
    expect(await seatsOf(f.jean.id)).toMatchObject([{ status: 'confirmed', channel: 'voice' }]);
  });

  it('staff book a seat for a landline-only resident: the call asks for a key, and 2 cancels the seat', async () => {
    await t.db.delete(schema.seatBookings).where(eq(schema.seatBookings.residentId, f.jean.id));
    const [round] = await t.db
      .select()
      .from(schema.shuttleRounds)
      .where(eq(schema.shuttleRounds.territoryId, f.territoryId))
      .orderBy(schema.shuttleRounds.serviceDate)
      .offset(1)
      .limit(1);
    const seat = await bookSeat(
      { db: t.db, clock, actor: { kind: 'system', territoryId: f.territoryId } },
      { shuttleRoundId: round!.id, residentId: f.jean.id },
    );
    const call = await waitFor(
      () => fake.calls().find((c) => c.twiml?.includes('navette du lundi 14 décembre')),
      'the confirmation call',
    );
    const picked = fake.pickUp(call.resource.sid, { rewrite });
    expect(picked.read.said.at(-2)).toBe(
      'Pour confirmer, tapez 1. Pour annuler, tapez 2. Pour réécouter la question, tapez étoile.',
    );
    expect((await picked.press('2')).read.said).toEqual([
      'C’est annulé. Merci de nous avoir prévenus. Au revoir.',
    ]);
    const [after] = await t.db.select().from(schema.seatBookings).where(eq(schema.seatBookings.id, seat.id));
    expect(after!.status).toBe('cancelled');
  });
});

describe('sending policy, end to end', () => {
  it('an SMS to a number Twilio calls a landline is read out in a call instead', async () => {
    // Registered as a mobile by mistake: Twilio refuses the SMS with 21614.
    const [phone] = await t.db
      .update(schema.residentPhones)
      .set({ kind: 'mobile' })
      .where(eq(schema.residentPhones.residentId, f.jean.id))
      .returning();
    await t.db
      .update(schema.residents)
      .set({ preferredChannel: 'sms' })
      .where(eq(schema.residents.id, f.jean.id));
    const ctx: ServiceContext = { db: t.db, clock, actor: { kind: 'system', territoryId: f.territoryId } };
    const request = await createRideRequest(ctx, {
      residentId: f.jean.id,
      destination: { placeId: f.places.marche },
      requestedTime: '2026-12-11T09:00:00Z',
      timeAnchor: 'arrival',
      purpose: 'shopping',
    });
    const fallback = await waitFor(async () => {
      const [row] = await t.db
        .select()
        .from(schema.messages)
        .where(eq(schema.messages.idempotencyKey, `voice-fallback-${(await smsOf(request.id))?.id}`));
      return row?.status === 'sent' && row;
    }, 'the fallback call');
    expect(fallback).toMatchObject({
      channel: 'voice',
      counterpartPhone: phone!.e164,
      residentId: f.jean.id,
    });
    expect(await smsOf(request.id)).toMatchObject({ status: 'failed', errorCode: '21614' });
    const [learned] = await t.db
      .select()
      .from(schema.residentPhones)
      .where(eq(schema.residentPhones.id, phone!.id));
    expect(learned!.kind).toBe('landline');
  });
});

async function smsOf(rideRequestId: string) {
  const [row] = await t.db
    .select()
    .from(schema.messages)
    .where(and(eq(schema.messages.linkedEntityId, rideRequestId), eq(schema.messages.channel, 'sms')));
  return row;
}
