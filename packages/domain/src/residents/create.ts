import { schema } from '@solimob/db';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { type ServiceContext, withTransaction } from '../context';
import { invalid } from '../errors';
import { normalisePhoneList, parseInput } from '../input';
import { assertCommunesInTerritory } from '../places/communes';
import { appendConsent } from './consents';
import { channelProblems } from './rules';
import { CreateResidentInput } from './schemas';
import { loadResidentViews, type ResidentView } from './view';

export async function createResident(ctx: ServiceContext, rawInput: unknown): Promise<ResidentView> {
  assertCan(ctx.actor, 'residents:write');
  const input = parseInput(CreateResidentInput, rawInput);
  const phones = normalisePhoneList(input.phones ?? []);
  const preferredChannel = input.preferredChannel ?? 'sms';
  const problems = channelProblems(preferredChannel, phones);
  if (problems.length > 0) throw invalid(problems);

  return withTransaction(ctx, async (tx) => {
    const territoryId = tx.actor.territoryId;
    await assertCommunesInTerritory(tx.db, territoryId, [{ id: input.communeId, pointer: '/communeId' }]);
    const now = tx.clock.now();
    const [resident] = await tx.db
      .insert(schema.residents)
      .values({
        territoryId,
        firstName: input.firstName.trim(),
        lastName: input.lastName.trim(),
        communeId: input.communeId,
        addressLine: input.addressLine.trim(),
        lat: input.location.lat,
        lon: input.location.lon,
        mobilityNeeds: input.mobilityNeeds ?? [],
        preferredChannel,
        consentAt: input.consent ? (input.consent.at ? new Date(input.consent.at) : now) : null,
        consentSource: input.consent?.source ?? null,
        accessNote: input.accessNote ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!resident) throw new Error('resident insert returned no row');
    if (input.consent) {
      await appendConsent(tx, resident.id, {
        given: true,
        channel: input.consent.channel ?? 'unspecified',
        at: input.consent.at,
        source: input.consent.source,
      });
    }
    if (phones.length > 0) {
      await tx.db
        .insert(schema.residentPhones)
        .values(phones.map((p) => ({ ...p, territoryId, residentId: resident.id, createdAt: now })));
    }
    await recordAudit(tx, {
      action: 'resident.create',
      entityType: 'resident',
      entityId: resident.id,
      details: { phones: phones.length },
    });
    const [view] = await loadResidentViews(tx.db, [resident]);
    return view!;
  });
}
