import { type DbOrTx, reusableQuery, schema } from '@solimob/db';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { recordAudit } from '../audit';
import type { Actor, Clock, ServiceContext } from '../context';
import { ServiceError } from '../errors';
import { hashSessionToken } from './sessions';
import { loadStaffCommunes, type StaffUserView, toStaffUserView } from './view';

export interface StaffSession {
  sessionId: string;
  expiresAt: Date;
  user: StaffUserView;
  actor: Extract<Actor, { kind: 'staff' }>;
}

/**
 * Resolves a bearer token to its staff session. Expired, revoked and inactive-account sessions are all
 * refused the same way; the actor's territory and role come from the account, never from the request.
 */
export async function authenticateSession(
  deps: { db: DbOrTx; clock: Clock },
  token: string,
): Promise<StaffSession> {
  return findLiveSession(deps, sessionByTokenHash, hashSessionToken(token));
}

/**
 * The same checks for a session named by its id: what a short-lived credential derived from a session
 * (the queue dashboard's cookie) is validated against, so a logout or a deactivation ends it too.
 */
export async function authenticateSessionById(
  deps: { db: DbOrTx; clock: Clock },
  sessionId: string,
): Promise<StaffSession> {
  return findLiveSession(deps, sessionById, sessionId);
}

/** The live session whose `key` column has the given value, with its account (every request asks). */
const liveSessionBy = (key: 'tokenHash' | 'id') =>
  reusableQuery(`live_session_by_${key}`, (db) =>
    db
      .select({ session: schema.staffSessions, user: schema.staffUsers })
      .from(schema.staffSessions)
      .innerJoin(schema.staffUsers, eq(schema.staffUsers.id, schema.staffSessions.staffUserId))
      .where(
        and(
          eq(schema.staffSessions[key], sql.placeholder('key')),
          isNull(schema.staffSessions.revokedAt),
          gt(schema.staffSessions.expiresAt, sql.placeholder('now')),
          eq(schema.staffUsers.active, true),
        ),
      ),
  );
const sessionByTokenHash = liveSessionBy('tokenHash');
const sessionById = liveSessionBy('id');

async function findLiveSession(
  deps: { db: DbOrTx; clock: Clock },
  query: typeof sessionById,
  key: string,
): Promise<StaffSession> {
  const [row] = await query(deps.db, { key, now: deps.clock.now().toISOString() });
  if (!row) throw new ServiceError('unauthenticated', 'Session is invalid or has expired');
  // A partner's communes bound their resident scope; other roles see the whole territory.
  const communeIds =
    row.user.role === 'partner'
      ? ((await loadStaffCommunes(deps.db, [row.user.id])).get(row.user.id) ?? [])
      : [];
  return {
    sessionId: row.session.id,
    expiresAt: row.session.expiresAt,
    user: toStaffUserView(row.user, communeIds),
    actor: {
      kind: 'staff',
      staffUserId: row.user.id,
      territoryId: row.user.territoryId,
      role: row.user.role,
      ...(row.user.role === 'partner' && { communeIds }),
    },
  };
}

/** Revokes the caller's session; the token stops working immediately. */
export async function logout(ctx: ServiceContext, sessionId: string): Promise<void> {
  await ctx.db
    .update(schema.staffSessions)
    .set({ revokedAt: ctx.clock.now() })
    .where(and(eq(schema.staffSessions.id, sessionId), isNull(schema.staffSessions.revokedAt)));
  await recordAudit(ctx, { action: 'staff.logout', entityType: 'staff_session', entityId: sessionId });
}
