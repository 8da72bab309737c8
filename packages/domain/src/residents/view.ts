import { type DbOrTx, type Resident, type ResidentPhone, schema } from '@solimob/db';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { residentInScope } from './scope';

export interface ResidentView {
  id: string;
  firstName: string;
  lastName: string;
  communeId: string;
  addressLine: string;
  location: { lat: number; lon: number };
  mobilityNeeds: Resident['mobilityNeeds'];
  preferredChannel: Resident['preferredChannel'];
  consent: { at: Date; source: string | null } | null;
  status: Resident['status'];
  accessNote: string | null;
  phones: { e164: string; kind: ResidentPhone['kind']; isPrimary: boolean }[];
  createdAt: Date;
  updatedAt: Date;
}

export function toResidentView(resident: Resident, phones: ResidentPhone[]): ResidentView {
  return {
    id: resident.id,
    firstName: resident.firstName,
    lastName: resident.lastName,
    communeId: resident.communeId,
    addressLine: resident.addressLine,
    location: { lat: resident.lat, lon: resident.lon },
    mobilityNeeds: resident.mobilityNeeds,
    preferredChannel: resident.preferredChannel,
    consent: resident.consentAt ? { at: resident.consentAt, source: resident.consentSource } : null,
    status: resident.status,
    accessNote: resident.accessNote,
    phones: phones
      .filter((p) => p.residentId === resident.id)
      .map((p) => ({ e164: p.e164, kind: p.kind, isPrimary: p.isPrimary })),
    createdAt: resident.createdAt,
    updatedAt: resident.updatedAt,
  };
}

export async function loadResidentViews(db: DbOrTx, residents: Resident[]): Promise<ResidentView[]> {
  if (residents.length === 0) return [];
  const phones = await db
    .select()
    .from(schema.residentPhones)
    .where(
      inArray(
        schema.residentPhones.residentId,
        residents.map((r) => r.id),
      ),
    )
    .orderBy(
      desc(schema.residentPhones.isPrimary),
      asc(schema.residentPhones.createdAt),
      asc(schema.residentPhones.e164),
    );
  return residents.map((r) => toResidentView(r, phones));
}

/**
 * Fetch within the actor's territory and resident scope (see residentScope): another territory's
 * resident, or one outside a partner's communes, is simply not found.
 */
export async function findResident(ctx: ServiceContext, id: string, forUpdate = false) {
  const query = ctx.db
    .select()
    .from(schema.residents)
    .where(and(eq(schema.residents.id, id), eq(schema.residents.territoryId, ctx.actor.territoryId)));
  const [resident] = forUpdate ? await query.for('update') : await query;
  if (!resident || !residentInScope(ctx, resident)) throw notFound('Resident', id);
  return resident;
}
