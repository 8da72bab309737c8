import {
  CreateVolunteerInput,
  createVolunteer,
  deactivateVolunteer,
  getVolunteer,
  ListVolunteersQuery,
  listVolunteers,
  UpdateVolunteerInput,
  updateVolunteer,
} from '@solimob/domain';
import { contextOf } from '../plugins/auth';
import { IdParams, PageOf } from '../schemas/common';
import { VolunteerOut } from '../schemas/views';
import { type App, access, type RouteDeps } from './types';

export function volunteerRoutes(app: App, deps: RouteDeps) {
  const common = { tags: ['volunteers'] };

  app.get(
    '/volunteers',
    {
      config: { access: access.staff('volunteers:read') },
      schema: {
        operationId: 'listVolunteers',
        ...common,
        summary: 'List volunteer drivers, sorted by name, with filters and pagination',
        querystring: ListVolunteersQuery,
        response: { 200: PageOf(VolunteerOut) },
      },
    },
    async (request) => listVolunteers(contextOf(request, deps), request.query),
  );

  app.post(
    '/volunteers',
    {
      config: { access: access.staff('volunteers:write') },
      schema: {
        operationId: 'createVolunteer',
        ...common,
        summary: 'Create a volunteer driver with phones, served communes, availability and absences',
        body: CreateVolunteerInput,
        response: { 201: VolunteerOut },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createVolunteer(contextOf(request, deps), request.body)),
  );

  app.get(
    '/volunteers/:id',
    {
      config: { access: access.staff('volunteers:read') },
      schema: {
        operationId: 'getVolunteer',
        ...common,
        summary: 'Get one volunteer driver',
        params: IdParams,
        response: { 200: VolunteerOut },
      },
    },
    async (request) => getVolunteer(contextOf(request, deps), request.params.id),
  );

  app.patch(
    '/volunteers/:id',
    {
      config: { access: access.staff('volunteers:write') },
      schema: {
        operationId: 'updateVolunteer',
        ...common,
        summary: 'Update a volunteer driver; given lists replace the current ones',
        params: IdParams,
        body: UpdateVolunteerInput,
        response: { 200: VolunteerOut },
      },
    },
    async (request) => updateVolunteer(contextOf(request, deps), request.params.id, request.body),
  );

  app.delete(
    '/volunteers/:id',
    {
      config: { access: access.staff('volunteers:write') },
      schema: {
        operationId: 'deactivateVolunteer',
        ...common,
        summary: 'Deactivate a volunteer driver (kept for trip history)',
        params: IdParams,
        response: { 200: VolunteerOut },
      },
    },
    async (request) => deactivateVolunteer(contextOf(request, deps), request.params.id),
  );
}
