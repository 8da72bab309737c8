import {
  CancelRideRequestInput,
  CreateRideRequestInput,
  cancelRideRequest,
  createRideRequest,
  getRideRequest,
  ListRideRequestsQuery,
  listRideRequests,
} from '@solimob/domain';
import { contextOf } from '../plugins/auth';
import { IdParams, PageOf } from '../schemas/common';
import { RideRequestOut } from '../schemas/views';
import { type App, access, type RouteDeps } from './types';

export function rideRequestRoutes(app: App, deps: RouteDeps) {
  const common = { tags: ['ride-requests'] };

  app.get(
    '/ride-requests',
    {
      config: { access: access.staff('ride_requests:read') },
      schema: {
        operationId: 'listRideRequests',
        ...common,
        summary: 'List ride requests by requested time, filtered by status, resident and date range',
        querystring: ListRideRequestsQuery,
        response: { 200: PageOf(RideRequestOut) },
      },
    },
    async (request) => listRideRequests(contextOf(request, deps), request.query),
  );

  app.post(
    '/ride-requests',
    {
      config: { access: access.staff('ride_requests:write') },
      schema: {
        operationId: 'createRideRequest',
        ...common,
        summary: 'Book a ride for a resident; queues matching and the acknowledgement in one transaction',
        body: CreateRideRequestInput,
        response: { 201: RideRequestOut },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createRideRequest(contextOf(request, deps), request.body)),
  );

  app.get(
    '/ride-requests/:id',
    {
      config: { access: access.staff('ride_requests:read') },
      schema: {
        operationId: 'getRideRequest',
        ...common,
        summary: 'Get one ride request',
        params: IdParams,
        response: { 200: RideRequestOut },
      },
    },
    async (request) => getRideRequest(contextOf(request, deps), request.params.id),
  );

  app.post(
    '/ride-requests/:id/cancel',
    {
      config: { access: access.staff('ride_requests:write') },
      schema: {
        operationId: 'cancelRideRequest',
        ...common,
        summary: 'Cancel a ride request that is not final yet, with a reason',
        params: IdParams,
        body: CancelRideRequestInput,
        response: { 200: RideRequestOut },
      },
    },
    async (request) => cancelRideRequest(contextOf(request, deps), request.params.id, request.body),
  );
}
