import { assertCan } from '../../authz';
import type { ServiceContext } from '../../context';
import { parseInput, Uuid } from '../../input';
import type { LinkIssuer } from '../../links';
import { loadTerritory } from '../../territories/load';
import { addDays, zonedInstant } from '../../time';
import { findRound } from '../common';

/**
 * The driver's link to a round's route sheet: no login, valid until the end of the day after the
 * round. It shows addresses and phone numbers, so only staff who manage rounds may hand it out.
 */
export async function routeSheetLink(
  ctx: ServiceContext,
  id: string,
  links: LinkIssuer,
): Promise<{ url: string; expiresAt: Date }> {
  assertCan(ctx.actor, 'shuttles:write');
  parseInput(Uuid, id);
  const round = await findRound(ctx.db, ctx.actor.territoryId, id);
  const territory = await loadTerritory(ctx.db, round.territoryId);
  const expiresAt = zonedInstant(addDays(round.serviceDate, 2), '00:00', territory.timezone);
  return { url: links.url({ kind: 'shuttle-round', id: round.id }, expiresAt), expiresAt };
}
