import { type DbOrTx, type ShuttleRound, schema } from '@solimob/db';
import { asc, inArray } from 'drizzle-orm';
import { hhmm } from '../common';

export interface ShuttleRoundView {
  id: string;
  shuttleLineId: string;
  nominalDate: string;
  serviceDate: string;
  arrivalTime: string;
  departureTime: string;
  cutoffAt: Date;
  status: ShuttleRound['status'];
  statusReason: string | null;
  capacity: { seats: number; wheelchairPlaces: number };
  taken: { seats: number; wheelchairPlaces: number };
  waitlisted: number;
  vehicles: { id: string; name: string; seats: number; wheelchairPlaces: number }[];
  plannedAt: Date | null;
  planVersion: number;
  remindersSentAt: Date | null;
}

export async function loadRoundViews(db: DbOrTx, rounds: ShuttleRound[]): Promise<ShuttleRoundView[]> {
  if (rounds.length === 0) return [];
  const ids = rounds.map((r) => r.id);
  const vehicles = await db
    .select()
    .from(schema.shuttleRoundVehicles)
    .where(inArray(schema.shuttleRoundVehicles.shuttleRoundId, ids))
    .orderBy(asc(schema.shuttleRoundVehicles.createdAt), asc(schema.shuttleRoundVehicles.name));
  return rounds.map((round) => ({
    id: round.id,
    shuttleLineId: round.shuttleLineId,
    nominalDate: round.nominalDate,
    serviceDate: round.serviceDate,
    arrivalTime: hhmm(round.arrivalTime),
    departureTime: hhmm(round.departureTime),
    cutoffAt: round.cutoffAt,
    status: round.status,
    statusReason: round.statusReason,
    capacity: { seats: round.seatCapacity, wheelchairPlaces: round.wheelchairCapacity },
    taken: { seats: round.seatsTaken, wheelchairPlaces: round.wheelchairsTaken },
    waitlisted: round.waitlisted,
    vehicles: vehicles
      .filter((v) => v.shuttleRoundId === round.id)
      .map((v) => ({ id: v.id, name: v.name, seats: v.seats, wheelchairPlaces: v.wheelchairPlaces })),
    plannedAt: round.plannedAt,
    planVersion: round.planVersion,
    remindersSentAt: round.remindersSentAt,
  }));
}

export async function loadRoundView(db: DbOrTx, round: ShuttleRound): Promise<ShuttleRoundView> {
  return (await loadRoundViews(db, [round]))[0]!;
}
