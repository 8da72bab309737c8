import {
  consentChannelValues,
  EraseResidentInput,
  eraseResident,
  exportResidentData,
  listConsents,
  listDataRequests,
  RecordConsentInput,
  recordConsent,
  residentExportCsv,
} from '@solimob/domain';
import type { FastifyReply } from 'fastify';
import Type from 'typebox';
import { contextOf } from '../plugins/auth';
import { DateTime, IdParams, Nullable, Uuid } from '../schemas/common';
import { type App, access, type RouteDeps } from './types';

const actorKinds = ['staff', 'resident', 'volunteer', 'system'] as const;

const ConsentOut = Type.Object({
  id: Uuid,
  given: Type.Boolean(),
  channel: Type.Enum(consentChannelValues),
  source: Nullable(Type.String()),
  at: DateTime,
  recordedBy: Type.Object({ kind: Type.Enum(actorKinds), id: Nullable(Uuid) }),
  recordedAt: DateTime,
});

const DataRequestOut = Type.Object({
  id: Uuid,
  residentId: Uuid,
  kind: Type.Enum(['export', 'erasure']),
  format: Nullable(Type.String()),
  requestedBy: Type.Object({ kind: Type.Enum(actorKinds), id: Nullable(Uuid) }),
  details: Type.Record(Type.String(), Type.Unknown(), { description: 'Counts and reason; no personal data' }),
  at: DateTime,
});

const Records = Type.Array(Type.Record(Type.String(), Type.Unknown()));
const ResidentExportOut = Type.Object({
  exportedAt: DateTime,
  resident: Type.Record(Type.String(), Type.Unknown()),
  phones: Records,
  consents: Records,
  rideRequests: Records,
  seatBookings: Records,
  subscriptions: Records,
  driverPreferences: Records,
  messages: Records,
  tasks: Records,
  dataRequests: Records,
  accessLog: Records,
});

/**
 * A resident's personal data (GDPR): their consent history, an export of everything held about them
 * (JSON or CSV), an erasure by pseudonymisation, and the record of those requests.
 */
export function personalDataRoutes(app: App, deps: RouteDeps) {
  const common = { tags: ['personal data'] };

  app.get(
    '/residents/:id/consents',
    {
      config: { access: access.staff('residents:read') },
      schema: {
        operationId: 'listResidentConsents',
        ...common,
        summary: 'A resident’s consent history: each consent given or withdrawn, with its date and channel',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(ConsentOut) }) },
      },
    },
    async (request) => ({ items: await listConsents(contextOf(request, deps), request.params.id) }),
  );

  app.post(
    '/residents/:id/consents',
    {
      config: { access: access.staff('residents:write') },
      schema: {
        operationId: 'recordResidentConsent',
        ...common,
        summary: 'Record that a resident gave or withdrew their consent, when and through which channel',
        params: IdParams,
        body: RecordConsentInput,
        response: { 201: ConsentOut },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordConsent(contextOf(request, deps), request.params.id, request.body)),
  );

  app.get(
    '/residents/:id/export',
    {
      config: { access: access.staff('residents:personal_data') },
      schema: {
        operationId: 'exportResidentData',
        ...common,
        summary: 'Everything held about a resident, as JSON or CSV (a recorded data request)',
        params: IdParams,
        querystring: Type.Object(
          { format: Type.Optional(Type.Enum(['json', 'csv'], { description: 'json (default) or csv' })) },
          { additionalProperties: false },
        ),
        produces: ['application/json', 'text/csv'],
        response: { 200: ResidentExportOut },
      },
    },
    async (request, typedReply) => {
      const format = request.query.format ?? 'json';
      const exported = await exportResidentData(contextOf(request, deps), request.params.id, format);
      const reply = (typedReply as unknown as FastifyReply)
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="donnees-${request.params.id}.${format}"`);
      // CSV bypasses the JSON response schema (a string is sent as is).
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(residentExportCsv(exported));
      return typedReply.send(exported);
    },
  );

  app.post(
    '/residents/:id/erase',
    {
      config: { access: access.staff('residents:personal_data') },
      schema: {
        operationId: 'eraseResident',
        ...common,
        summary:
          'Erase a resident on request: pseudonymised so the statistics stay exact; refused while rides or seats are to come',
        params: IdParams,
        body: EraseResidentInput,
        response: { 200: DataRequestOut },
      },
    },
    async (request) => eraseResident(contextOf(request, deps), request.params.id, request.body),
  );

  app.get(
    '/data-requests',
    {
      config: { access: access.staff('residents:personal_data') },
      schema: {
        operationId: 'listDataRequests',
        ...common,
        summary: 'The record of residents’ data requests (exports, erasures), newest first',
        querystring: Type.Object({ residentId: Type.Optional(Uuid) }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(DataRequestOut) }) },
      },
    },
    async (request) => ({
      items: await listDataRequests(contextOf(request, deps), request.query.residentId),
    }),
  );
}
