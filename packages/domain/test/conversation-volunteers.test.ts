/**
 * Volunteers answer offers by SMS on the service number: "OUI 4821", "NON 4821", "FAIT 4821" go
 * through the conversation (handleInboundSms) to the volunteer-ride verbs (respondToOffer,
 * completeTrip), on the rides test world.
 */
import { randomBytes } from 'node:crypto';
import { schema } from '@solimob/db';
import { createTestDatabase, type TestDatabase } from '@solimob/db/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRideRequest, handleInboundSms, matchRideRequest } from '../src';
import { createRidesWorld, type RidesWorld, TestClock } from './support/rides-world';

let t: TestDatabase;
let w: RidesWorld;
// Monday 30 November 2026, 09:00 in Paris; the ride is on Thursday 3 December at 10:00.
const clock = new TestClock(new Date('2026-11-30T08:00:00Z'));

beforeAll(async () => {
  t = await createTestDatabase();
  w = await createRidesWorld(t.db, clock);
});
afterAll(async () => {
  await t?.drop();
});

async function phoneOf(volunteerDriverId: string) {
  const [phone] = await t.db
    .select()
    .from(schema.volunteerPhones)
    .where(eq(schema.volunteerPhones.volunteerDriverId, volunteerDriverId));
  return phone!.e164;
}

/** Texts the service and returns the bodies the conversation queued in answer. */
async function text(from: string, body: string): Promise<string[]> {
  const outcome = await handleInboundSms(w.system, {
    from,
    body,
    provider: 'twilio',
    providerId: `SM${randomBytes(16).toString('hex')}`,
    receivedAt: clock.now(),
  });
  if (outcome.outcome !== 'handled') throw new Error(outcome.outcome);
  expect(outcome.party).toBe('volunteer');
  const rows = await Promise.all(
    outcome.replies.map(
      async (id) => (await t.db.select().from(schema.messages).where(eq(schema.messages.id, id)))[0]!,
    ),
  );
  return rows.map((row) => row.body);
}

const messagesTo = (volunteerDriverId: string, template: string) =>
  t.db
    .select()
    .from(schema.messages)
    .where(
      and(eq(schema.messages.volunteerDriverId, volunteerDriverId), eq(schema.messages.template, template)),
    );

describe('volunteers answer offers by SMS', () => {
  it('OUI with the code assigns the first; NON after that is kind; FAIT closes the trip once it has begun', async () => {
    const request = await createRideRequest(w.staff, {
      residentId: w.residents.sms,
      destination: { placeId: w.places.station },
      requestedTime: '2026-12-03T09:00:00.000Z',
      timeAnchor: 'arrival',
      purpose: 'health',
    });
    const outcome = await matchRideRequest(w.deps, request.id);
    if (outcome.kind !== 'matched') throw new Error(JSON.stringify(outcome));
    const offers = await t.db
      .select()
      .from(schema.offers)
      .where(eq(schema.offers.missionId, outcome.missionId));
    const [first, second] = [
      offers.find((o) => o.volunteerDriverId === w.volunteers[0])!,
      offers.find((o) => o.volunteerDriverId === w.volunteers[1])!,
    ];

    // Any case, extra words: the verb assigns and queues the pick-up details itself.
    expect(await text(await phoneOf(w.volunteers[0]!), `oui ${first.code} je prends, bonne journée`)).toEqual(
      [],
    );
    const [mission] = await t.db
      .select()
      .from(schema.missions)
      .where(eq(schema.missions.id, outcome.missionId));
    expect(mission).toMatchObject({ status: 'assigned', volunteerDriverId: w.volunteers[0] });
    expect(await messagesTo(w.volunteers[0]!, 'mission.assignment')).toHaveLength(1);

    // The second volunteer's NON after the trip was taken: thanked, nothing changes.
    const answer = await text(await phoneOf(w.volunteers[1]!), `NON ${second.code}`);
    expect(answer.length).toBeLessThanOrEqual(1);
    expect(
      (await t.db.select().from(schema.missions).where(eq(schema.missions.id, outcome.missionId)))[0]!
        .volunteerDriverId,
    ).toBe(w.volunteers[0]);

    // FAIT before the trip: the verb's refusal, in French.
    expect(await text(await phoneOf(w.volunteers[0]!), `FAIT ${mission!.code}`)).toEqual([
      "Solimob : ce trajet n'a pas encore commencé : répondez FAIT une fois la course terminée. Pour toute question, appelez le CIAS.",
    ]);
    clock.set('2026-12-03T10:30:00Z');
    expect(
      await text(await phoneOf(w.volunteers[0]!), `fait ${mission!.code} tout s'est bien passé`),
    ).toEqual([]);
    const [done] = await t.db.select().from(schema.missions).where(eq(schema.missions.id, outcome.missionId));
    expect(done!.status).toBe('completed');
    expect(await messagesTo(w.volunteers[0]!, 'mission.completion_ack')).toHaveLength(1);
  });

  it("an unknown code is answered with the verb's reason; no code gets the how-to", async () => {
    const [reply] = await text(await phoneOf(w.volunteers[2]!), 'OUI 0000');
    expect(reply).toMatch(/^Solimob : /);
    expect(reply).toContain('appelez le CIAS');
    expect((await text(await phoneOf(w.volunteers[2]!), 'ok pour moi'))[0]).toContain('OUI 4821');
  });
});
