import {
  archiveResident,
  CreateResidentInput,
  createResident,
  getResident,
  ListResidentsQuery,
  listCommunes,
  listResidents,
  UpdateResidentInput,
  updateResident,
} from '@solimob/domain';
import Type from 'typebox';
import { contextOf } from '../plugins/auth';
import { IdParams, PageOf } from '../schemas/common';
import { CommuneOut, ResidentOut } from '../schemas/views';
import { type App, access, type RouteDeps } from './types';

export function residentRoutes(app: App, deps: RouteDeps) {
  const common = { tags: ['residents'] };

  app.get(
    '/communes',
    {
      config: { access: access.staff('places:read') },
      schema: {
        operationId: 'listCommunes',
        summary: 'List the communes of the caller’s territory',
        tags: ['communes'],
        response: { 200: Type.Object({ items: Type.Array(CommuneOut) }) },
      },
    },
    async (request) => {
      const communes = await listCommunes(contextOf(request, deps));
      return {
        items: communes.map((c) => ({ ...c, location: { lat: c.lat, lon: c.lon } })),
      };
    },
  );

  app.get(
    '/residents',
    {
      config: { access: access.staff('residents:read') },
      schema: {
        operationId: 'listResidents',
        ...common,
        summary: 'List residents, sorted by name, with filters and pagination',
        querystring: ListResidentsQuery,
        response: { 200: PageOf(ResidentOut) },
      },
    },
    async (request) => listResidents(contextOf(request, deps), request.query),
  );

  app.post(
    '/residents',
    {
      config: { access: access.staff('residents:write') },
      schema: {
        operationId: 'createResident',
        ...common,
        summary: 'Create a resident; phone numbers are normalised to E.164 and typed mobile or landline',
        body: CreateResidentInput,
        response: { 201: ResidentOut },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createResident(contextOf(request, deps), request.body)),
  );

  app.get(
    '/residents/:id',
    {
      config: { access: access.staff('residents:read') },
      schema: {
        operationId: 'getResident',
        ...common,
        summary: 'Get one resident',
        params: IdParams,
        response: { 200: ResidentOut },
      },
    },
    async (request) => getResident(contextOf(request, deps), request.params.id),
  );

  app.patch(
    '/residents/:id',
    {
      config: { access: access.staff('residents:write') },
      schema: {
        operationId: 'updateResident',
        ...common,
        summary: 'Update a resident; a given phones list replaces the current one',
        params: IdParams,
        body: UpdateResidentInput,
        response: { 200: ResidentOut },
      },
    },
    async (request) => updateResident(contextOf(request, deps), request.params.id, request.body),
  );

  app.delete(
    '/residents/:id',
    {
      config: { access: access.staff('residents:write') },
      schema: {
        operationId: 'archiveResident',
        ...common,
        summary: 'Archive a resident (kept for history, never deleted)',
        params: IdParams,
        response: { 200: ResidentOut },
      },
    },
    async (request) => archiveResident(contextOf(request, deps), request.params.id),
  );
}
