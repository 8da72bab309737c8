import { type Db, type MobilityNeed, schema } from '@solimob/db';
import { FICTION_MOBILE_BLOCK } from '@solimob/db/seed';
import {
  addDays,
  type GeneratedDemand,
  isoWeekday,
  loadTerritory,
  localDate,
  type Scenario,
  zonedInstant,
} from '@solimob/domain';
import type { Rng } from '@solimob/routing';
import { and, asc, eq, gte, inArray, isNull, lt, ne } from 'drizzle-orm';
import type { Prepared } from './prepare';
import { streamRng } from './random';

/*
 * The period's demand as a list of timed intentions: a resident asks for a ride (the phone desk records
 * it), a resident books a seat on a round. Generated from the territory's data (population per commune,
 * share of older residents per zone, places) with the scenario's seed, or replayed from the requests
 * and bookings recorded in the baseline. Residents are drawn from the registered ones, ordered by
 * natural keys so the same seed picks the same people.
 */

export interface RideIntent {
  kind: 'ride';
  at: number;
  residentId: string;
  communeId: string;
  input: {
    residentId: string;
    /** Absent: the resident's home. */
    origin?: { placeId: string };
    destination: { placeId: string } | { label: string; lat: number; lon: number };
    requestedTime: string;
    timeAnchor: 'pickup' | 'arrival';
    toleranceMinutes: number;
    returnTime?: string;
    returnWaitMinutes?: number;
    purpose: 'health' | 'shopping' | 'administrative' | 'social' | 'other';
    passengers: number;
  };
}

export interface SeatIntent {
  kind: 'seat';
  at: number;
  residentId: string;
  communeId: string;
  shuttleLineId: string;
  nominalDate: string;
}

export type Intent = RideIntent | SeatIntent;

/** Poisson draw (Knuth; the means here are small). */
function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  const limit = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rng.next();
  } while (p > limit);
  return k - 1;
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[rng.int(items.length)] as T;

function weighted<T>(rng: Rng, items: readonly { item: T; weight: number }[]): T | undefined {
  const total = items.reduce((s, i) => s + i.weight, 0);
  if (total <= 0) return undefined;
  let draw = rng.next() * total;
  for (const i of items) {
    draw -= i.weight;
    if (draw < 0) return i.item;
  }
  return items.at(-1)?.item;
}

const PURPOSE: Record<string, RideIntent['input']['purpose']> = {
  health_centre: 'health',
  hospital: 'health',
  market: 'shopping',
  france_services: 'administrative',
  town_hall: 'administrative',
  station: 'other',
  other: 'social',
};

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};
const hhmm = (total: number) =>
  `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;

export async function buildDemand(db: Db, prepared: Prepared, scenario: Scenario): Promise<Intent[]> {
  const intents =
    scenario.demand.source === 'generated'
      ? await generated(db, prepared, scenario.demand, scenario.seed)
      : await replayed(
          db,
          prepared,
          // By default the period just before: the last four weeks' demand for the next four.
          scenario.demand.from ?? addDays(prepared.startDay, -scenario.period.days),
          scenario.period.days,
        );
  // Stable order: by time, then as generated.
  return intents
    .map((intent, i) => ({ intent, i }))
    .sort((a, b) => a.intent.at - b.intent.at || a.i - b.i)
    .map((x) => x.intent);
}

async function generated(
  db: Db,
  prepared: Prepared,
  demand: GeneratedDemand,
  seed: number,
): Promise<Intent[]> {
  const { territoryId, timezone, startDay, start, end } = prepared;
  const territory = await loadTerritory(db, territoryId);
  const rides = territory.settings.rides;
  const communes = await db
    .select()
    .from(schema.communes)
    .where(eq(schema.communes.territoryId, territoryId))
    .orderBy(asc(schema.communes.inseeCode));
  const olderShare = (zone: string) =>
    demand.olderShareByZone[zone] ?? demand.olderShareByZone.default ?? 0.22;
  const olderOf = (c: (typeof communes)[number]) => (c.population ?? 0) * olderShare(c.zone);

  const residentsByCommune = await registeredResidents(
    db,
    prepared,
    communes,
    olderOf,
    demand,
    streamRng(seed, 'residents'),
  );
  const rng = streamRng(seed, 'rides');

  const places = await db
    .select()
    .from(schema.places)
    .where(and(eq(schema.places.territoryId, territoryId), eq(schema.places.active, true)))
    .orderBy(asc(schema.places.name));
  const destinations = places
    .map((p) => ({ item: p, weight: demand.destinations[p.kind as keyof typeof demand.destinations] ?? 0 }))
    .filter((d) => d.weight > 0);

  const intents: Intent[] = [];
  const days = Math.round((end.getTime() - start.getTime()) / 86_400_000) + 1;
  const serviceDaysPerWeek = rides.serviceDays.length || 1;
  const earliest = minutes(rides.serviceStart) + 30;
  const latest = minutes(rides.serviceEnd) - 180;

  // ---- Volunteer rides: the requested day is in the period, asked at least the notice before.
  for (let d = 0; d < days; d++) {
    const day = addDays(startDay, d);
    if (!rides.serviceDays.includes(isoWeekday(day))) continue;
    for (const commune of communes) {
      const people = residentsByCommune.get(commune.id) ?? [];
      if (people.length === 0) continue;
      const mean = ((olderOf(commune) / 1000) * demand.ridesPerThousandOlderPerWeek) / serviceDaysPerWeek;
      const count = poisson(rng, mean);
      for (let k = 0; k < count; k++) {
        const resident = pick(rng, people);
        const place = weighted(rng, destinations);
        const slot = earliest + 15 * rng.int(Math.max(1, Math.floor((latest - earliest) / 15) + 1));
        const requested = zonedInstant(day, hhmm(slot), timezone);
        // Asked between the notice and the notice plus six days before, never before the period starts.
        const noticeMs = (rides.minNoticeHours + 2) * 3_600_000;
        const askedAt = requested.getTime() - noticeMs - rng.next() * 6 * 86_400_000;
        const at = officeHours(Math.max(askedAt, start.getTime()), timezone);
        if (requested.getTime() - at < noticeMs || !place) continue;
        const anchor = place.kind === 'health_centre' || place.kind === 'hospital' ? 'arrival' : 'pickup';
        const withReturn = rng.next() < demand.returnShare;
        intents.push({
          kind: 'ride',
          at,
          residentId: resident.id,
          communeId: commune.id,
          input: {
            residentId: resident.id,
            destination: { placeId: place.id },
            requestedTime: requested.toISOString(),
            timeAnchor: anchor,
            toleranceMinutes: pick(rng, [15, 15, 30]),
            ...(withReturn
              ? {
                  returnTime: new Date(requested.getTime() + pick(rng, [60, 90, 120]) * 60_000).toISOString(),
                }
              : {}),
            purpose: PURPOSE[place.kind] ?? 'other',
            passengers: 1,
          },
        });
      }
    }
  }

  // ---- Market shuttles: each round of the period gets bookings from its communes until its cut-off.
  const lines = await db
    .select()
    .from(schema.shuttleLines)
    .where(and(eq(schema.shuttleLines.territoryId, territoryId), eq(schema.shuttleLines.active, true)))
    .orderBy(asc(schema.shuttleLines.name));
  for (const line of lines) {
    const served = await db
      .select({ communeId: schema.shuttleLineCommunes.communeId })
      .from(schema.shuttleLineCommunes)
      .where(eq(schema.shuttleLineCommunes.shuttleLineId, line.id));
    const servedIds = communes.filter((c) => served.some((s) => s.communeId === c.id));
    // Each line its own stream: adding a line leaves the other lines' bookings as they were.
    const lineRng = streamRng(seed, `line:${line.name}`);
    for (let d = 1; d < days; d++) {
      const day = addDays(startDay, d);
      if (isoWeekday(day) !== line.weekday) continue;
      const arrival = zonedInstant(day, line.arrivalTime.slice(0, 5), timezone).getTime();
      const cutoff = arrival - line.bookingCutoffHours * 3_600_000;
      const chosen = new Set<string>();
      for (const commune of servedIds) {
        const people = (residentsByCommune.get(commune.id) ?? []).filter((p) => !chosen.has(p.id));
        const count = Math.min(
          people.length,
          poisson(lineRng, (olderOf(commune) / 1000) * demand.seatsPerThousandOlderPerRound),
        );
        for (let k = 0; k < count; k++) {
          const candidates = people.filter((p) => !chosen.has(p.id));
          if (candidates.length === 0) break;
          const resident = pick(lineRng, candidates);
          chosen.add(resident.id);
          // Booked in the six days before the cut-off, in office hours, within the period.
          const from = Math.max(start.getTime(), cutoff - 6 * 86_400_000);
          if (from >= cutoff) continue;
          const at = officeHours(from + lineRng.next() * (cutoff - from), timezone);
          intents.push({
            kind: 'seat',
            at: Math.min(at, cutoff - 60_000),
            residentId: resident.id,
            communeId: commune.id,
            shuttleLineId: line.id,
            nominalDate: day,
          });
        }
      }
    }
  }
  return intents;
}

/** Moves an instant to the desk's hours (09:00-17:00 local): before → 09:00 that day, after → 09:00 next. */
function officeHours(ms: number, timezone: string): number {
  const instant = new Date(ms);
  const day = localDate(instant, timezone);
  const open = zonedInstant(day, '09:00', timezone).getTime();
  const close = zonedInstant(day, '17:00', timezone).getTime();
  if (ms < open) return open + (ms % 3_600_000);
  if (ms > close) return zonedInstant(addDays(day, 1), '09:00', timezone).getTime() + (ms % 3_600_000);
  return ms;
}

interface Person {
  id: string;
}

/**
 * The registered residents per commune, active ones, ordered by natural keys. Communes with fewer than
 * the scenario's registration rate get synthetic residents (fictional names and numbers), drawn around
 * the town hall as the demo does.
 */
async function registeredResidents(
  db: Db,
  prepared: Prepared,
  communes: (typeof schema.communes.$inferSelect)[],
  olderOf: (c: typeof schema.communes.$inferSelect) => number,
  demand: GeneratedDemand,
  rng: Rng,
): Promise<Map<string, Person[]>> {
  const r = schema.residents;
  let serial = 0;
  for (const commune of communes) {
    const wanted = Math.round((olderOf(commune) / 1000) * demand.registeredPerThousandOlder);
    const existing = await db
      .select({ id: r.id })
      .from(r)
      .where(and(eq(r.communeId, commune.id), eq(r.status, 'active')));
    const missing = wanted - existing.length;
    if (missing <= 0) continue;
    const values = Array.from({ length: missing }, (_, k) => {
      const needs: MobilityNeed[] = [];
      if (rng.next() < 0.08) needs.push('wheelchair');
      else if (rng.next() < 0.3) needs.push('walking_aid');
      return {
        territoryId: prepared.territoryId,
        firstName: 'Résident',
        lastName: `Simulé ${commune.name} ${String(k + 1).padStart(3, '0')}`,
        communeId: commune.id,
        addressLine: `${commune.postalCode} ${commune.name}`,
        lat: Number((commune.lat + (rng.next() * 2 - 1) * 0.02).toFixed(5)),
        lon: Number((commune.lon + (rng.next() * 2 - 1) * 0.03).toFixed(5)),
        mobilityNeeds: needs,
        preferredChannel: 'sms' as const,
        consentAt: prepared.start,
        consentSource: 'simulation',
        status: 'active' as const,
      };
    });
    const rows = await db.insert(r).values(values).returning({ id: r.id });
    await db.insert(schema.residentPhones).values(
      rows.map((row) => ({
        territoryId: prepared.territoryId,
        residentId: row.id,
        e164: `${FICTION_MOBILE_BLOCK}${String(9999 - serial++).padStart(4, '0')}`.slice(0, 12),
        kind: 'mobile' as const,
        isPrimary: true,
      })),
    );
  }
  const rows = await db
    .select({ id: r.id, communeId: r.communeId })
    .from(r)
    .where(and(eq(r.territoryId, prepared.territoryId), eq(r.status, 'active')))
    .orderBy(asc(r.communeId), asc(r.lastName), asc(r.firstName), asc(r.addressLine));
  const byCommune = new Map<string, Person[]>();
  for (const row of rows) {
    const list = byCommune.get(row.communeId) ?? [];
    list.push({ id: row.id });
    byCommune.set(row.communeId, list);
  }
  return byCommune;
}

/**
 * The recorded ride requests and seat bookings from `from` on, moved to the period (same weekday,
 * whole weeks): each is asked again, at the moved time, through the same verbs. "Recorded" is the
 * baseline's history: the live territory's requests and bookings with the live baseline, the demo's
 * with the demo one.
 */
async function replayed(db: Db, prepared: Prepared, from: string, days: number): Promise<Intent[]> {
  const { territoryId, timezone, startDay } = prepared;
  const fromInstant = zonedInstant(from, '00:00', timezone);
  const toInstant = zonedInstant(addDays(from, days), '00:00', timezone);
  // Whole weeks, so weekdays (and market days) are kept, never earlier than the period's start.
  const shiftDays =
    Math.ceil(
      (zonedInstant(startDay, '00:00', timezone).getTime() - fromInstant.getTime()) / 86_400_000 / 7,
    ) * 7;
  const shift = shiftDays * 86_400_000;
  const rr = schema.rideRequests;
  const requests = await db
    .select({ request: rr, communeId: schema.residents.communeId })
    .from(rr)
    .innerJoin(schema.residents, eq(schema.residents.id, rr.residentId))
    .where(
      and(
        eq(rr.territoryId, territoryId),
        gte(rr.requestedTime, fromInstant),
        lt(rr.requestedTime, toInstant),
      ),
    )
    .orderBy(asc(rr.requestedTime), asc(rr.createdAt));
  const intents: Intent[] = requests.map(({ request, communeId }) => {
    const requested = request.requestedTime.getTime() + shift;
    const lead = Math.max(request.requestedTime.getTime() - request.createdAt.getTime(), 50 * 3_600_000);
    return {
      kind: 'ride',
      at: Math.max(prepared.start.getTime(), requested - lead),
      residentId: request.residentId,
      communeId,
      input: {
        residentId: request.residentId,
        ...(request.originPlaceId ? { origin: { placeId: request.originPlaceId } } : {}),
        destination: request.destinationPlaceId
          ? { placeId: request.destinationPlaceId }
          : { label: request.destinationLabel, lat: request.destinationLat, lon: request.destinationLon },
        requestedTime: new Date(requested).toISOString(),
        timeAnchor: request.timeAnchor,
        toleranceMinutes: request.toleranceMinutes,
        ...(request.returnTime
          ? { returnTime: new Date(request.returnTime.getTime() + shift).toISOString() }
          : {}),
        ...(request.returnWaitMinutes !== null ? { returnWaitMinutes: request.returnWaitMinutes } : {}),
        purpose: request.purpose as RideIntent['input']['purpose'],
        passengers: request.passengers,
      },
    };
  });
  const sb = schema.seatBookings;
  const bookings = await db
    .select({ booking: sb, round: schema.shuttleRounds, communeId: schema.residents.communeId })
    .from(sb)
    .innerJoin(schema.shuttleRounds, eq(schema.shuttleRounds.id, sb.shuttleRoundId))
    .innerJoin(schema.residents, eq(schema.residents.id, sb.residentId))
    .where(
      and(
        eq(sb.territoryId, territoryId),
        ne(sb.status, 'cancelled'),
        // A regular's seat is booked again by the subscription, which the baseline keeps.
        isNull(sb.shuttleSubscriptionId),
        gte(schema.shuttleRounds.nominalDate, from),
        lt(schema.shuttleRounds.nominalDate, addDays(from, days)),
        inArray(schema.shuttleRounds.status, ['open', 'closed', 'planned', 'completed']),
      ),
    )
    .orderBy(asc(schema.shuttleRounds.nominalDate), asc(sb.createdAt));
  for (const { booking, round, communeId } of bookings) {
    const nominalDate = addDays(round.nominalDate, shiftDays);
    const at = Math.max(prepared.start.getTime(), booking.createdAt.getTime() + shift);
    intents.push({
      kind: 'seat',
      at,
      residentId: booking.residentId,
      communeId,
      shuttleLineId: round.shuttleLineId,
      nominalDate,
    });
  }
  return intents;
}
