import { type DataRequest, schema } from '@solimob/db';
import { stringify } from 'csv-stringify/sync';
import { and, asc, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import Type, { type Static } from 'typebox';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { actorId, type ServiceContext, withTransaction } from '../context';
import { ServiceError } from '../errors';
import { parseInput, Uuid } from '../input';
import {
  deleteConversations,
  pseudonymiseMessages,
  pseudonymiseRideRequests,
  pseudonymiseSeatBookings,
  pseudonymiseTasks,
} from '../privacy/pseudonymise';
import { findResident, loadResidentViews } from './view';

/*
 * A resident's rights over their data (GDPR articles 15, 17 and 20), exercised through staff: an
 * export of everything the service holds about them, in JSON and CSV, and an erasure by
 * pseudonymisation that keeps the statistics exact. Each request is recorded in `data_requests`
 * (who, when, what, counts), which outlives the erasure.
 */

export interface DataRequestView {
  id: string;
  residentId: string;
  kind: DataRequest['kind'];
  format: string | null;
  requestedBy: { kind: DataRequest['requestedByKind']; id: string | null };
  details: Record<string, unknown>;
  at: Date;
}

const toDataRequestView = (r: DataRequest): DataRequestView => ({
  id: r.id,
  residentId: r.residentId,
  kind: r.kind,
  format: r.format,
  requestedBy: { kind: r.requestedByKind, id: r.requestedById },
  details: r.details,
  at: r.at,
});

/** Everything held about one resident. Sections are lists of flat records (CSV: one row per field). */
export interface ResidentExport {
  exportedAt: Date;
  resident: Record<string, unknown>;
  phones: Record<string, unknown>[];
  consents: Record<string, unknown>[];
  rideRequests: Record<string, unknown>[];
  seatBookings: Record<string, unknown>[];
  subscriptions: Record<string, unknown>[];
  driverPreferences: Record<string, unknown>[];
  messages: Record<string, unknown>[];
  tasks: Record<string, unknown>[];
  dataRequests: Record<string, unknown>[];
  /** Who read or changed the record, and when (the audit log's entries about this resident). */
  accessLog: Record<string, unknown>[];
}

async function recordDataRequest(
  ctx: ServiceContext,
  residentId: string,
  kind: DataRequest['kind'],
  format: string | null,
  details: Record<string, unknown>,
): Promise<DataRequest> {
  const [row] = await ctx.db
    .insert(schema.dataRequests)
    .values({
      territoryId: ctx.actor.territoryId,
      residentId,
      kind,
      format,
      requestedByKind: ctx.actor.kind,
      requestedById: actorId(ctx.actor),
      details,
      at: ctx.clock.now(),
    })
    .returning();
  await recordAudit(ctx, {
    action: `resident.${kind}`,
    entityType: 'resident',
    entityId: residentId,
    details: { format, ...details },
  });
  return row!;
}

/**
 * Gathers a resident's data (their record, phones, consent history, ride requests, seat bookings,
 * subscriptions, driver preferences, messages, tasks, earlier data requests and the log of who read or
 * changed their record) and records the request.
 */
export async function exportResidentData(
  ctx: ServiceContext,
  residentId: string,
  format: 'json' | 'csv',
): Promise<ResidentExport> {
  assertCan(ctx.actor, 'residents:personal_data');
  parseInput(Uuid, residentId);
  return withTransaction(ctx, async (tx) => {
    const resident = await findResident(tx, residentId);
    const byResident = <T extends { residentId: unknown }>(table: T) =>
      eq(table.residentId as typeof schema.residents.id, residentId);
    const [view] = await loadResidentViews(tx.db, [resident]);
    const s = schema;
    const [phones, consents, rides, seats, subscriptions, preferences, messages, tasks, requests, log] =
      await Promise.all([
        tx.db.select().from(s.residentPhones).where(byResident(s.residentPhones)),
        tx.db
          .select()
          .from(s.residentConsents)
          .where(byResident(s.residentConsents))
          .orderBy(asc(s.residentConsents.at)),
        tx.db
          .select()
          .from(s.rideRequests)
          .where(byResident(s.rideRequests))
          .orderBy(asc(s.rideRequests.requestedTime)),
        tx.db
          .select()
          .from(s.seatBookings)
          .where(byResident(s.seatBookings))
          .orderBy(asc(s.seatBookings.createdAt)),
        tx.db.select().from(s.shuttleSubscriptions).where(byResident(s.shuttleSubscriptions)),
        tx.db.select().from(s.driverPreferences).where(byResident(s.driverPreferences)),
        tx.db.select().from(s.messages).where(byResident(s.messages)).orderBy(asc(s.messages.createdAt)),
        tx.db
          .select()
          .from(s.staffTasks)
          .where(byResident(s.staffTasks))
          .orderBy(asc(s.staffTasks.createdAt)),
        tx.db.select().from(s.dataRequests).where(byResident(s.dataRequests)).orderBy(asc(s.dataRequests.at)),
        tx.db
          .select()
          .from(s.auditLog)
          .where(and(eq(s.auditLog.entityType, 'resident'), eq(s.auditLog.entityId, residentId)))
          .orderBy(asc(s.auditLog.at), asc(s.auditLog.id)),
      ]);
    const strip = <T extends Record<string, unknown>>(row: T) => {
      const {
        territoryId: _t,
        residentId: _r,
        ...rest
      } = row as T & { territoryId?: unknown; residentId?: unknown };
      return rest;
    };
    const exported: ResidentExport = {
      exportedAt: tx.clock.now(),
      resident: { ...view!, erasedAt: resident.erasedAt },
      phones: phones.map(strip),
      consents: consents.map(strip),
      rideRequests: rides.map(strip),
      seatBookings: seats.map(strip),
      subscriptions: subscriptions.map(strip),
      driverPreferences: preferences.map(strip),
      messages: messages.map(strip),
      tasks: tasks.map(strip),
      dataRequests: requests.map(strip),
      accessLog: log.map((e) => ({ at: e.at, action: e.action, actorKind: e.actorKind, actorId: e.actorId })),
    };
    await recordDataRequest(tx, residentId, 'export', format, {
      rideRequests: rides.length,
      seatBookings: seats.length,
      messages: messages.length,
    });
    return exported;
  });
}

const cell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
};

/**
 * The export as one CSV a spreadsheet opens: one row per field of each record, with the section and
 * the record's number, so every section fits the same four columns.
 */
export function residentExportCsv(exported: ResidentExport): string {
  const rows: string[][] = [['section', 'record', 'field', 'value']];
  const push = (section: string, index: number, record: Record<string, unknown>) => {
    for (const [field, value] of Object.entries(record))
      rows.push([section, String(index + 1), field, cell(value)]);
  };
  push('resident', 0, exported.resident);
  for (const [section, records] of Object.entries(exported)) {
    if (!Array.isArray(records)) continue;
    for (const [i, record] of records.entries()) push(section, i, record as Record<string, unknown>);
  }
  return stringify(rows);
}

export const EraseResidentInput = Type.Object(
  {
    reason: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        pattern: '^[a-z0-9_]+$',
        description: "Machine-readable, e.g. 'resident_request' (the default)",
      }),
    ),
  },
  { additionalProperties: false },
);
export type EraseResidentInput = Static<typeof EraseResidentInput>;

/**
 * Erases a resident on request, by pseudonymisation: names, address, access note, phones, driver
 * preferences and conversations go; the addresses of their trips and door pick-ups become their
 * commune's; message bodies and numbers, voicemail recordings and call-back numbers are blanked. What
 * the statistics count stays (the resident's id and commune, statuses, times, passengers, distances),
 * so every report gives the same totals. Refused while something is still to be driven: cancel first.
 */
export async function eraseResident(
  ctx: ServiceContext,
  residentId: string,
  rawInput: unknown,
): Promise<DataRequestView> {
  assertCan(ctx.actor, 'residents:personal_data');
  parseInput(Uuid, residentId);
  const input = parseInput(EraseResidentInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const resident = await findResident(tx, residentId, true);
    if (resident.erasedAt) throw new ServiceError('conflict', 'This resident was already erased');
    const [openRides] = await tx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.rideRequests)
      .where(
        and(
          eq(schema.rideRequests.residentId, residentId),
          notInArray(schema.rideRequests.status, ['completed', 'cancelled', 'unmet']),
        ),
      );
    const [openSeats] = await tx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.seatBookings)
      .innerJoin(schema.shuttleRounds, eq(schema.shuttleRounds.id, schema.seatBookings.shuttleRoundId))
      .where(
        and(
          eq(schema.seatBookings.residentId, residentId),
          inArray(schema.seatBookings.status, ['confirmed', 'waitlisted']),
          inArray(schema.shuttleRounds.status, ['open', 'closed', 'planned']),
        ),
      );
    if ((openRides?.n ?? 0) + (openSeats?.n ?? 0) > 0) {
      throw new ServiceError(
        'conflict',
        'The resident still has rides or seats to come: cancel them before erasing the resident',
      );
    }
    const now = tx.clock.now();
    const [commune] = await tx.db
      .select()
      .from(schema.communes)
      .where(eq(schema.communes.id, resident.communeId));
    // Messages not yet handed to the provider are not sent any more: they would name the person.
    await tx.db
      .update(schema.messages)
      .set({ status: 'failed', errorCode: 'resident_erased', updatedAt: now })
      .where(and(eq(schema.messages.residentId, residentId), eq(schema.messages.status, 'pending')));
    const counts = {
      rideRequests: await pseudonymiseRideRequests(tx.db, sql`r.resident_id = ${residentId}`, now),
      seatBookings: await pseudonymiseSeatBookings(tx.db, sql`b.resident_id = ${residentId}`),
      messages: await pseudonymiseMessages(tx.db, sql`m.resident_id = ${residentId}`, now),
      tasks: await pseudonymiseTasks(tx.db, sql`t.resident_id = ${residentId}`),
      conversations: await deleteConversations(tx.db, sql`c.resident_id = ${residentId}`),
      phones: (
        await tx.db
          .delete(schema.residentPhones)
          .where(eq(schema.residentPhones.residentId, residentId))
          .returning({ id: schema.residentPhones.id })
      ).length,
    };
    await tx.db.delete(schema.driverPreferences).where(eq(schema.driverPreferences.residentId, residentId));
    await tx.db
      .update(schema.shuttleSubscriptions)
      .set({ active: false, endedAt: now })
      .where(
        and(
          eq(schema.shuttleSubscriptions.residentId, residentId),
          eq(schema.shuttleSubscriptions.active, true),
        ),
      );
    // The row stays, with its commune (the statistics group by it), and nothing that names them.
    await tx.db
      .update(schema.residents)
      .set({
        firstName: 'Personne',
        lastName: 'effacée',
        addressLine: commune?.name ?? '',
        lat: commune?.lat ?? resident.lat,
        lon: commune?.lon ?? resident.lon,
        accessNote: null,
        consentSource: null,
        status: 'archived',
        erasedAt: now,
        updatedAt: now,
      })
      .where(eq(schema.residents.id, residentId));
    const request = await recordDataRequest(tx, residentId, 'erasure', null, {
      reason: input.reason ?? 'resident_request',
      ...counts,
    });
    return toDataRequestView(request);
  });
}

/** The data requests of the territory (newest first), or of one resident: the record the GDPR asks for. */
export async function listDataRequests(ctx: ServiceContext, residentId?: string): Promise<DataRequestView[]> {
  assertCan(ctx.actor, 'residents:personal_data');
  if (residentId) {
    parseInput(Uuid, residentId);
    await findResident(ctx, residentId);
  }
  const rows = await ctx.db
    .select()
    .from(schema.dataRequests)
    .where(
      and(
        eq(schema.dataRequests.territoryId, ctx.actor.territoryId),
        residentId ? eq(schema.dataRequests.residentId, residentId) : undefined,
      ),
    )
    .orderBy(desc(schema.dataRequests.at), desc(schema.dataRequests.id))
    .limit(500);
  return rows.map(toDataRequestView);
}
