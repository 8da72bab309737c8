import { schema } from '@solimob/db';
import Type from 'typebox';
import { contextOf } from '../plugins/auth';
import { type App, access, type RouteDeps } from './types';

/**
 * Registered only with BENCH_ROUTES=true (refused in production): the baseline of scripts/bench-api.
 * Behind the same staff session as the booking routes, it does exactly one insert (an audit row), so
 * "bookings per second / baseline per second" measures what the booking itself costs.
 */
export function benchRoutes(app: App, deps: RouteDeps) {
  app.post(
    '/bench/insert',
    {
      config: { access: access.staff('any') },
      schema: {
        operationId: 'benchInsert',
        tags: ['bench'],
        summary: 'Benchmark baseline: one insert (only with BENCH_ROUTES=true, never in production)',
        response: { 201: Type.Object({ ok: Type.Boolean() }) },
      },
    },
    async (request, reply) => {
      const { actor } = contextOf(request, deps);
      await deps.db.db.insert(schema.auditLog).values({
        territoryId: actor.territoryId,
        actorKind: actor.kind,
        action: 'bench.insert',
        entityType: 'bench',
      });
      return reply.status(201).send({ ok: true });
    },
  );
}
