import {
  ListStaffTasksQuery,
  listStaffTasks,
  ResolveStaffTaskInput,
  resolveStaffTask,
} from '@solimob/domain';
import { contextOf } from '../plugins/auth';
import { IdParams, PageOf } from '../schemas/common';
import { StaffTaskOut } from '../schemas/views';
import { type App, access, type RouteDeps } from './types';

export function taskRoutes(app: App, deps: RouteDeps) {
  const common = { tags: ['tasks'] };

  app.get(
    '/tasks',
    {
      config: { access: access.staff('tasks:read') },
      schema: {
        operationId: 'listStaffTasks',
        ...common,
        summary: 'List staff tasks (open by default), the most urgent first',
        querystring: ListStaffTasksQuery,
        response: { 200: PageOf(StaffTaskOut) },
      },
    },
    async (request) => listStaffTasks(contextOf(request, deps), request.query),
  );

  app.post(
    '/tasks/:id/resolve',
    {
      config: { access: access.staff('tasks:write') },
      schema: {
        operationId: 'resolveStaffTask',
        ...common,
        summary: 'Close an open task as done or cancelled, with a note of what was done',
        params: IdParams,
        body: ResolveStaffTaskInput,
        response: { 200: StaffTaskOut },
      },
    },
    async (request) => resolveStaffTask(contextOf(request, deps), request.params.id, request.body),
  );
}
