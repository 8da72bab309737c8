import { schema } from '@solimob/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { type ServiceContext, withTransaction } from '../context';
import { normalisePhoneList, parseInput, Uuid } from '../input';
import { assertCommunesInTerritory } from '../places/communes';
import { assertVolunteerRules, replaceVolunteerChildren } from './children';
import { UpdateVolunteerInput } from './schemas';
import { findVolunteer, loadVolunteerViews, type VolunteerView } from './view';

export async function updateVolunteer(
  ctx: ServiceContext,
  id: string,
  rawInput: unknown,
): Promise<VolunteerView> {
  assertCan(ctx.actor, 'volunteers:write');
  parseInput(Uuid, id);
  const input = parseInput(UpdateVolunteerInput, rawInput);
  const phones = input.phones ? normalisePhoneList(input.phones) : undefined;
  assertVolunteerRules({ phones, availabilities: input.availabilities, absences: input.absences });

  return withTransaction(ctx, async (tx) => {
    const territoryId = tx.actor.territoryId;
    await findVolunteer(tx.db, territoryId, id, true);
    if (input.communeId) {
      await assertCommunesInTerritory(tx.db, territoryId, [{ id: input.communeId, pointer: '/communeId' }]);
    }
    const now = tx.clock.now();
    const [volunteer] = await tx.db
      .update(schema.volunteerDrivers)
      .set({
        ...(input.firstName !== undefined && { firstName: input.firstName.trim() }),
        ...(input.lastName !== undefined && { lastName: input.lastName.trim() }),
        ...(input.communeId !== undefined && { communeId: input.communeId }),
        ...(input.homeLocation !== undefined && {
          homeLat: input.homeLocation.lat,
          homeLon: input.homeLocation.lon,
        }),
        ...(input.seats !== undefined && { seats: input.seats }),
        ...(input.wheelchairCapable !== undefined && { wheelchairCapable: input.wheelchairCapable }),
        ...(input.maxDistanceKm !== undefined && { maxDistanceKm: input.maxDistanceKm }),
        ...(input.monthlyTripCap !== undefined && { monthlyTripCap: input.monthlyTripCap }),
        ...(input.active !== undefined && { active: input.active }),
        updatedAt: now,
      })
      .where(eq(schema.volunteerDrivers.id, id))
      .returning();
    await replaceVolunteerChildren(tx.db, territoryId, id, now, {
      phones,
      servedCommuneIds: input.servedCommuneIds,
      availabilities: input.availabilities,
      absences: input.absences,
    });
    await recordAudit(tx, {
      action: 'volunteer.update',
      entityType: 'volunteer_driver',
      entityId: id,
      details: { fields: Object.keys(input) },
    });
    return (await loadVolunteerViews(tx.db, [volunteer!]))[0]!;
  });
}

/** Volunteers are deactivated, not deleted: their past trips and mileage stay attributable. */
export async function deactivateVolunteer(ctx: ServiceContext, id: string): Promise<VolunteerView> {
  return updateVolunteer(ctx, id, { active: false });
}
