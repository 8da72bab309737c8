import { schema } from '@solimob/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { type ServiceContext, withTransaction } from '../context';
import { invalid } from '../errors';
import { normalisePhoneList, parseInput, Uuid } from '../input';
import { assertCommunesInTerritory } from '../places/communes';
import { appendConsent } from './consents';
import { channelProblems } from './rules';
import { UpdateResidentInput } from './schemas';
import { findResident, loadResidentViews, type ResidentView } from './view';

/** Partial update; `phones`, when given, replaces the whole list. */
export async function updateResident(
  ctx: ServiceContext,
  id: string,
  rawInput: unknown,
): Promise<ResidentView> {
  assertCan(ctx.actor, 'residents:write');
  parseInput(Uuid, id);
  const input = parseInput(UpdateResidentInput, rawInput);
  const newPhones = input.phones ? normalisePhoneList(input.phones) : undefined;

  return withTransaction(ctx, async (tx) => {
    const territoryId = tx.actor.territoryId;
    const current = await findResident(tx, id, true);
    if (input.communeId) {
      await assertCommunesInTerritory(tx.db, territoryId, [{ id: input.communeId, pointer: '/communeId' }]);
    }
    const phones =
      newPhones ??
      (await tx.db
        .select({ kind: schema.residentPhones.kind })
        .from(schema.residentPhones)
        .where(eq(schema.residentPhones.residentId, id)));
    const problems = channelProblems(input.preferredChannel ?? current.preferredChannel, phones);
    if (problems.length > 0 && (input.preferredChannel || newPhones)) throw invalid(problems);

    const now = tx.clock.now();
    const [resident] = await tx.db
      .update(schema.residents)
      .set({
        ...(input.firstName !== undefined && { firstName: input.firstName.trim() }),
        ...(input.lastName !== undefined && { lastName: input.lastName.trim() }),
        ...(input.communeId !== undefined && { communeId: input.communeId }),
        ...(input.addressLine !== undefined && { addressLine: input.addressLine.trim() }),
        ...(input.location !== undefined && { lat: input.location.lat, lon: input.location.lon }),
        ...(input.mobilityNeeds !== undefined && { mobilityNeeds: input.mobilityNeeds }),
        ...(input.preferredChannel !== undefined && { preferredChannel: input.preferredChannel }),
        ...(input.accessNote !== undefined && { accessNote: input.accessNote }),
        ...(input.status !== undefined && { status: input.status }),
        updatedAt: now,
      })
      .where(eq(schema.residents.id, current.id))
      .returning();
    // A change of consent is appended to its history, which also sets the current state.
    let updated = resident!;
    // Forms send the consent back with every save: only a change is a new entry of the history.
    const consentAt = input.consent ? (input.consent.at ? new Date(input.consent.at) : now) : null;
    const consentChanged =
      input.consent !== undefined &&
      (input.consent === null
        ? current.consentAt !== null
        : current.consentAt === null ||
          (input.consent.at !== undefined && consentAt!.getTime() !== current.consentAt.getTime()) ||
          input.consent.source !== current.consentSource ||
          input.consent.channel !== undefined);
    if (input.consent !== undefined && consentChanged) {
      await appendConsent(tx, id, {
        given: input.consent !== null,
        channel: input.consent?.channel ?? 'unspecified',
        at: input.consent?.at,
        source: input.consent?.source,
      });
      updated = await findResident(tx, id);
    }
    if (newPhones) {
      await tx.db.delete(schema.residentPhones).where(eq(schema.residentPhones.residentId, id));
      if (newPhones.length > 0) {
        await tx.db
          .insert(schema.residentPhones)
          .values(newPhones.map((p) => ({ ...p, territoryId, residentId: id, createdAt: now })));
      }
    }
    await recordAudit(tx, {
      action: 'resident.update',
      entityType: 'resident',
      entityId: id,
      details: { fields: Object.keys(input) },
    });
    const [view] = await loadResidentViews(tx.db, [updated]);
    return view!;
  });
}
