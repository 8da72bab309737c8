import { type ResidentConsent, schema, type Tx } from '@solimob/db';
import { asc, eq } from 'drizzle-orm';
import Type, { type Static } from 'typebox';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { actorId, type ServiceContext, withTransaction } from '../context';
import { parseInput, Uuid } from '../input';
import { findResident } from './view';

/** From the database enum, so the API accepts exactly what the column stores. */
export const consentChannelValues = schema.consentChannel.enumValues;
export type ConsentChannel = (typeof consentChannelValues)[number];

export const RecordConsentInput = Type.Object(
  {
    given: Type.Boolean({ description: 'true: the resident agrees; false: they withdraw their consent' }),
    channel: Type.Enum(consentChannelValues, { description: 'How the resident said so' }),
    at: Type.Optional(Type.String({ format: 'date-time', description: 'When (defaults to now)' })),
    source: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: "Detail, e.g. 'formulaire signé au CIAS'" }),
    ),
  },
  { additionalProperties: false },
);
export type RecordConsentInput = Static<typeof RecordConsentInput>;

export interface ConsentView {
  id: string;
  given: boolean;
  channel: ResidentConsent['channel'];
  source: string | null;
  at: Date;
  recordedBy: { kind: ResidentConsent['recordedByKind']; id: string | null };
  recordedAt: Date;
}

const toConsentView = (c: ResidentConsent): ConsentView => ({
  id: c.id,
  given: c.given,
  channel: c.channel,
  source: c.source,
  at: c.at,
  recordedBy: { kind: c.recordedByKind, id: c.recordedById },
  recordedAt: c.recordedAt,
});

/**
 * Appends one entry to a resident's consent history and makes it the current state
 * (`residents.consent_at`). Used by the create and update verbs and by `recordConsent`.
 */
export async function appendConsent(
  tx: ServiceContext & { db: Tx },
  residentId: string,
  input: {
    given: boolean;
    channel: ConsentChannel;
    at?: string | undefined;
    source?: string | null | undefined;
  },
): Promise<ResidentConsent> {
  const now = tx.clock.now();
  const at = input.at ? new Date(input.at) : now;
  const [row] = await tx.db
    .insert(schema.residentConsents)
    .values({
      territoryId: tx.actor.territoryId,
      residentId,
      given: input.given,
      channel: input.channel,
      source: input.source ?? null,
      at,
      recordedByKind: tx.actor.kind,
      recordedById: actorId(tx.actor),
      recordedAt: now,
    })
    .returning();
  await tx.db
    .update(schema.residents)
    .set(
      input.given
        ? { consentAt: at, consentSource: input.source ?? null, updatedAt: now }
        : { consentAt: null, consentSource: null, updatedAt: now },
    )
    .where(eq(schema.residents.id, residentId));
  return row!;
}

/** Records that a resident gave or withdrew their consent, with its date and channel. */
export async function recordConsent(
  ctx: ServiceContext,
  residentId: string,
  rawInput: unknown,
): Promise<ConsentView> {
  assertCan(ctx.actor, 'residents:write');
  parseInput(Uuid, residentId);
  const input = parseInput(RecordConsentInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    await findResident(tx, residentId, true);
    const row = await appendConsent(tx, residentId, input);
    await recordAudit(tx, {
      action: input.given ? 'resident.consent.given' : 'resident.consent.withdrawn',
      entityType: 'resident',
      entityId: residentId,
      details: { channel: input.channel },
    });
    return toConsentView(row);
  });
}

/** A resident's consent history, oldest first. */
export async function listConsents(ctx: ServiceContext, residentId: string): Promise<ConsentView[]> {
  assertCan(ctx.actor, 'residents:read');
  parseInput(Uuid, residentId);
  await findResident(ctx, residentId);
  const rows = await ctx.db
    .select()
    .from(schema.residentConsents)
    .where(eq(schema.residentConsents.residentId, residentId))
    .orderBy(asc(schema.residentConsents.at), asc(schema.residentConsents.recordedAt));
  return rows.map(toConsentView);
}
