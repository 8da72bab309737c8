import { type DbOrTx, type StaffUser, schema } from '@solimob/db';
import { asc, inArray } from 'drizzle-orm';

export interface StaffUserView {
  id: string;
  territoryId: string;
  email: string;
  displayName: string;
  role: StaffUser['role'];
  active: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
  /** A partner's communes: the residents they may see (see residentScope); empty for other roles. */
  communeIds: string[];
}

export const toStaffUserView = (u: StaffUser, communeIds: string[] = []): StaffUserView => ({
  id: u.id,
  territoryId: u.territoryId,
  email: u.email,
  displayName: u.displayName,
  role: u.role,
  active: u.active,
  lastLoginAt: u.lastLoginAt,
  createdAt: u.createdAt,
  communeIds,
});

/** The communes linked to each of these accounts (sorted ids), for views and the partner's scope. */
export async function loadStaffCommunes(db: DbOrTx, staffUserIds: string[]): Promise<Map<string, string[]>> {
  const byUser = new Map<string, string[]>(staffUserIds.map((id) => [id, []]));
  if (staffUserIds.length === 0) return byUser;
  const rows = await db
    .select()
    .from(schema.staffUserCommunes)
    .where(inArray(schema.staffUserCommunes.staffUserId, staffUserIds))
    .orderBy(asc(schema.staffUserCommunes.communeId));
  for (const row of rows) byUser.get(row.staffUserId)?.push(row.communeId);
  return byUser;
}
