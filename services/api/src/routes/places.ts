import {
  CreatePlaceInput,
  createPlace,
  deactivatePlace,
  getPlace,
  ListPlacesQuery,
  listPlaces,
  UpdatePlaceInput,
  updatePlace,
} from '@solimob/domain';
import { contextOf } from '../plugins/auth';
import { IdParams, PageOf } from '../schemas/common';
import { PlaceOut } from '../schemas/views';
import { type App, access, type RouteDeps } from './types';

export function placeRoutes(app: App, deps: RouteDeps) {
  const common = { tags: ['places'] };

  app.get(
    '/places',
    {
      config: { access: access.staff('places:read') },
      schema: {
        operationId: 'listPlaces',
        ...common,
        summary: 'List places, sorted by name; `q` matches names and aliases',
        querystring: ListPlacesQuery,
        response: { 200: PageOf(PlaceOut) },
      },
    },
    async (request) => listPlaces(contextOf(request, deps), request.query),
  );

  app.post(
    '/places',
    {
      config: { access: access.staff('places:write') },
      schema: {
        operationId: 'createPlace',
        ...common,
        summary: 'Create a named destination (market, health centre, station…)',
        body: CreatePlaceInput,
        response: { 201: PlaceOut },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createPlace(contextOf(request, deps), request.body)),
  );

  app.get(
    '/places/:id',
    {
      config: { access: access.staff('places:read') },
      schema: {
        operationId: 'getPlace',
        ...common,
        summary: 'Get one place',
        params: IdParams,
        response: { 200: PlaceOut },
      },
    },
    async (request) => getPlace(contextOf(request, deps), request.params.id),
  );

  app.patch(
    '/places/:id',
    {
      config: { access: access.staff('places:write') },
      schema: {
        operationId: 'updatePlace',
        ...common,
        summary: 'Update a place',
        params: IdParams,
        body: UpdatePlaceInput,
        response: { 200: PlaceOut },
      },
    },
    async (request) => updatePlace(contextOf(request, deps), request.params.id, request.body),
  );

  app.delete(
    '/places/:id',
    {
      config: { access: access.staff('places:write') },
      schema: {
        operationId: 'deactivatePlace',
        ...common,
        summary: 'Deactivate a place (past ride requests keep pointing at it)',
        params: IdParams,
        response: { 200: PlaceOut },
      },
    },
    async (request) => deactivatePlace(contextOf(request, deps), request.params.id),
  );
}
