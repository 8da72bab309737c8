/**
 * The fault scenarios. Each breaks one thing in a running stack, keeps using it as staff and Twilio
 * would, repairs it, waits until the system has nothing left to do, and returns counts checked against
 * what must have happened.
 */
import { randomBytes } from 'node:crypto';
import {
  baseline,
  bookSeat,
  type Check,
  type Client,
  countDeliveries,
  createEmptyRound,
  createResidents,
  type DeliveryCount,
  type Fixture,
  type HttpResult,
  type Resident,
  requestRide,
  settle,
} from './fixture';
import { type Stack, say, sleep } from './stack';

export interface ScenarioResult {
  checks: Check[];
  /** Figures worth printing that are not checks (latencies, durations). */
  notes: Record<string, number | string>;
}

export type Scenario = (stack: Stack, fixture: Fixture) => Promise<ScenarioResult>;

const countStatuses = (results: HttpResult[]) => {
  const counts: Record<string, number> = {};
  for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
};
const describeStatuses = (results: HttpResult[]) =>
  Object.entries(countStatuses(results))
    .map(([status, n]) => `${n}×${status === '0' ? 'no answer' : status}`)
    .join(', ');

/**
 * Each booked resident got their messages (a seat confirmation; a ride request's acknowledgement and
 * what follows it), each exactly as many times as the database recorded it: at least one, no more.
 */
function residentsMessagedOnce(residents: Resident[], count: DeliveryCount): number {
  return residents.filter((r) => {
    const accepted = count.perRecipient.get(r.phone) ?? 0;
    return accepted >= 1 && accepted === count.recordedPerRecipient.get(r.phone);
  }).length;
}

/** Seat bookings and ride requests, half and half, for the given residents. */
async function bookAll(fixture: Fixture, residents: Resident[], rides: number): Promise<HttpResult[]> {
  return Promise.all(
    residents.map((resident, k) =>
      k < rides ? requestRide(fixture, resident.id) : bookSeat(fixture, resident.id),
    ),
  );
}

async function deliveryChecks(
  stack: Stack,
  since: ReturnType<typeof baseline>,
  booked: Resident[],
  settled: boolean,
): Promise<Check[]> {
  const count = await countDeliveries(stack, since);
  console.log(`    messages since the start of the scenario: ${JSON.stringify(count.byStatus)}`);
  return [
    { name: 'system settled (nothing left to send)', expected: 'yes', actual: settled ? 'yes' : 'no' },
    { name: 'messages recorded sent = accepted by Twilio', expected: count.recorded, actual: count.accepted },
    { name: 'messages sent twice', expected: 0, actual: count.duplicates },
    { name: 'messages lost', expected: 0, actual: count.missing },
    {
      name: 'booked residents messaged, each message once',
      expected: booked.length,
      actual: residentsMessagedOnce(booked, count),
    },
  ];
}

/**
 * Redis stopped while bookings arrive. The API writes bookings and their messages to Postgres (the
 * outbox), so it keeps answering 201; the workers' relay publishes the rows once Redis is back.
 */
export const redisOutage: Scenario = async (stack, fixture) => {
  const residents = await createResidents(fixture, 40);
  await settle(stack, baseline(stack), { progress: false });
  const since = baseline(stack);
  say('Stopping Redis');
  await stack.redis.halt();
  say(`Booking for ${residents.length} residents while Redis is down (10 ride requests, 30 seats)`);
  const results = await bookAll(fixture, residents, 10);
  console.log(`    answers: ${describeStatuses(results)}`);
  await sleep(3_000);
  const [pending] = await stack.db.sql<{ n: number }[]>`
    select count(*)::int as n from outbox where published_at is null`;
  console.log(`    ${pending!.n} outbox row(s) waiting for Redis`);
  say('Starting Redis again');
  await stack.redis.resume();
  const downSince = Date.now();
  const settled = await settle(stack, since);
  const booked = residents.filter((_, k) => results[k]!.status === 201);
  return {
    checks: [
      {
        name: 'bookings accepted (201) while Redis was down',
        expected: residents.length,
        actual: booked.length,
      },
      {
        name: 'outbox rows waiting while Redis was down > 0',
        expected: 'yes',
        actual: pending!.n > 0 ? 'yes' : 'no',
      },
      ...(await deliveryChecks(stack, since, booked, settled)),
    ],
    notes: { 'seconds to drain after Redis returned': ((Date.now() - downSince) / 1000).toFixed(1) },
  };
};

/**
 * A worker killed with SIGKILL while it sends: the fake Twilio answers slowly so sends are in flight.
 * Jobs of the dead worker are stalled in BullMQ and retried; a message caught between Twilio's
 * acceptance and our record is reconciled with Twilio's message list, not sent again.
 */
export const workerKill: Scenario = async (stack, fixture) => {
  const residents = await createResidents(fixture, 60);
  await settle(stack, baseline(stack), { progress: false });
  const since = baseline(stack);
  // Every send takes 300 ms at "Twilio": the worker is mid-send when it dies.
  stack.twilio.delayNext(1_000, 300);
  say(`Booking seats for ${residents.length} residents`);
  const results = await bookAll(fixture, residents, 0);
  console.log(`    answers: ${describeStatuses(results)}`);
  // Wait until sending is under way, then kill every worker mid-send.
  const started = Date.now();
  while (stack.twilio.messages().length - since.messages < 5 && Date.now() - started < 60_000)
    await sleep(50);
  const sentBefore = stack.twilio.messages().length - since.messages;
  const [sending] = await stack.db.sql<{ n: number }[]>`
    select count(*)::int as n from messages where status = 'sending'`;
  say(`SIGKILL to ${stack.workers.length} worker(s) after ${sentBefore} send(s) (${sending!.n} in flight)`);
  await Promise.all(stack.workers.map((worker) => stack.kill(worker, 'SIGKILL')));
  await sleep(1_000);
  say('Starting the worker(s) again');
  for (let i = 0; i < stack.workers.length; i++) stack.startWorker(i);
  const settled = await settle(stack, since);
  const booked = residents.filter((_, k) => results[k]!.status === 201);
  const [reconciled] = await stack.db.sql<{ n: number }[]>`
    select count(*)::int as n from messages where created_at >= ${since.at.toISOString()}::timestamptz and attempts > 1`;
  return {
    checks: [
      { name: 'bookings accepted (201)', expected: residents.length, actual: booked.length },
      {
        name: 'sends in progress when killed > 0',
        expected: 'yes',
        actual: sentBefore < booked.length ? 'yes' : 'no',
      },
      ...(await deliveryChecks(stack, since, booked, settled)),
    ],
    notes: {
      'sent before the kill': sentBefore,
      'in flight at the kill': sending!.n,
      'messages claimed more than once (attempts > 1)': reconciled!.n,
    },
  };
};

/**
 * Postgres restarted (fast shutdown, down a few seconds, started again) while requests keep coming.
 * The API must answer 503 quickly while it is down, and API and worker must recover without restart.
 */
export const postgresRestart: Scenario = async (stack, fixture) => {
  const residents = await createResidents(fixture, 40);
  await settle(stack, baseline(stack), { progress: false });
  const since = baseline(stack);
  // Half booked before the restart (their messages may be in flight), half after.
  const before = residents.slice(0, 20);
  const after = residents.slice(20);
  const beforeResults = await bookAll(fixture, before, 4);
  console.log(`    before the restart: ${describeStatuses(beforeResults)}`);

  say('Stopping Postgres');
  await stack.pg.halt();
  const downAt = Date.now();
  // Requests during the outage: reads and writes, one every 100 ms for 5 s.
  const during: HttpResult[] = [];
  const prober = fixture.client;
  while (Date.now() - downAt < 5_000) {
    const batch = await Promise.all([
      prober.request('GET', '/ride-requests?pageSize=5', undefined, 20_000),
      prober.request(
        'POST',
        '/seat-bookings',
        { shuttleRoundId: fixture.openRoundId, residentId: after[0]!.id },
        20_000,
      ),
    ]);
    during.push(...batch);
    await sleep(100);
  }
  const maxDuring = Math.max(...during.map((r) => r.ms));
  const sorted = during.map((r) => Math.round(r.ms)).sort((a, b) => a - b);
  console.log(
    `    during the outage: ${describeStatuses(during)}, median ${sorted[Math.floor(sorted.length / 2)]} ms, slowest ${maxDuring.toFixed(0)} ms (first answers: ${during
      .slice(0, 4)
      .map((r) => Math.round(r.ms))
      .join(', ')} ms)`,
  );
  say('Starting Postgres again');
  await stack.pg.resume();
  const upAt = Date.now();
  // The first requests after the restart may meet connections the pool has not yet found dead.
  let recoveredMs = -1;
  const probes: HttpResult[] = [];
  while (Date.now() - upAt < 30_000) {
    const probe = await prober.request('GET', '/ride-requests?pageSize=5');
    probes.push(probe);
    if (probe.status === 200) {
      recoveredMs = Date.now() - upAt;
      break;
    }
    await sleep(100);
  }
  console.log(`    probes after the restart: ${describeStatuses(probes)}`);
  if (recoveredMs < 0) console.log(`    last probe: ${JSON.stringify(probes.at(-1)?.body).slice(0, 300)}`);
  const afterResults = await bookAll(fixture, after, 4);
  console.log(`    after the restart: ${describeStatuses(afterResults)}`);
  const settled = await settle(stack, since);
  const results = [...beforeResults, ...afterResults];
  const booked = residents.filter((_, k) => results[k]!.status === 201);
  const alive = [...stack.apis, ...stack.workers].filter((s) => s.child.exitCode === null).length;
  return {
    checks: [
      {
        name: 'requests during the outage answered 503',
        expected: during.length,
        actual: countStatuses(during)['503'] ?? 0,
      },
      {
        name: 'slowest answer during the outage < 6 s',
        expected: 'yes',
        actual: maxDuring < 6_000 ? 'yes' : 'no',
      },
      {
        name: 'API answers again within 10 s of the restart',
        expected: 'yes',
        actual: recoveredMs >= 0 && recoveredMs < 10_000 ? 'yes' : 'no',
      },
      {
        name: 'processes still running (not restarted)',
        expected: stack.apis.length + stack.workers.length,
        actual: alive,
      },
      {
        name: 'bookings accepted (201) around the restart',
        expected: residents.length,
        actual: booked.length,
      },
      ...(await deliveryChecks(stack, since, booked, settled)),
    ],
    notes: {
      'slowest answer during the outage (ms)': Math.round(maxDuring),
      'API answering again after (ms)': recoveredMs,
    },
  };
};

/** Posts the same signed inbound SMS (same MessageSid) `times` times at once, spread over the APIs. */
async function replayInbound(
  stack: Stack,
  from: string,
  to: string,
  body: string,
  sid: string,
  times: number,
) {
  const url = `${stack.publicBaseUrl}/webhooks/twilio/sms`;
  return Promise.all(
    Array.from({ length: times }, (_, k) =>
      stack.twilio.sendInboundSms({
        url,
        via: `${stack.apis[k % stack.apis.length]!.url}/webhooks/twilio/sms`,
        from,
        to,
        body,
        extra: { MessageSid: sid, SmsSid: sid, SmsMessageSid: sid },
      }),
    ),
  );
}

/**
 * Races: a webhook delivered twice at once, three volunteers saying OUI to the same ride at the same
 * instant, and 200 seat bookings at once for a round of 8 seats.
 */
export const races: Scenario = async (stack, fixture) => {
  const checks: Check[] = [];
  const notes: Record<string, number | string> = {};
  const sql = stack.db.sql;

  // 1. Webhook replay: the same inbound SMS (same MessageSid) four times at once.
  const [control, replayed] = await createResidents(fixture, 2);
  await settle(stack, baseline(stack), { progress: false });
  let since = baseline(stack);
  const sid = () => `SM${randomBytes(16).toString('hex')}`;
  const replaySid = sid();
  await replayInbound(stack, control!.phone, fixture.serviceNumber, 'Bonjour', sid(), 1);
  const replies = await replayInbound(stack, replayed!.phone, fixture.serviceNumber, 'Bonjour', replaySid, 4);
  await settle(stack, since, { progress: false });
  const [inbound] = await sql<{ n: number }[]>`
    select count(*)::int as n from messages where direction = 'inbound' and provider_id = ${replaySid}`;
  const counted = await countDeliveries(stack, since);
  const [controlInbound] = await sql<{ n: number }[]>`
    select count(*)::int as n from messages where direction = 'inbound' and counterpart_phone = ${control!.phone}`;
  // The answer may be TwiML (inline) or a queued SMS: compare with one delivery of the same text.
  const controlReplies =
    (counted.perRecipient.get(control!.phone) ?? 0) + (replies[0]!.body.includes('<Message') ? 1 : 0);
  const replayedReplies =
    (counted.perRecipient.get(replayed!.phone) ?? 0) +
    replies.filter((r) => r.body.includes('<Message')).length;
  console.log(`    replayed webhook answers: ${replies.map((r) => r.status).join(', ')}`);
  checks.push(
    { name: 'replayed webhook: inbound messages recorded', expected: controlInbound!.n, actual: inbound!.n },
    {
      name: 'replayed webhook: replies (as for one delivery)',
      expected: controlReplies,
      actual: replayedReplies,
    },
  );

  // 2. Three volunteers answer OUI to offers for the same ride at the same instant.
  const [rider] = await createResidents(fixture, 1);
  const ride = await requestRide(fixture, rider!.id);
  if (ride.status !== 201) throw new Error(`ride request: ${ride.status} ${JSON.stringify(ride.body)}`);
  const rideId = (ride.body as { id: string }).id;
  let offers: { volunteerId: string; code: string; phone: string }[] = [];
  const waitUntil = Date.now() + 60_000;
  while (Date.now() < waitUntil) {
    offers = await sql<{ volunteerId: string; code: string; phone: string }[]>`
      select o.volunteer_driver_id as "volunteerId", o.code, p.e164 as phone
      from offers o
      join mission_requests mr on mr.mission_id = o.mission_id
      join lateral (select e164 from volunteer_phones vp where vp.volunteer_driver_id = o.volunteer_driver_id
                    order by (vp.kind = 'mobile') desc limit 1) p on true
      where mr.ride_request_id = ${rideId} and o.status = 'pending'`;
    if (offers.length >= 3) break;
    await sleep(500);
  }
  notes['offers sent for the raced ride'] = offers.length;
  await settle(stack, since, { progress: false });
  if (offers.length < 3) {
    checks.push({ name: 'offers to race (≥ 3 volunteers)', expected: '≥3', actual: offers.length });
  } else {
    since = baseline(stack);
    const three = offers.slice(0, 3);
    const answers = await Promise.all(
      three.map((offer, k) =>
        stack.twilio.sendInboundSms({
          url: `${stack.publicBaseUrl}/webhooks/twilio/sms`,
          via: `${stack.apis[k % stack.apis.length]!.url}/webhooks/twilio/sms`,
          from: offer.phone,
          to: fixture.serviceNumber,
          body: `OUI ${offer.code}`,
        }),
      ),
    );
    console.log(`    OUI answers: ${answers.map((a) => a.status).join(', ')}`);
    await settle(stack, since, { progress: false });
    const [assigned] = await sql<{ n: number; volunteers: number }[]>`
      select count(*)::int as n, count(distinct m.volunteer_driver_id)::int as volunteers
      from missions m join mission_requests mr on mr.mission_id = m.id
      where mr.ride_request_id = ${rideId} and m.status = 'assigned'`;
    const [accepted] = await sql<{ n: number }[]>`
      select count(*)::int as n from offers o join mission_requests mr on mr.mission_id = o.mission_id
      where mr.ride_request_id = ${rideId} and o.status = 'accepted'`;
    const count = await countDeliveries(stack, since);
    // Answers are queued messages (the assignment, "already taken"); a volunteer who had many offers
    // during the run may see theirs held by the per-number rate, so count what was queued.
    const queued = await sql<{ phone: string }[]>`
      select distinct counterpart_phone as phone from messages
      where direction = 'outbound' and created_at >= ${since.at.toISOString()}::timestamptz`;
    const queuedTo = new Set(queued.map((row) => row.phone));
    const answered = three.filter(
      (o, k) => queuedTo.has(o.phone) || answers[k]!.body.includes('<Message'),
    ).length;
    checks.push(
      { name: 'three OUI at once: missions assigned', expected: 1, actual: assigned!.n },
      { name: 'three OUI at once: offers accepted', expected: 1, actual: accepted!.n },
      { name: 'three OUI at once: volunteers answered', expected: 3, actual: answered },
      { name: 'three OUI at once: messages sent twice', expected: 0, actual: count.duplicates },
    );
  }

  // 3. 200 seat bookings at once for a round of 8 seats.
  const seats = 8;
  const roundId = await createEmptyRound(stack, fixture, seats);
  const residents = await createResidents(fixture, 200);
  await settle(stack, baseline(stack), { progress: false });
  since = baseline(stack);
  say(`200 seat bookings at once on a round of ${seats} seats`);
  const started = performance.now();
  // A generous client timeout: on a loaded machine 200 bookings at once take a while on one API.
  const results = await Promise.all(residents.map((r) => bookSeat(fixture, r.id, roundId, 120_000)));
  notes['200 bookings answered in (ms)'] = Math.round(performance.now() - started);
  console.log(`    answers: ${describeStatuses(results)}`);
  const statuses = countStatusesOf(results);
  const settled = await settle(stack, since);
  const [round] = await sql<{ taken: number; queued: number; confirmed: number; waitlisted: number }[]>`
    select r.seats_taken as taken, r.waitlisted as queued,
      (select count(*)::int from seat_bookings b where b.shuttle_round_id = r.id and b.status = 'confirmed') as confirmed,
      (select count(*)::int from seat_bookings b where b.shuttle_round_id = r.id and b.status = 'waitlisted') as waitlisted
    from shuttle_rounds r where r.id = ${roundId}`;
  const booked = residents.filter((_, k) => results[k]!.status === 201);
  checks.push(
    { name: '200 bookings: answered 201', expected: 200, actual: booked.length },
    { name: '200 bookings: confirmed in the answers', expected: seats, actual: statuses.confirmed },
    { name: '200 bookings: confirmed in the database', expected: seats, actual: round!.confirmed },
    { name: "200 bookings: round's seats taken", expected: seats, actual: round!.taken },
    { name: '200 bookings: waitlisted', expected: 200 - seats, actual: round!.waitlisted },
    { name: "200 bookings: round's waitlist counter", expected: 200 - seats, actual: round!.queued },
    ...(await deliveryChecks(stack, since, booked, settled)).map((c) => ({
      ...c,
      name: `200 bookings: ${c.name}`,
    })),
  );
  return { checks, notes };
};

function countStatusesOf(results: HttpResult[]) {
  let confirmed = 0;
  for (const r of results) if ((r.body as { status?: string })?.status === 'confirmed') confirmed += 1;
  return { confirmed };
}

export const scenarios: Record<string, Scenario> = {
  'redis-outage': redisOutage,
  'worker-kill': workerKill,
  'postgres-restart': postgresRestart,
  races,
};

export type { Client };
