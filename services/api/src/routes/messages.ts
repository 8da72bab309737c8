import { ListMessagesQuery, listMessages, PersonMessagesQuery } from '@solimob/domain';
import { contextOf } from '../plugins/auth';
import { IdParams, PageOf } from '../schemas/common';
import { MessageOut } from '../schemas/views';
import { type App, access, type RouteDeps } from './types';

/** SMS and calls: one person's conversation timeline, or the territory's messages by status. */
export function messageRoutes(app: App, deps: RouteDeps) {
  const common = { tags: ['messages'] };

  app.get(
    '/messages',
    {
      config: { access: access.staff('messages:read') },
      schema: {
        operationId: 'listMessages',
        ...common,
        summary: 'List SMS and calls, newest first, by status or person (e.g. failed ones to check)',
        querystring: ListMessagesQuery,
        response: { 200: PageOf(MessageOut) },
      },
    },
    async (request) => listMessages(contextOf(request, deps), request.query),
  );

  app.get(
    '/residents/:id/messages',
    {
      config: { access: access.staff('messages:read') },
      schema: {
        operationId: 'listResidentMessages',
        ...common,
        summary: "A resident's conversation timeline: SMS and calls in and out, newest first",
        params: IdParams,
        querystring: PersonMessagesQuery,
        response: { 200: PageOf(MessageOut) },
      },
    },
    async (request) =>
      listMessages(contextOf(request, deps), { ...request.query, residentId: request.params.id }),
  );

  app.get(
    '/volunteers/:id/messages',
    {
      config: { access: access.staff('messages:read') },
      schema: {
        operationId: 'listVolunteerMessages',
        ...common,
        summary: "A volunteer driver's conversation timeline: SMS and calls in and out, newest first",
        params: IdParams,
        querystring: PersonMessagesQuery,
        response: { 200: PageOf(MessageOut) },
      },
    },
    async (request) =>
      listMessages(contextOf(request, deps), { ...request.query, volunteerDriverId: request.params.id }),
  );
}
