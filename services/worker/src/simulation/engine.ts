import { type Db, schema } from '@solimob/db';
import {
  addDays,
  bookSeat,
  type Clock,
  completeTrip,
  createLinkIssuer,
  createRideRequest,
  loadTerritory,
  localDate,
  type MessageSender,
  type Metrics,
  type OutboundMessage,
  PER_NUMBER_RATE,
  respondToOffer,
  type Scenario,
  type ServiceContext,
  ServiceError,
  zonedInstant,
} from '@solimob/domain';
import { isJobName, type JobName } from '@solimob/queue';
import { createLruMatrixCellCache, createRoutingProvider } from '@solimob/routing';
import { and, asc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { pino } from 'pino';
import { processors } from '../processors';
import type { Processor, ProcessorDeps } from '../processors/types';
import { buildDemand, type Intent } from './demand';
import type { LiveBaseline } from './live-baseline';
import { computeMetrics, type Tracking } from './metrics';
import { type Prepared, prepareDatabase } from './prepare';
import { exponential, streamRng } from './random';

/*
 * The discrete-event loop. A simulated clock is the `Clock` every verb and job body reads; the loop
 * jumps it from one moment to the next: the next due outbox row (the same job rows the worker's relay
 * would publish, run here by the worker's own processors), the next shuttle cut-off (the scheduled
 * close sweep, run exactly when it has work), the next daily sweep (round generation, reminders), or
 * the next intention of the demand or of a simulated person (a volunteer's OUI / NON, a driver's FAIT).
 * Messages go to an in-memory sink. Everything happens one step at a time, in an order fixed by time,
 * then by id, so the same seed gives the same result.
 */

export interface SimulationProgress {
  day: number;
  days: number;
  simulatedDate: string;
  events: number;
}

export interface SimulationOptions {
  /** Postgres server the throwaway database is created on (never written otherwise). */
  serverUrl: string;
  /**
   * The live territory, for a scenario whose baseline is `live` (a comparison's two scenarios share
   * it: one copy of the live data). The caller drops it.
   */
  live?: LiveBaseline;
  onProgress?: (progress: SimulationProgress) => void;
  /** Told the throwaway database's name once it exists (tests check it is gone afterwards). */
  onDatabase?: (name: string) => void;
}

export interface SimulationResult {
  /** The scenario run, its baseline resolved (`demo` when it named none). */
  scenario: Scenario;
  metrics: Metrics;
  seconds: number;
  /** Wall-clock split: throwaway database and baseline, the loop, the metrics (seconds). */
  timings: { prepare: number; loop: number; metrics: number };
  /** How much work the loop did: jobs run by kind, simulated people's acts, messages. */
  work: {
    jobs: Record<string, number>;
    jobFailures: Record<string, number>;
    /** Wall-clock milliseconds spent per job and per kind of event (where a long run goes). */
    milliseconds: Record<string, number>;
    events: number;
    messages: { sms: number; voice: number };
  };
}

class SimClock implements Clock {
  constructor(public t: number) {}
  now(): Date {
    return new Date(this.t);
  }
}

/** Sends nothing: counts what would have been sent, by channel. */
class MessageSink implements MessageSender {
  readonly provider = 'simulation';
  readonly counts = { sms: 0, voice: 0 };
  private serial = 0;
  async send(message: OutboundMessage) {
    this.counts[message.channel]++;
    this.serial++;
    return { provider: this.provider, providerId: `sim-${this.serial}`, status: 'delivered' as const };
  }
  async findSent() {
    return undefined;
  }
}

type SimEvent =
  | { kind: 'intent'; intent: Intent }
  | { kind: 'answer'; offerId: string; volunteerDriverId: string; answer: 'yes' | 'no' }
  | { kind: 'complete'; missionId: string; volunteerDriverId: string }
  | { kind: 'sweep'; job: 'generate-shuttle-rounds' | 'send-ride-reminders' | 'send-shuttle-reminders' };

/** A min-heap on (time, insertion order). */
class Agenda {
  private heap: { at: number; seq: number; event: SimEvent }[] = [];
  private seq = 0;
  get size() {
    return this.heap.length;
  }
  push(at: number, event: SimEvent) {
    const h = this.heap;
    h.push({ at, seq: this.seq++, event });
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.less(i, p)) {
        [h[i], h[p]] = [h[p]!, h[i]!];
        i = p;
      } else break;
    }
  }
  peek() {
    return this.heap[0];
  }
  pop() {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(l, m)) m = l;
        if (r < h.length && this.less(r, m)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
  private less(a: number, b: number) {
    const x = this.heap[a]!;
    const y = this.heap[b]!;
    return x.at < y.at || (x.at === y.at && x.seq < y.seq);
  }
}

const DAY = 86_400_000;

export async function runSimulation(input: Scenario, options: SimulationOptions): Promise<SimulationResult> {
  const started = performance.now();
  const scenario: Scenario = { ...input, baseline: input.baseline ?? 'demo' };
  const prepared = await prepareDatabase(scenario, options.serverUrl, options.live, options.onDatabase);
  try {
    const db = prepared.database.db;
    const intents = await buildDemand(db, prepared, scenario);
    const prepareDone = performance.now();
    const loop = new Loop(db, prepared, scenario, options);
    await loop.run(intents);
    const loopDone = performance.now();
    const metrics = await computeMetrics(db, prepared, scenario, loop.tracking, loop.deps.routing);
    metrics.messages = { ...loop.sink.counts };
    const done = performance.now();
    const s = (ms: number) => Math.round(ms) / 1000;
    return {
      scenario,
      metrics,
      seconds: s(done - started),
      timings: {
        prepare: s(prepareDone - started),
        loop: s(loopDone - prepareDone),
        metrics: s(done - loopDone),
      },
      work: {
        jobs: loop.jobs,
        jobFailures: loop.jobFailures,
        milliseconds: Object.fromEntries(Object.entries(loop.jobMs).map(([k, v]) => [k, Math.round(v)])),
        events: loop.events,
        messages: { ...loop.sink.counts },
      },
    };
  } finally {
    await prepared.database.drop();
  }
}

class Loop {
  readonly clock: SimClock;
  readonly sink = new MessageSink();
  readonly deps: ProcessorDeps;
  readonly agenda = new Agenda();
  readonly tracking: Tracking = {
    rides: [],
    seats: [],
    pickupDelayMinutes: new Map(),
  };
  readonly jobs: Record<string, number> = {};
  readonly jobFailures: Record<string, number> = {};
  readonly jobMs: Record<string, number> = {};
  events = 0;
  private readonly seenOffers = new Set<string>();
  private readonly staff: ServiceContext;

  constructor(
    private readonly db: Db,
    private readonly prepared: Prepared,
    private readonly scenario: Scenario,
    private readonly options: SimulationOptions,
  ) {
    this.clock = new SimClock(prepared.start.getTime());
    this.deps = {
      db,
      clock: this.clock,
      sender: this.sink,
      logger: pino({ level: 'silent' }),
      // The built-in estimate, through the provider factory and a matrix cache, as the worker builds it.
      routing: createRoutingProvider({ cache: createLruMatrixCellCache(200_000) }),
      links: createLinkIssuer({ secret: 'simulation-only', publicBaseUrl: 'https://simulation.invalid' }),
      sendPolicy: { quietHours: null, perNumber: PER_NUMBER_RATE },
      // An iteration budget and no time limit: the plan must not depend on the machine's load.
      solver: { seed: scenario.seed + 1, maxIterations: 800, timeLimitMs: Number.POSITIVE_INFINITY },
    };
    this.staff = {
      db,
      clock: this.clock,
      actor: {
        kind: 'staff',
        staffUserId: prepared.coordinatorId,
        territoryId: prepared.territoryId,
        role: 'coordinator',
      },
      channel: 'staff',
    };
  }

  async run(intents: Intent[]): Promise<void> {
    const { prepared } = this;
    const territory = await loadTerritory(this.db, prepared.territoryId);
    const tz = prepared.timezone;
    let horizon = prepared.end.getTime();
    for (const intent of intents) {
      this.agenda.push(intent.at, { kind: 'intent', intent });
      const until =
        intent.kind === 'ride'
          ? new Date(intent.input.returnTime ?? intent.input.requestedTime).getTime() + DAY
          : zonedInstant(intent.nominalDate, '23:00', tz).getTime();
      horizon = Math.max(horizon, until);
    }
    // Daily sweeps, at the local hours the worker's schedules would find them due.
    const lastDay = localDate(new Date(horizon), tz);
    for (let day = prepared.startDay; day <= lastDay; day = addDays(day, 1)) {
      this.agenda.push(zonedInstant(day, '00:17', tz).getTime(), {
        kind: 'sweep',
        job: 'generate-shuttle-rounds',
      });
      const rideReminders =
        zonedInstant(day, territory.settings.rides.reminderFrom, tz).getTime() + 5 * 60_000;
      this.agenda.push(rideReminders, { kind: 'sweep', job: 'send-ride-reminders' });
      const seatReminders =
        zonedInstant(day, territory.settings.shuttles.reminderTime, tz).getTime() + 60_000;
      this.agenda.push(seatReminders, { kind: 'sweep', job: 'send-shuttle-reminders' });
    }
    await this.runJob('generate-shuttle-rounds', {});
    await this.scheduleBaseline();

    const days = this.scenario.period.days;
    let reportedDay = -1;
    for (;;) {
      const began = performance.now();
      const next = await this.nextMoments();
      this.jobMs.next = (this.jobMs.next ?? 0) + performance.now() - began;
      const event = this.agenda.peek();
      if (next.outboxDue) {
        await this.runDueOutbox();
        continue;
      }
      if (next.cutoff !== null && next.cutoff <= this.clock.t) {
        await this.runJob('close-shuttle-rounds', {});
        continue;
      }
      const candidates = [next.outbox, next.cutoff, event?.at ?? null].filter(
        (t): t is number => t !== null && t <= horizon,
      );
      if (candidates.length === 0) break;
      const t = Math.min(...candidates);
      this.clock.t = Math.max(this.clock.t, t);
      const day = Math.floor((this.clock.t - prepared.start.getTime()) / DAY);
      if (day !== reportedDay && this.options.onProgress) {
        reportedDay = day;
        this.options.onProgress({
          day: Math.min(day, days),
          days,
          simulatedDate: localDate(this.clock.now(), tz),
          events: this.events,
        });
      }
      if (event && event.at <= this.clock.t && t === event.at) {
        this.agenda.pop();
        this.events++;
        const began = performance.now();
        await this.handle(event.event);
        const key = `event:${event.event.kind}`;
        this.jobMs[key] = (this.jobMs[key] ?? 0) + performance.now() - began;
      }
    }
  }

  /** Offers already out and missions already assigned in the baseline get their simulated answers too. */
  private async scheduleBaseline(): Promise<void> {
    await this.scanNewOffers(new Date(0));
    const assigned = await this.db
      .select({
        id: schema.missions.id,
        volunteerDriverId: schema.missions.volunteerDriverId,
        end: schema.missions.plannedEndAt,
      })
      .from(schema.missions)
      .where(
        and(
          eq(schema.missions.territoryId, this.prepared.territoryId),
          eq(schema.missions.status, 'assigned'),
        ),
      )
      .orderBy(asc(schema.missions.plannedStartAt), asc(schema.missions.id));
    for (const m of assigned) {
      if (!m.volunteerDriverId) continue;
      this.agenda.push(Math.max(this.clock.t, m.end.getTime() + 10 * 60_000), {
        kind: 'complete',
        missionId: m.id,
        volunteerDriverId: m.volunteerDriverId,
      });
    }
  }

  private async nextMoments(): Promise<{ outboxDue: boolean; outbox: number | null; cutoff: number | null }> {
    const now = this.clock.now().toISOString();
    // Rounded up to the millisecond: the clock has milliseconds, Postgres microseconds (rows copied from
    // the live database, stamped by now()); a moment 0.3 ms after the clock's would never come due.
    const [row] = await this.db.execute<{ due: boolean; outbox: number | null; cutoff: number | null }>(sql`
      select
        exists (select 1 from outbox where published_at is null and available_at <= ${now}::timestamptz) as due,
        (select ceil(extract(epoch from min(available_at)) * 1000) from outbox
          where published_at is null and available_at > ${now}::timestamptz)::float8 as outbox,
        (select ceil(extract(epoch from min(cutoff_at)) * 1000) from shuttle_rounds where status = 'open')::float8 as cutoff`);
    return {
      outboxDue: row?.due === true,
      outbox: row?.outbox === null || row?.outbox === undefined ? null : Number(row.outbox),
      cutoff: row?.cutoff === null || row?.cutoff === undefined ? null : Number(row.cutoff),
    };
  }

  /** The relay's part: due rows in order, marked published, each handed to the worker's processor. */
  private async runDueOutbox(): Promise<void> {
    const o = schema.outbox;
    const rows = await this.db
      .select({ id: o.id, queue: o.queue, jobName: o.jobName, payload: o.payload })
      .from(o)
      .where(and(isNull(o.publishedAt), lte(o.availableAt, this.clock.now())))
      .orderBy(asc(o.availableAt), asc(o.id))
      .limit(50);
    if (rows.length === 0) return;
    await this.db
      .update(o)
      .set({ publishedAt: this.clock.now() })
      .where(
        inArray(
          o.id,
          rows.map((r) => r.id),
        ),
      );
    for (const row of rows) {
      if (!isJobName(row.jobName)) continue;
      await this.runJob(row.jobName, row.payload);
    }
  }

  private async runJob(name: JobName, payload: unknown): Promise<void> {
    const table = processors as Record<string, Record<string, Processor<never>>>;
    const processor = Object.values(table).find((q) => q[name])?.[name] as Processor<JobName> | undefined;
    this.jobs[name] = (this.jobs[name] ?? 0) + 1;
    if (!processor) return;
    const began = performance.now();
    try {
      await processor(payload as never, this.deps, {
        id: `sim-${this.jobs[name]}`,
        name,
        queue: 'matching',
        attempt: 1,
      });
    } catch (error) {
      // The worker would retry; a failure here is counted and shown, not hidden.
      this.jobFailures[name] = (this.jobFailures[name] ?? 0) + 1;
      if (process.env.SIMULATION_DEBUG) console.error(name, error);
    }
    this.jobMs[name] = (this.jobMs[name] ?? 0) + performance.now() - began;
    if (name === 'match-ride-request' || name === 'expire-offer-wave')
      await this.scanNewOffers(this.clock.now());
  }

  /** Each new offer gets its volunteer's behaviour, drawn with the seed: no answer, or OUI / NON later. */
  private async scanNewOffers(since: Date): Promise<void> {
    const offers = await this.db
      .select({
        id: schema.offers.id,
        volunteerDriverId: schema.offers.volunteerDriverId,
        sentAt: schema.offers.sentAt,
        wave: schema.offers.wave,
        start: schema.missions.plannedStartAt,
      })
      .from(schema.offers)
      .innerJoin(schema.missions, eq(schema.missions.id, schema.offers.missionId))
      .where(and(eq(schema.offers.status, 'pending'), gte(schema.offers.sentAt, since)))
      .orderBy(asc(schema.offers.sentAt), asc(schema.offers.id));
    const behaviour = this.scenario.volunteers;
    for (const offer of offers) {
      if (this.seenOffers.has(offer.id)) continue;
      this.seenOffers.add(offer.id);
      // Keyed by who is asked for which trip, not by the order of events: see streamRng.
      const rng = streamRng(
        this.scenario.seed,
        `offer:${offer.volunteerDriverId}:${offer.start.toISOString()}:${offer.wave}`,
      );
      const answers = rng.next() < behaviour.answerProbability;
      const yes = rng.next() < behaviour.yesProbability;
      const delay = exponential(rng, behaviour.answerDelayMinutes) * 60_000;
      if (!answers) continue;
      const from = Math.max(offer.sentAt?.getTime() ?? this.clock.t, this.clock.t);
      this.agenda.push(Math.round(from + delay), {
        kind: 'answer',
        offerId: offer.id,
        volunteerDriverId: offer.volunteerDriverId,
        answer: yes ? 'yes' : 'no',
      });
    }
  }

  private volunteerCtx(volunteerDriverId: string): ServiceContext {
    return {
      db: this.db,
      clock: this.clock,
      actor: { kind: 'volunteer', volunteerDriverId, territoryId: this.prepared.territoryId },
      channel: 'sms',
    };
  }

  private async handle(event: SimEvent): Promise<void> {
    switch (event.kind) {
      case 'sweep':
        await this.runJob(event.job, {});
        return;
      case 'intent':
        if (event.intent.kind === 'ride') await this.askRide(event.intent);
        else await this.bookSeat(event.intent);
        return;
      case 'answer': {
        try {
          const answer = await respondToOffer(this.volunteerCtx(event.volunteerDriverId), {
            volunteerDriverId: event.volunteerDriverId,
            offerId: event.offerId,
            answer: event.answer,
          });
          if (answer.outcome === 'assigned') {
            const [mission] = await this.db
              .select({ end: schema.missions.plannedEndAt })
              .from(schema.missions)
              .where(eq(schema.missions.id, answer.missionId));
            if (mission) {
              this.agenda.push(Math.max(this.clock.t, mission.end.getTime()) + 10 * 60_000, {
                kind: 'complete',
                missionId: answer.missionId,
                volunteerDriverId: event.volunteerDriverId,
              });
            }
          }
        } catch (error) {
          if (!(error instanceof ServiceError)) throw error;
        }
        return;
      }
      case 'complete': {
        try {
          await completeTrip(this.volunteerCtx(event.volunteerDriverId), {
            volunteerDriverId: event.volunteerDriverId,
            missionId: event.missionId,
          });
          const rng = streamRng(this.scenario.seed, `pickup:${event.volunteerDriverId}:${event.missionId}`);
          this.tracking.pickupDelayMinutes.set(
            event.missionId,
            exponential(rng, this.scenario.execution.pickupDelayMinutes),
          );
        } catch (error) {
          // Cancelled or re-pooled meanwhile: the driver's FAIT is refused, as it would be.
          if (!(error instanceof ServiceError)) throw error;
        }
        return;
      }
    }
  }

  private async askRide(intent: Extract<Intent, { kind: 'ride' }>): Promise<void> {
    try {
      const view = await createRideRequest(this.staff, intent.input);
      this.tracking.rides.push({ intent, rideRequestId: view.id, refused: null, createdAt: this.clock.t });
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      const field = error.fields[0]?.field.replace(/^\//, '') ?? error.code;
      this.tracking.rides.push({
        intent,
        rideRequestId: null,
        refused: `refused_${field}`,
        createdAt: this.clock.t,
      });
    }
  }

  private async bookSeat(intent: Extract<Intent, { kind: 'seat' }>): Promise<void> {
    const r = schema.shuttleRounds;
    const [round] = await this.db
      .select({ id: r.id, status: r.status })
      .from(r)
      .where(and(eq(r.shuttleLineId, intent.shuttleLineId), eq(r.nominalDate, intent.nominalDate)));
    if (!round || round.status === 'cancelled') {
      this.tracking.seats.push({ intent, seatBookingId: null, refused: 'no_round' });
      return;
    }
    try {
      const view = await bookSeat(this.staff, { shuttleRoundId: round.id, residentId: intent.residentId });
      this.tracking.seats.push({ intent, seatBookingId: view.id, refused: null });
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      const duplicate = /already has a seat/i.test(error.message);
      this.tracking.seats.push({
        intent,
        seatBookingId: null,
        refused: duplicate
          ? 'already_booked'
          : error.code === 'conflict'
            ? 'bookings_closed'
            : `refused_${error.fields[0]?.field.replace(/^\//, '') ?? error.code}`,
      });
    }
  }
}
