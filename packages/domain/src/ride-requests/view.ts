import { type DbOrTx, type RideRequest, schema } from '@solimob/db';
import { and, eq } from 'drizzle-orm';
import { notFound } from '../errors';

export interface RideRequestView {
  id: string;
  residentId: string;
  origin: { placeId: string | null; label: string; lat: number; lon: number };
  destination: { placeId: string | null; label: string; lat: number; lon: number };
  timeAnchor: RideRequest['timeAnchor'];
  requestedTime: Date;
  toleranceMinutes: number;
  returnTime: Date | null;
  returnWaitMinutes: number | null;
  passengers: number;
  needs: RideRequest['needs'];
  purpose: RideRequest['purpose'];
  channel: RideRequest['channel'];
  status: RideRequest['status'];
  statusReason: string | null;
  createdByStaffId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const toRideRequestView = (r: RideRequest): RideRequestView => ({
  id: r.id,
  residentId: r.residentId,
  origin: { placeId: r.originPlaceId, label: r.originLabel, lat: r.originLat, lon: r.originLon },
  destination: {
    placeId: r.destinationPlaceId,
    label: r.destinationLabel,
    lat: r.destinationLat,
    lon: r.destinationLon,
  },
  timeAnchor: r.timeAnchor,
  requestedTime: r.requestedTime,
  toleranceMinutes: r.toleranceMinutes,
  returnTime: r.returnTime,
  returnWaitMinutes: r.returnWaitMinutes,
  passengers: r.passengers,
  needs: r.needs,
  purpose: r.purpose,
  channel: r.channel,
  status: r.status,
  statusReason: r.statusReason,
  createdByStaffId: r.createdByStaffId,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

export async function findRideRequest(db: DbOrTx, territoryId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(schema.rideRequests)
    .where(and(eq(schema.rideRequests.id, id), eq(schema.rideRequests.territoryId, territoryId)));
  const [request] = forUpdate ? await query.for('update') : await query;
  if (!request) throw notFound('Ride request', id);
  return request;
}
