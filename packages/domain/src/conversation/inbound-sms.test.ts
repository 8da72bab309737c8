import { randomBytes } from 'node:crypto';
import { schema } from '@solimob/db';
import { createTestDatabase, type TestDatabase } from '@solimob/db/testing';
import { and, asc, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type ChannelsFixture,
  FIXTURE_NUMBERS,
  seedChannelsFixture,
} from '../../test/support/channels-world';
import type { Clock, ServiceContext } from '../context';
import { generateRounds } from '../shuttles/rounds/generate';
import { handleInboundSms } from './inbound-sms';

let t: TestDatabase;
let f: ChannelsFixture;
/** Wednesday 2 December 2026, 10:00 in Paris. */
let current = new Date('2026-12-02T09:00:00Z');
const clock: Clock = { now: () => new Date(current) };
const ctx = (): ServiceContext => ({
  db: t.db,
  clock,
  actor: { kind: 'system', territoryId: f.territoryId },
});

beforeAll(async () => {
  t = await createTestDatabase();
  f = await seedChannelsFixture(t.db);
});
afterAll(async () => {
  await t?.drop();
});
beforeEach(() => {
  current = new Date(current.getTime() + 60 * 60_000);
});

const sid = () => `SM${randomBytes(16).toString('hex')}`;

/** Sends an SMS and returns the texts queued in answer, in order. */
async function text(from: string, body: string, providerId = sid()): Promise<string[]> {
  const outcome = await handleInboundSms(ctx(), {
    from,
    body,
    provider: 'twilio',
    providerId,
    receivedAt: clock.now(),
  });
  if (outcome.outcome !== 'handled') return [];
  const rows = await Promise.all(
    outcome.replies.map(
      async (id) => (await t.db.select().from(schema.messages).where(eq(schema.messages.id, id)))[0]!,
    ),
  );
  for (const row of rows) expect(row).toMatchObject({ direction: 'outbound', channel: 'sms', urgent: true });
  return rows.map((row) => row.body);
}

const tasks = async (kind: (typeof schema.staffTaskKind.enumValues)[number]) =>
  t.db
    .select()
    .from(schema.staffTasks)
    .where(and(eq(schema.staffTasks.territoryId, f.territoryId), eq(schema.staffTasks.kind, kind)));

const rideRequestsOf = (residentId: string) =>
  t.db
    .select()
    .from(schema.rideRequests)
    .where(eq(schema.rideRequests.residentId, residentId))
    .orderBy(asc(schema.rideRequests.createdAt));

describe('handleInboundSms: a resident asks for a ride over several messages', () => {
  it('gathers place, day and hour, confirms, then creates the request through createRideRequest', async () => {
    const [askPlace] = await text(
      f.marie.mobile,
      "Mon fils ne peut pas m'emmener chez le kiné mardi, pouvez vous trouver un chauffeur",
    );
    expect(askPlace).toContain('Je ne connais pas ce lieu');
    expect(await text(f.marie.mobile, 'a la maison de santé stp')).toEqual([
      'A quelle heure est votre rendez-vous ? Par exemple : 14h ou 9h30.',
    ]);
    const [confirm] = await text(f.marie.mobile, '14h30');
    expect(confirm).toBe(
      'Trajet vers Maison de santé de Questembert (pole ASTEQ) le mardi 8 décembre à 14 h 30. Répondez OUI pour confirmer ou NON pour abandonner.',
    );
    expect(await rideRequestsOf(f.marie.id)).toHaveLength(0);
    const [done] = await text(f.marie.mobile, 'oui merci');
    expect(done).toContain("C'est noté : demande de trajet vers Maison de santé");
    const [request] = await rideRequestsOf(f.marie.id);
    expect(request).toMatchObject({
      channel: 'sms',
      status: 'received',
      destinationPlaceId: f.places.sante,
      timeAnchor: 'arrival',
      purpose: 'health',
      requestedTime: new Date('2026-12-08T13:30:00Z'),
    });
    // The conversation answered: no second acknowledgement from the verb.
    const acks = await t.db
      .select()
      .from(schema.messages)
      .where(eq(schema.messages.template, 'ride.acknowledgement'));
    expect(acks).toHaveLength(0);
  });

  it('lists bookings with the date spelled in full and cancels one after a confirmation', async () => {
    const [list] = await text(f.marie.mobile, 'bjr je voudrais savoir mes rdv');
    expect(list).toBe(
      'Vos réservations : trajet vers Maison de santé de Questembert (pole ASTEQ) le mardi 8 décembre à 14 h 30 (chauffeur en recherche).',
    );
    const [confirm] = await text(f.marie.mobile, 'je veux annuler mardi');
    expect(confirm).toContain('Annuler : trajet vers Maison de santé');
    expect(confirm).toContain('Répondez OUI pour annuler');
    expect((await rideRequestsOf(f.marie.id))[0]!.status).toBe('received');
    expect(await text(f.marie.mobile, 'OUI')).toEqual([
      "C'est annulé : trajet vers Maison de santé de Questembert (pole ASTEQ) le mardi 8 décembre à 14 h 30.",
    ]);
    expect((await rideRequestsOf(f.marie.id))[0]).toMatchObject({
      status: 'cancelled',
      statusReason: 'resident_cancelled',
    });
    expect(await text(f.marie.mobile, 'mes réservations')).toEqual([
      "Vous n'avez aucune réservation à venir. Envoyez 1 pour la navette du marché ou 2 pour demander un chauffeur.",
    ]);
  });

  it('NON to a confirmation books nothing; the state expires after the configured minutes', async () => {
    // Tomorrow is too soon (48 hours' notice): said at once, before any "Répondez OUI".
    expect(await text(f.marie.mobile, 'un chauffeur pour la gare demain 9h')).toEqual([
      "Il faut demander un trajet au moins 2 jours à l'avance. Pour une urgence, appelez le CIAS. Donnez un autre jour ou une autre heure, ou envoyez NON.",
    ]);
    expect((await text(f.marie.mobile, 'lundi 9h'))[0]).toContain('Répondez OUI pour confirmer');
    expect(await text(f.marie.mobile, 'non')).toEqual(["D'accord, rien n'a été réservé."]);
    await text(f.marie.mobile, 'un chauffeur pour la gare lundi 9h');
    current = new Date(current.getTime() + 31 * 60_000);
    // Expired: "oui" no longer confirms anything.
    const [answer] = await text(f.marie.mobile, 'oui');
    expect(answer).toContain("je n'ai pas compris");
    expect((await rideRequestsOf(f.marie.id)).filter((r) => r.status !== 'cancelled')).toHaveLength(0);
  });
});

describe('handleInboundSms: a seat on the market shuttle', () => {
  it('books the round named through bookSeat after OUI, lists it in full, cancels it after OUI', async () => {
    await generateRounds(ctx());
    expect(
      await text(f.marie.mobile, 'Bonjour, je voudrais une place dans la navette du marché lundi'),
    ).toEqual([
      'Navette du marché le lundi 7 décembre. Répondez OUI pour réserver une place ou NON pour abandonner.',
    ]);
    expect(await text(f.marie.mobile, 'oui')).toEqual([
      "C'est réservé : navette du marché le lundi 7 décembre. L'heure de passage vous sera envoyée la veille.",
    ]);
    const seats = () =>
      t.db.select().from(schema.seatBookings).where(eq(schema.seatBookings.residentId, f.marie.id));
    expect(await seats()).toMatchObject([{ status: 'confirmed', channel: 'sms' }]);
    // The conversation answered: bookSeat queued no second message for a resident acting by SMS.
    const notices = await t.db
      .select()
      .from(schema.messages)
      .where(eq(schema.messages.template, 'shuttle.booked'));
    expect(notices).toHaveLength(0);
    // Asking again for the same Monday: told at once.
    expect(await text(f.marie.mobile, 'une place dans la navette lundi 7 décembre')).toEqual([
      'Vous avez déjà une place dans la navette du marché du lundi 7 décembre.',
    ]);
    expect(await text(f.marie.mobile, 'mes réservations')).toEqual([
      'Vos réservations : navette du marché, lundi 7 décembre.',
    ]);
    expect(await text(f.marie.mobile, 'annuler la navette')).toEqual([
      'Annuler : navette du marché, lundi 7 décembre ? Répondez OUI pour annuler ou NON pour la garder.',
    ]);
    expect(await text(f.marie.mobile, 'oui')).toEqual([
      "C'est annulé : navette du marché, lundi 7 décembre.",
    ]);
    expect(await seats()).toMatchObject([{ status: 'cancelled' }]);
  });

  it('on a full round, books a waitlist place and, asked again, says the rank rather than a seat', async () => {
    const rounds = schema.shuttleRounds;
    const [round] = await t.db.select().from(rounds).where(eq(rounds.serviceDate, '2026-12-07'));
    await t.db.update(rounds).set({ seatsTaken: round!.seatCapacity }).where(eq(rounds.id, round!.id));
    try {
      await text(f.marie.mobile, 'une place dans la navette lundi 7 décembre');
      expect(await text(f.marie.mobile, 'oui')).toEqual([
        "La navette du marché du lundi 7 décembre est complète. Votre rang sur la liste d'attente : 1. Nous vous préviendrons si une place se libère.",
      ]);
      expect(await text(f.marie.mobile, 'une place dans la navette lundi 7 décembre')).toEqual([
        "Vous avez déjà une place sur la liste d'attente de la navette du marché du lundi 7 décembre, au rang 1. Nous vous préviendrons si une place se libère.",
      ]);
      await text(f.marie.mobile, 'annuler la navette');
      expect(await text(f.marie.mobile, 'oui')).toEqual([
        "C'est annulé : navette du marché, lundi 7 décembre.",
      ]);
    } finally {
      await t.db.update(rounds).set({ seatsTaken: round!.seatsTaken }).where(eq(rounds.id, round!.id));
    }
  });
});

describe('handleInboundSms: the menu', () => {
  it('AIDE sends the numbered menu; a bare number then picks an entry', async () => {
    expect(await text(f.marie.mobile, 'aide svp')).toEqual([
      'Solimob : envoyez 1 pour la navette du marché, 2 pour demander un chauffeur, 3 pour annuler, 4 pour vos réservations. Sinon, appelez le CIAS au 02 61 91 00 00.',
    ]);
    expect(await text(f.marie.mobile, '2')).toEqual([
      'Où voulez-vous aller ? Donnez le nom du lieu, par exemple : la gare, la mairie.',
    ]);
    expect(await text(f.marie.mobile, 'à la gare de Malansac')).toEqual([
      'Pour quel jour ? Par exemple : lundi, demain, le 12/12.',
    ]);
    expect(await text(f.marie.mobile, 'mardi prochain 9h30')).toEqual([
      'Trajet vers Gare de Malansac le mardi 8 décembre à 9 h 30. Répondez OUI pour confirmer ou NON pour abandonner.',
    ]);
    expect(await text(f.marie.mobile, 'non merci')).toEqual(["D'accord, rien n'a été réservé."]);
  });
});

describe('handleInboundSms: not understood, unknown numbers, STOP/START, volunteers', () => {
  it('offers the menu once, then opens a callback task on the second miss in a row', async () => {
    const before = (await tasks('callback')).length;
    expect((await text(f.marie.mobile, 'blablabla'))[0]).toContain("je n'ai pas compris");
    expect((await text(f.marie.mobile, 'zzz qsdf'))[0]).toContain('Un agent du CIAS va vous rappeler');
    const after = await tasks('callback');
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ residentId: f.marie.id, phone: f.marie.mobile, status: 'open' });
  });

  it('answers an unknown number once a day with the CIAS number and opens one task', async () => {
    expect(await text(FIXTURE_NUMBERS.stranger, 'Bonjour je voudrais aller au marché lundi')).toEqual([
      "Bonjour, ce numéro n'est pas connu du service Solimob. Pour vous inscrire ou réserver, appelez le CIAS au 02 61 91 00 00. Merci !",
    ]);
    expect(await text(FIXTURE_NUMBERS.stranger, 'allo ?')).toEqual([]);
    const unknown = await tasks('unknown_caller');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ phone: FIXTURE_NUMBERS.stranger, residentId: null });
  });

  it('STOP records the opt-out with one confirmation; START removes it', async () => {
    expect(await text(f.marie.mobile, 'STOP')).toEqual([
      'Solimob : vous ne recevrez plus de SMS de notre part. Pour les recevoir de nouveau, envoyez START.',
    ]);
    expect(await text(f.marie.mobile, 'stop sms')).toEqual([]);
    const optOuts = () =>
      t.db.select().from(schema.phoneOptOuts).where(eq(schema.phoneOptOuts.phone, f.marie.mobile));
    expect(await optOuts()).toMatchObject([{ source: 'sms' }]);
    const audit = await t.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'phone.opt_out'));
    expect(audit).toMatchObject([
      { entityType: 'resident', entityId: f.marie.id, details: { source: 'sms' } },
    ]);
    expect(JSON.stringify(audit)).not.toContain(f.marie.mobile);
    // Writing again without START: no answer (it would not be sent), a callback task instead.
    expect(await text(f.marie.mobile, 'mes reservations')).toEqual([]);
    expect((await tasks('callback')).some((task) => task.summary.includes('STOP'))).toBe(true);
    expect(await text(f.marie.mobile, 'start')).toEqual([
      'Solimob : vous recevez de nouveau nos SMS. Envoyez AIDE pour le menu.',
    ]);
    expect(await optOuts()).toEqual([]);
  });

  it("a volunteer's code goes to the volunteer-ride verbs; without a code the volunteer is told how to answer", async () => {
    const [unknownCode] = await text(f.paul.mobile, 'oui 4821 je peux le faire');
    expect(unknownCode).toMatch(/^Solimob : .*appelez le CIAS\.$/);
    expect((await text(f.paul.mobile, 'bonjour'))[0]).toContain('OUI 4821');
  });

  it('stores every inbound SMS linked to its sender, once per provider id', async () => {
    const providerId = sid();
    await text(f.marie.mobile, 'aide', providerId);
    const again = await handleInboundSms(ctx(), {
      from: f.marie.mobile,
      body: 'aide',
      provider: 'twilio',
      providerId,
      receivedAt: clock.now(),
    });
    expect(again.outcome).toBe('duplicate');
    const [stored] = await t.db
      .select({ n: count() })
      .from(schema.messages)
      .where(and(eq(schema.messages.providerId, providerId)));
    expect(stored!.n).toBe(1);
    const [row] = await t.db.select().from(schema.messages).where(eq(schema.messages.providerId, providerId));
    expect(row).toMatchObject({ direction: 'inbound', status: 'received', residentId: f.marie.id });
  });
});
