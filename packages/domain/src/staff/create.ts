import { isUniqueViolation, schema } from '@solimob/db';
import { asc, count, eq } from 'drizzle-orm';
import Type, { type Static } from 'typebox';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { type ServiceContext, withTransaction } from '../context';
import { invalid, ServiceError } from '../errors';
import { type Page, PageQuery, pageWindow, parseInput } from '../input';
import { type PasswordHasher, passwordProblems } from './passwords';
import { loadStaffCommunes, type StaffUserView, toStaffUserView } from './view';

/** From the database enum, so the API accepts exactly what the column stores. */
export const staffRoleValues = schema.staffRole.enumValues;

export const CreateStaffUserInput = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 254 }),
    displayName: Type.String({ minLength: 1, maxLength: 100 }),
    role: Type.Enum(staffRoleValues),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);
export type CreateStaffUserInput = Static<typeof CreateStaffUserInput>;

/** Admins create accounts in their own territory only. */
export async function createStaffUser(
  ctx: ServiceContext,
  passwords: PasswordHasher,
  rawInput: unknown,
): Promise<StaffUserView> {
  assertCan(ctx.actor, 'staff:manage');
  const input = parseInput(CreateStaffUserInput, rawInput);
  const problems = passwordProblems(input.password);
  if (problems.length > 0) throw invalid(problems.map((message) => ({ field: '/password', message })));
  const passwordHash = await passwords.hash(input.password);
  return withTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    try {
      const [user] = await tx.db
        .insert(schema.staffUsers)
        .values({
          territoryId: tx.actor.territoryId,
          email: input.email.trim().toLowerCase(),
          displayName: input.displayName.trim(),
          passwordHash,
          role: input.role,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await recordAudit(tx, {
        action: 'staff.create',
        entityType: 'staff_user',
        entityId: user!.id,
        details: { role: input.role },
      });
      return toStaffUserView(user!);
    } catch (error) {
      if (isUniqueViolation(error, 'staff_users_email_uq')) {
        throw new ServiceError('conflict', 'A staff account with this email already exists', {
          fields: [{ field: '/email', message: 'already in use' }],
        });
      }
      throw error;
    }
  });
}

export async function listStaffUsers(ctx: ServiceContext, rawQuery: unknown): Promise<Page<StaffUserView>> {
  assertCan(ctx.actor, 'staff:manage');
  const query = parseInput(PageQuery, rawQuery);
  const { page, pageSize, offset } = pageWindow(query);
  const s = schema.staffUsers;
  const where = eq(s.territoryId, ctx.actor.territoryId);
  const [rows, [totalRow]] = await Promise.all([
    ctx.db.select().from(s).where(where).orderBy(asc(s.email), asc(s.id)).limit(pageSize).offset(offset),
    ctx.db.select({ total: count() }).from(s).where(where),
  ]);
  const communes = await loadStaffCommunes(
    ctx.db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => toStaffUserView(r, communes.get(r.id))),
    page,
    pageSize,
    total: totalRow?.total ?? 0,
  };
}
