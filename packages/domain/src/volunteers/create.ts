import { schema } from '@solimob/db';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { type ServiceContext, withTransaction } from '../context';
import { normalisePhoneList, parseInput } from '../input';
import { assertCommunesInTerritory } from '../places/communes';
import { assertVolunteerRules, replaceVolunteerChildren } from './children';
import { CreateVolunteerInput } from './schemas';
import { loadVolunteerViews, type VolunteerView } from './view';

export async function createVolunteer(ctx: ServiceContext, rawInput: unknown): Promise<VolunteerView> {
  assertCan(ctx.actor, 'volunteers:write');
  const input = parseInput(CreateVolunteerInput, rawInput);
  const phones = normalisePhoneList(input.phones);
  assertVolunteerRules({ phones, availabilities: input.availabilities, absences: input.absences });

  return withTransaction(ctx, async (tx) => {
    const territoryId = tx.actor.territoryId;
    await assertCommunesInTerritory(tx.db, territoryId, [{ id: input.communeId, pointer: '/communeId' }]);
    const now = tx.clock.now();
    const [volunteer] = await tx.db
      .insert(schema.volunteerDrivers)
      .values({
        territoryId,
        firstName: input.firstName.trim(),
        lastName: input.lastName.trim(),
        communeId: input.communeId,
        homeLat: input.homeLocation.lat,
        homeLon: input.homeLocation.lon,
        ...(input.seats !== undefined && { seats: input.seats }),
        wheelchairCapable: input.wheelchairCapable ?? false,
        maxDistanceKm: input.maxDistanceKm ?? null,
        monthlyTripCap: input.monthlyTripCap ?? null,
        active: input.active ?? true,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await replaceVolunteerChildren(tx.db, territoryId, volunteer!.id, now, {
      phones,
      servedCommuneIds: input.servedCommuneIds ?? [],
      availabilities: input.availabilities ?? [],
      absences: input.absences ?? [],
    });
    await recordAudit(tx, {
      action: 'volunteer.create',
      entityType: 'volunteer_driver',
      entityId: volunteer!.id,
    });
    return (await loadVolunteerViews(tx.db, [volunteer!]))[0]!;
  });
}
