import { type DbOrTx, schema } from '@solimob/db';
import { eq } from 'drizzle-orm';
import Type, { type Static } from 'typebox';
import { recordAudit } from '../audit';
import type { Clock } from '../context';
import { ServiceError } from '../errors';
import { parseInput } from '../input';
import type { PasswordHasher } from './passwords';
import { hashSessionToken, newSessionToken } from './sessions';
import { type StaffUserView, toStaffUserView } from './view';

export const LoginInput = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);
export type LoginInput = Static<typeof LoginInput>;

export interface AuthDeps {
  db: DbOrTx;
  clock: Clock;
  passwords: PasswordHasher;
  sessionTtlHours: number;
}

/** One message for every failure, so a caller cannot tell an unknown email from a wrong password. */
export const LOGIN_FAILED = 'Invalid email or password';

/**
 * Checks the password and opens a session. Unknown emails are verified against a dummy hash so the
 * response time does not reveal which accounts exist; inactive accounts fail like a wrong password.
 */
export async function login(
  deps: AuthDeps,
  rawInput: unknown,
): Promise<{ token: string; expiresAt: Date; user: StaffUserView }> {
  const input = parseInput(LoginInput, rawInput);
  const email = input.email.trim().toLowerCase();
  const [user] = await deps.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.email, email));
  const valid = await deps.passwords.verify(user?.passwordHash ?? deps.passwords.dummyHash, input.password);
  if (!user || !valid || !user.active) {
    if (user) {
      await recordAudit(
        {
          db: deps.db,
          clock: deps.clock,
          actor: { kind: 'staff', staffUserId: user.id, territoryId: user.territoryId, role: user.role },
        },
        {
          action: 'staff.login_failed',
          entityType: 'staff_user',
          entityId: user.id,
          details: { active: user.active },
        },
      );
    }
    throw new ServiceError('unauthenticated', LOGIN_FAILED);
  }
  const now = deps.clock.now();
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + deps.sessionTtlHours * 3_600_000);
  await deps.db.transaction(async (tx) => {
    await tx
      .insert(schema.staffSessions)
      .values({ staffUserId: user.id, tokenHash: hashSessionToken(token), createdAt: now, expiresAt });
    await tx.update(schema.staffUsers).set({ lastLoginAt: now }).where(eq(schema.staffUsers.id, user.id));
    await recordAudit(
      {
        db: tx,
        clock: deps.clock,
        actor: { kind: 'staff', staffUserId: user.id, territoryId: user.territoryId, role: user.role },
      },
      { action: 'staff.login', entityType: 'staff_user', entityId: user.id },
    );
  });
  return { token, expiresAt, user: toStaffUserView({ ...user, lastLoginAt: now }) };
}
