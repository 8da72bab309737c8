import { type DbOrTx, type MobilityNeed, schema } from '@solimob/db';
import { eq } from 'drizzle-orm';
import { assertCan } from '../../authz';
import type { Clock, ServiceContext } from '../../context';
import { notFound } from '../../errors';
import { parseInput, Uuid } from '../../input';
import { loadTerritory } from '../../territories/load';
import { frenchDay, localTime } from '../../time';
import { findLine, findRound, hhmm } from '../common';
import { spacedPhone } from '../messages';
import { loadRoundPlanView, type PlanStopView, passengerDetails } from './get-plan';
import type { Leg } from './model';

/** One line of the driver's list: a stop, or several passengers alighting or boarding at the market. */
export interface RouteSheetRow {
  order: number;
  time: string;
  action: 'Prendre' | 'Déposer';
  /** "Anne L. (2 pers.)"; several names at the market. */
  who: string;
  place: string;
  phone: string | null;
  needs: string[];
  note: string | null;
  point: { lat: number; lon: number };
}

export interface RouteSheet {
  title: string;
  day: string;
  market: { name: string; address: string | null };
  arrivalTime: string;
  departureTime: string;
  planVersion: number;
  legs: {
    leg: Leg;
    title: string;
    vehicles: {
      name: string;
      departAt: string;
      returnAt: string;
      distanceKm: number;
      rows: RouteSheetRow[];
      geometry: [number, number][];
    }[];
  }[];
  unserved: { who: string; phone: string | null }[];
}

const NEED_LABELS: Record<MobilityNeed, string> = {
  wheelchair: 'fauteuil roulant',
  walking_aid: 'aide à la marche',
  needs_escort: 'accompagnement',
  visually_impaired: 'malvoyant',
  hearing_impaired: 'malentendant',
};

/**
 * What the driver's route sheet shows, in reading order. It has names, addresses and phone numbers:
 * only the staff who run the rounds (`shuttles:write`) and the holder of the round's signed link (the
 * driver) may read it.
 */
export async function getRouteSheet(ctx: ServiceContext, id: string): Promise<RouteSheet> {
  assertCan(ctx.actor, 'shuttles:write');
  parseInput(Uuid, id);
  const round = await findRound(ctx.db, ctx.actor.territoryId, id);
  const territory = await loadTerritory(ctx.db, round.territoryId);
  const line = await findLine(ctx.db, territory.id, round.shuttleLineId);
  const [market] = await ctx.db.select().from(schema.places).where(eq(schema.places.id, line.marketPlaceId));
  const plan = await loadRoundPlanView(ctx.db, round);
  const residentIds = [
    ...new Set([
      ...plan.legs.flatMap((l) => l.vehicles.flatMap((v) => v.stops.map((s) => s.residentId))),
      ...plan.unserved.map((u) => u.residentId),
    ]),
  ];
  const people = await passengerDetails(ctx.db, residentIds);
  const zone = territory.timezone;
  const who = (s: { residentId: string; passengers?: number }) => {
    const person = people.get(s.residentId)?.resident;
    const name = person ? `${person.firstName} ${person.lastName.slice(0, 1)}.` : '?';
    return s.passengers && s.passengers > 1 ? `${name} (${s.passengers} pers.)` : name;
  };
  const rowFor = (stop: PlanStopView): RouteSheetRow => {
    const person = people.get(stop.residentId);
    const resident = person?.resident;
    return {
      order: 0,
      time: localTime(stop.at, zone),
      action: stop.kind === 'pickup' ? 'Prendre' : 'Déposer',
      who: who(stop),
      place:
        stop.place.kind === 'market'
          ? (market?.name ?? 'Marché')
          : stop.place.kind === 'stop'
            ? `Arrêt ${stop.place.name}`
            : (resident?.addressLine ?? ''),
      phone: person?.phone ? spacedPhone(person.phone) : null,
      needs: [
        ...(resident?.mobilityNeeds ?? []).map((n: MobilityNeed) => NEED_LABELS[n]),
        ...(stop.wheelchair && !resident?.mobilityNeeds.includes('wheelchair')
          ? [NEED_LABELS.wheelchair]
          : []),
      ],
      note: stop.place.kind === 'door' ? (resident?.accessNote ?? null) : null,
      point: stop.location,
    };
  };
  return {
    title: line.name,
    day: frenchDay(round.serviceDate, zone),
    market: { name: market?.name ?? '', address: market?.address ?? null },
    arrivalTime: hhmm(round.arrivalTime),
    departureTime: hhmm(round.departureTime),
    planVersion: round.planVersion,
    legs: plan.legs.map((leg) => ({
      leg: leg.leg,
      title: leg.leg === 'outbound' ? 'Aller' : 'Retour',
      vehicles: leg.vehicles.map((vehicle) => ({
        name: vehicle.name,
        departAt: localTime(vehicle.departAt, zone),
        returnAt: localTime(vehicle.returnAt, zone),
        distanceKm: Math.round(vehicle.distanceMeters / 100) / 10,
        rows: mergeMarketRows(vehicle.stops.map(rowFor), vehicle.stops),
        geometry: vehicle.geometry,
      })),
    })),
    unserved: plan.unserved.map((u) => ({
      who: who(u),
      phone: people.get(u.residentId)?.phone ? spacedPhone(people.get(u.residentId)!.phone!) : null,
    })),
  };
}

/** Consecutive passengers alighting (or boarding) together at the market make one row, numbered in order. */
function mergeMarketRows(rows: RouteSheetRow[], stops: PlanStopView[]): RouteSheetRow[] {
  const merged: RouteSheetRow[] = [];
  rows.forEach((row, i) => {
    const last = merged[merged.length - 1];
    const atMarket = stops[i]!.place.kind === 'market';
    const lastAtMarket = last !== undefined && stops[i - 1]?.place.kind === 'market';
    if (atMarket && lastAtMarket && last.action === row.action) {
      last.who = `${last.who}, ${row.who}`;
      last.phone = null;
      last.needs = [...new Set([...last.needs, ...row.needs])];
      return;
    }
    merged.push({ ...row, ...(atMarket ? { phone: null, note: null } : {}) });
  });
  return merged.map((row, i) => ({ ...row, order: i + 1 }));
}

/**
 * The route sheet for the holder of a round's signed link (the driver): the link names the round and
 * proves the right to it, so the round's own territory scopes the read.
 */
export async function getRouteSheetByLink(
  deps: { db: DbOrTx; clock: Clock },
  roundId: string,
): Promise<RouteSheet> {
  parseInput(Uuid, roundId);
  const [round] = await deps.db
    .select({ territoryId: schema.shuttleRounds.territoryId })
    .from(schema.shuttleRounds)
    .where(eq(schema.shuttleRounds.id, roundId));
  if (!round) throw notFound('Shuttle round', roundId);
  return getRouteSheet(
    { db: deps.db, clock: deps.clock, actor: { kind: 'system', territoryId: round.territoryId } },
    roundId,
  );
}
