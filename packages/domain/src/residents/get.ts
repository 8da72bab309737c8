import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import type { ServiceContext } from '../context';
import { parseInput, Uuid } from '../input';
import { findResident, loadResidentViews, type ResidentView } from './view';

export async function getResident(ctx: ServiceContext, id: string): Promise<ResidentView> {
  assertCan(ctx.actor, 'residents:read');
  parseInput(Uuid, id);
  const resident = await findResident(ctx, id);
  // Reads of a resident's record are audited too (who looked at whom, and when).
  await recordAudit(ctx, { action: 'resident.read', entityType: 'resident', entityId: id });
  return (await loadResidentViews(ctx.db, [resident]))[0]!;
}
