/**
 * What the scenarios act on, set up through the API like a coordinator would (residents, bookings),
 * plus counts read from the stack's database and from the fake Twilio.
 */
import { randomBytes } from 'node:crypto';
import type { Stack } from './stack';
import { sleep } from './stack';

const ADMIN = { email: 'admin@demo.solimob.fr', password: 'solimob-demo-admin' };

export interface HttpResult {
  status: number;
  ms: number;
  body: unknown;
}

/** One staff session shared by every API process (sessions live in Postgres). */
export class Client {
  private next = 0;
  constructor(
    private readonly stack: Stack,
    private token = '',
  ) {}

  /** Round-robin over the API processes, as a load balancer would. */
  private base(): string {
    const apis = this.stack.apis;
    this.next = (this.next + 1) % apis.length;
    return apis[this.next]!.url!;
  }

  async login(): Promise<void> {
    const result = await this.request('POST', '/auth/login', ADMIN);
    if (result.status !== 200)
      throw new Error(`login failed: ${result.status} ${JSON.stringify(result.body)}`);
    this.token = (result.body as { token: string }).token;
  }

  async request(method: string, url: string, body?: unknown, timeoutMs = 30_000): Promise<HttpResult> {
    const started = performance.now();
    try {
      const response = await fetch(`${this.base()}${url}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON
      }
      return { status: response.status, ms: performance.now() - started, body: parsed };
    } catch (error) {
      // No HTTP answer at all (refused, reset, our own timeout): status 0.
      return { status: 0, ms: performance.now() - started, body: String(error) };
    }
  }
}

export interface Fixture {
  client: Client;
  communeId: string;
  location: { lat: number; lon: number };
  lineId: string;
  /** A future round open for bookings (demo data: it may already hold bookings). */
  openRoundId: string;
  placeId: string;
  serviceNumber: string;
}

/** Picks a line, one of its open rounds, its commune and a place, and logs in as the demo admin. */
export async function prepareFixture(stack: Stack): Promise<Fixture> {
  const sql = stack.db.sql;
  const [round] = await sql<{ id: string; lineId: string; communeId: string; lat: number; lon: number }[]>`
    select r.id, r.shuttle_line_id as "lineId", s.commune_id as "communeId", c.lat, c.lon
    from shuttle_rounds r
    join shuttle_stops s on s.shuttle_line_id = r.shuttle_line_id
    join communes c on c.id = s.commune_id
    where r.status = 'open' and r.cutoff_at > now() + interval '2 hours'
    order by r.service_date, s.sequence limit 1`;
  if (!round) throw new Error('no open shuttle round with stops in the demo data');
  const [place] = await sql<{ id: string }[]>`
    select id from places where territory_id = ${stack.territoryId} and outside_territory = false
    order by name limit 1`;
  const [territory] = await sql<{ serviceNumber: string }[]>`
    select service_number as "serviceNumber" from territories where id = ${stack.territoryId}`;
  // Offers go to 5 volunteers at once (the demo sends fewer), so three can race for the same ride.
  await sql`update territories
            set settings = settings || jsonb_build_object('rides',
                  coalesce(settings->'rides', '{}'::jsonb) || '{"offerWaveSize": 5}'::jsonb)
            where id = ${stack.territoryId}`;
  // Every volunteer may drive on weekdays, anywhere, without absences: the race scenario needs several
  // volunteers offered the same ride (the demo's availabilities leave two or so for any given hour).
  await sql`insert into volunteer_availabilities (volunteer_driver_id, weekday, start_time, end_time)
            select v.id, d, '07:00', '20:00' from volunteer_drivers v, generate_series(1, 5) d
            where v.territory_id = ${stack.territoryId}`;
  await sql`delete from volunteer_absences`;
  await sql`delete from volunteer_served_communes`;
  await sql`update volunteer_drivers set max_distance_km = null, monthly_trip_cap = null
            where territory_id = ${stack.territoryId}`;
  const client = new Client(stack);
  await client.login();
  return {
    client,
    communeId: round.communeId,
    location: { lat: round.lat, lon: round.lon },
    lineId: round.lineId,
    openRoundId: round.id,
    placeId: place!.id,
    serviceNumber: territory!.serviceNumber,
  };
}

let phoneSeq = Number.parseInt(randomBytes(2).toString('hex'), 16) % 500;

/** A French mobile number no other resident of the run has. */
export function nextMobile(): string {
  phoneSeq += 1;
  return `+3366${String(1_000_000 + phoneSeq * 37)
    .padStart(7, '0')
    .slice(-7)}`;
}

export interface Resident {
  id: string;
  phone: string;
}

/** Residents who want SMS, one mobile each, created through the API (a few at a time). */
export async function createResidents(fixture: Fixture, count: number): Promise<Resident[]> {
  const residents: Resident[] = [];
  const one = async (k: number) => {
    const phone = nextMobile();
    const result = await fixture.client.request('POST', '/residents', {
      firstName: 'Test',
      lastName: `Panne ${k}`,
      communeId: fixture.communeId,
      addressLine: `${k} rue des Essais`,
      location: fixture.location,
      mobilityNeeds: [],
      preferredChannel: 'sms',
      phones: [{ number: phone }],
    });
    if (result.status !== 201) {
      throw new Error(`creating a resident: ${result.status} ${JSON.stringify(result.body)}`);
    }
    residents.push({ id: (result.body as { id: string }).id, phone });
  };
  for (let k = 0; k < count; k += 10) {
    await Promise.all(Array.from({ length: Math.min(10, count - k) }, (_, i) => one(k + i)));
  }
  return residents;
}

/** A weekday at least three days ahead, 10:00 in Paris (09:00 UTC in winter). */
export function rideTime(): string {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + 3);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  day.setUTCHours(9, 0, 0, 0);
  return day.toISOString();
}

export const bookSeat = (
  fixture: Fixture,
  residentId: string,
  roundId = fixture.openRoundId,
  timeoutMs = 30_000,
) => fixture.client.request('POST', '/seat-bookings', { shuttleRoundId: roundId, residentId }, timeoutMs);

export const requestRide = (fixture: Fixture, residentId: string) =>
  fixture.client.request('POST', '/ride-requests', {
    residentId,
    destination: { placeId: fixture.placeId },
    requestedTime: rideTime(),
    timeAnchor: 'arrival',
    purpose: 'health',
  });

/** An 8-seat round of the fixture's line with no booking yet, after the demo's rounds. */
export async function createEmptyRound(stack: Stack, fixture: Fixture, seats: number): Promise<string> {
  const sql = stack.db.sql;
  const [round] = await sql<{ id: string }[]>`
    insert into shuttle_rounds (territory_id, shuttle_line_id, nominal_date, service_date, arrival_time,
                                departure_time, cutoff_at, status)
    select territory_id, shuttle_line_id, nominal_date + 364, service_date + 364, arrival_time,
           departure_time, cutoff_at + interval '364 days', 'open'
    from shuttle_rounds where id = ${fixture.openRoundId}
    returning id`;
  await sql`insert into shuttle_round_vehicles (shuttle_round_id, name, seats)
            values (${round!.id}, 'Minibus panne', ${seats})`;
  return round!.id;
}

// ---- Counting ---------------------------------------------------------------------------------------

export interface Baseline {
  at: Date;
  messages: number;
  calls: number;
}

export function baseline(stack: Stack): Baseline {
  return { at: new Date(), messages: stack.twilio.messages().length, calls: stack.twilio.calls().length };
}

export interface DeliveryCount {
  /** Outbound messages created since the baseline, by status. */
  byStatus: Record<string, number>;
  /** Messages the database says were handed to the provider. */
  recorded: number;
  /** Requests the fake Twilio accepted since the baseline (SMS + calls). */
  accepted: number;
  /** Accepted more times than recorded (same recipient and text). */
  duplicates: number;
  /** Recorded as sent but never accepted. */
  missing: number;
  /** Accepted per recipient, since the baseline. */
  perRecipient: Map<string, number>;
  /** Recorded sent per recipient, since the baseline. */
  recordedPerRecipient: Map<string, number>;
}

export async function countDeliveries(stack: Stack, since: Baseline): Promise<DeliveryCount> {
  const rows = await stack.db.sql<{ channel: string; to: string; body: string; status: string }[]>`
    select channel, counterpart_phone as to, body, status from messages
    where direction = 'outbound' and created_at >= ${since.at.toISOString()}::timestamptz`;
  const byStatus: Record<string, number> = {};
  const expected = new Map<string, number>();
  const recordedPerRecipient = new Map<string, number>();
  let recorded = 0;
  for (const row of rows) {
    byStatus[row.status] = (byStatus[row.status] ?? 0) + 1;
    if (!['sent', 'delivered', 'undelivered'].includes(row.status)) continue;
    recorded += 1;
    recordedPerRecipient.set(row.to, (recordedPerRecipient.get(row.to) ?? 0) + 1);
    const key = row.channel === 'sms' ? `sms ${row.to} ${row.body}` : `voice ${row.to}`;
    expected.set(key, (expected.get(key) ?? 0) + 1);
  }
  const actual = new Map<string, number>();
  const perRecipient = new Map<string, number>();
  const add = (key: string, to: string) => {
    actual.set(key, (actual.get(key) ?? 0) + 1);
    perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
  };
  // The fake also records the inbound SMS it posts to our webhooks: only what we sent counts here.
  for (const m of stack.twilio.messages().slice(since.messages)) {
    if (m.resource.direction === 'inbound') continue;
    add(`sms ${m.resource.to} ${m.resource.body}`, m.resource.to);
  }
  for (const c of stack.twilio.calls().slice(since.calls)) add(`voice ${c.resource.to}`, c.resource.to);
  let duplicates = 0;
  let missing = 0;
  for (const key of new Set([...expected.keys(), ...actual.keys()])) {
    const diff = (actual.get(key) ?? 0) - (expected.get(key) ?? 0);
    if (diff > 0) duplicates += diff;
    else missing -= diff;
  }
  let accepted = 0;
  for (const n of actual.values()) accepted += n;
  return { byStatus, recorded, accepted, duplicates, missing, perRecipient, recordedPerRecipient };
}

/**
 * Waits until the system has nothing left to do: no due outbox row unpublished, no due message
 * waiting or being sent, and the counts unchanged for `quietMs`. Returns false on timeout.
 */
export async function settle(
  stack: Stack,
  since: Baseline,
  { timeoutMs = 180_000, quietMs = 3_000, progress = true } = {},
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let stableSince = Date.now();
  let nextNotice = Date.now() + 10_000;
  while (Date.now() < deadline) {
    let state: string;
    try {
      const [row] = await stack.db.sql<{ outbox: number; waiting: number; total: number }[]>`
        select
          (select count(*)::int from outbox where published_at is null and available_at <= now()) as outbox,
          (select count(*)::int from messages where direction = 'outbound' and status in ('pending', 'sending')
             and (held_until is null or held_until <= now())) as waiting,
          (select count(*)::int from messages where created_at >= ${since.at.toISOString()}::timestamptz) as total`;
      const accepted = stack.twilio.messages().length + stack.twilio.calls().length;
      state = `${row!.outbox} ${row!.waiting} ${row!.total} ${accepted}`;
      if (row!.outbox === 0 && row!.waiting === 0 && state === last) {
        if (Date.now() - stableSince >= quietMs) return true;
      } else if (state !== last) {
        stableSince = Date.now();
      }
      if (progress && Date.now() > nextNotice) {
        console.log(
          `    waiting: ${row!.outbox} outbox row(s) to publish, ${row!.waiting} message(s) to send, ${accepted - since.messages - since.calls} accepted so far`,
        );
        nextNotice = Date.now() + 10_000;
      }
    } catch (error) {
      // Only an outage is expected here; a wrong query must not pass for one.
      if (!/ECONNREFUSED|CONNECT|57P0|ECONNRESET/.test(String((error as { code?: string }).code)))
        throw error;
      state = 'db unavailable';
      stableSince = Date.now();
    }
    last = state;
    await sleep(500);
  }
  return false;
}

export interface Check {
  name: string;
  expected: number | string;
  actual: number | string;
}

export const ok = (check: Check) => String(check.expected) === String(check.actual);
