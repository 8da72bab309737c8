import { type DbOrTx, schema } from '@solimob/db';
import { and, asc, desc, eq, ne } from 'drizzle-orm';

/** Who is on the other end of a number, as far as this territory knows. */
export type Party =
  | { kind: 'resident'; residentId: string }
  | { kind: 'volunteer'; volunteerDriverId: string }
  | { kind: 'unknown' };

/**
 * Recognises a number. A resident comes first (they are the service's users), except for a message
 * carrying an offer code ("OUI 4821"), which only a volunteer sends: `volunteerFirst`. A landline shared
 * by a couple belongs to the person whose primary number it is, else the first registered: the
 * conversation then acts for that person, and staff can rebook for the other.
 */
export async function resolveParty(
  db: DbOrTx,
  territoryId: string,
  phone: string,
  options: { volunteerFirst?: boolean } = {},
): Promise<Party> {
  if (options.volunteerFirst) {
    const volunteer = await findVolunteer(db, territoryId, phone);
    if (volunteer) return volunteer;
  }
  const rp = schema.residentPhones;
  const [resident] = await db
    .select({ residentId: rp.residentId })
    .from(rp)
    .innerJoin(schema.residents, eq(schema.residents.id, rp.residentId))
    .where(and(eq(rp.territoryId, territoryId), eq(rp.e164, phone), ne(schema.residents.status, 'archived')))
    .orderBy(desc(rp.isPrimary), asc(rp.createdAt))
    .limit(1);
  if (resident) return { kind: 'resident', residentId: resident.residentId };
  return (await findVolunteer(db, territoryId, phone)) ?? { kind: 'unknown' };
}

async function findVolunteer(db: DbOrTx, territoryId: string, phone: string): Promise<Party | undefined> {
  const vp = schema.volunteerPhones;
  const [volunteer] = await db
    .select({ volunteerDriverId: vp.volunteerDriverId })
    .from(vp)
    .innerJoin(schema.volunteerDrivers, eq(schema.volunteerDrivers.id, vp.volunteerDriverId))
    .where(and(eq(vp.territoryId, territoryId), eq(vp.e164, phone)))
    .orderBy(desc(vp.isPrimary), asc(vp.createdAt))
    .limit(1);
  return volunteer && { kind: 'volunteer', volunteerDriverId: volunteer.volunteerDriverId };
}

/** The message columns linking a row to the party. */
export const partyColumns = (party: Party) => ({
  residentId: party.kind === 'resident' ? party.residentId : null,
  volunteerDriverId: party.kind === 'volunteer' ? party.volunteerDriverId : null,
});
