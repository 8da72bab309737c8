import { type DbOrTx, type ShuttleSubscription, schema } from '@solimob/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { notFound } from '../../errors';

export interface ShuttleSubscriptionView {
  id: string;
  shuttleLineId: string;
  residentId: string;
  pickupStopId: string | null;
  atDoor: boolean;
  passengers: number;
  wheelchair: boolean;
  channel: ShuttleSubscription['channel'];
  startsOn: string;
  active: boolean;
  endedAt: Date | null;
  /** Nominal dates the resident will not travel. */
  skippedDates: string[];
  createdAt: Date;
}

export async function loadSubscriptionViews(
  db: DbOrTx,
  rows: ShuttleSubscription[],
): Promise<ShuttleSubscriptionView[]> {
  if (rows.length === 0) return [];
  const skips = await db
    .select()
    .from(schema.shuttleSubscriptionSkips)
    .where(
      inArray(
        schema.shuttleSubscriptionSkips.shuttleSubscriptionId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(schema.shuttleSubscriptionSkips.nominalDate));
  return rows.map((s) => ({
    id: s.id,
    shuttleLineId: s.shuttleLineId,
    residentId: s.residentId,
    pickupStopId: s.pickupStopId,
    atDoor: s.atDoor,
    passengers: s.passengers,
    wheelchair: s.wheelchair,
    channel: s.channel,
    startsOn: s.startsOn,
    active: s.active,
    endedAt: s.endedAt,
    skippedDates: skips.filter((k) => k.shuttleSubscriptionId === s.id).map((k) => k.nominalDate),
    createdAt: s.createdAt,
  }));
}

export async function findSubscription(
  db: DbOrTx,
  territoryId: string,
  id: string,
): Promise<ShuttleSubscription> {
  const [row] = await db
    .select()
    .from(schema.shuttleSubscriptions)
    .where(
      and(eq(schema.shuttleSubscriptions.id, id), eq(schema.shuttleSubscriptions.territoryId, territoryId)),
    );
  if (!row) throw notFound('Shuttle subscription', id);
  return row;
}
