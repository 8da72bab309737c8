import { type DbOrTx, schema } from '@solimob/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import Type from 'typebox';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { type ServiceContext, withTransaction } from '../context';
import { invalid } from '../errors';
import { parseInput, Uuid } from '../input';
import { findResident } from './view';

export const driverPreferenceKindValues = schema.driverPreferenceKind.enumValues;

export const DriverPreferencesInput = Type.Object(
  {
    preferences: Type.Array(
      Type.Object(
        {
          volunteerDriverId: Uuid,
          kind: Type.Enum(driverPreferenceKindValues, {
            description: "'preferred': asked for, ranked first; 'avoid': never offered this resident's rides",
          }),
        },
        { additionalProperties: false },
      ),
      { maxItems: 20, description: 'Replaces the current list' },
    ),
  },
  { additionalProperties: false },
);

export interface DriverPreferenceView {
  volunteerDriverId: string;
  firstName: string;
  lastName: string;
  kind: 'preferred' | 'avoid';
}

async function load(db: DbOrTx, residentId: string): Promise<DriverPreferenceView[]> {
  return db
    .select({
      volunteerDriverId: schema.driverPreferences.volunteerDriverId,
      firstName: schema.volunteerDrivers.firstName,
      lastName: schema.volunteerDrivers.lastName,
      kind: schema.driverPreferences.kind,
    })
    .from(schema.driverPreferences)
    .innerJoin(
      schema.volunteerDrivers,
      eq(schema.volunteerDrivers.id, schema.driverPreferences.volunteerDriverId),
    )
    .where(eq(schema.driverPreferences.residentId, residentId))
    .orderBy(asc(schema.volunteerDrivers.lastName), asc(schema.volunteerDrivers.id));
}

/** The drivers a resident asked for or asked not to have, as staff recorded them. */
export async function getDriverPreferences(
  ctx: ServiceContext,
  residentId: string,
): Promise<DriverPreferenceView[]> {
  assertCan(ctx.actor, 'residents:read');
  assertCan(ctx.actor, 'volunteers:read');
  parseInput(Uuid, residentId);
  await findResident(ctx, residentId);
  return load(ctx.db, residentId);
}

/**
 * Records what a resident said about drivers (replacing the list): a preferred driver is ranked first
 * for their rides (ranking.preferenceBonusKm), an avoided one is never offered them.
 */
export async function setDriverPreferences(
  ctx: ServiceContext,
  residentId: string,
  rawInput: unknown,
): Promise<DriverPreferenceView[]> {
  assertCan(ctx.actor, 'residents:write');
  parseInput(Uuid, residentId);
  const input = parseInput(DriverPreferencesInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const territoryId = tx.actor.territoryId;
    await findResident(tx, residentId);
    const ids = input.preferences.map((p) => p.volunteerDriverId);
    if (new Set(ids).size !== ids.length) {
      throw invalid([{ field: '/preferences', message: 'each volunteer may appear once' }]);
    }
    const known =
      ids.length === 0
        ? []
        : await tx.db
            .select({ id: schema.volunteerDrivers.id })
            .from(schema.volunteerDrivers)
            .where(
              and(
                eq(schema.volunteerDrivers.territoryId, territoryId),
                inArray(schema.volunteerDrivers.id, ids),
              ),
            );
    const found = new Set(known.map((k) => k.id));
    const unknown = input.preferences.flatMap((p, i) =>
      found.has(p.volunteerDriverId)
        ? []
        : [{ field: `/preferences/${i}/volunteerDriverId`, message: 'unknown volunteer for this territory' }],
    );
    if (unknown.length > 0) throw invalid(unknown);
    await tx.db.delete(schema.driverPreferences).where(eq(schema.driverPreferences.residentId, residentId));
    if (input.preferences.length > 0) {
      await tx.db.insert(schema.driverPreferences).values(
        input.preferences.map((p) => ({
          territoryId,
          residentId,
          volunteerDriverId: p.volunteerDriverId,
          kind: p.kind,
          createdAt: tx.clock.now(),
        })),
      );
    }
    await recordAudit(tx, {
      action: 'resident.driver_preferences',
      entityType: 'resident',
      entityId: residentId,
      details: { count: input.preferences.length },
    });
    return load(tx.db, residentId);
  });
}
