import { pingDb } from '@solimob/db';
import { ServiceError } from '@solimob/domain';
import Type from 'typebox';
import { type App, access, type RouteDeps } from './types';

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });

export function healthRoutes(app: App, deps: RouteDeps) {
  app.get(
    '/health',
    {
      config: { access: access.public },
      schema: {
        operationId: 'getHealth',
        summary: 'Liveness: the process is up (no dependency is checked)',
        tags: ['health'],
        response: { 200: Type.Object({ status: Type.Literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      config: { access: access.public },
      schema: {
        operationId: 'getReadiness',
        summary: 'Readiness: Postgres and Redis answer within a short timeout',
        tags: ['health'],
        response: {
          200: Type.Object({
            status: Type.Literal('ready'),
            checks: Type.Object({ postgres: Type.Literal('ok'), redis: Type.Literal('ok') }),
          }),
        },
      },
    },
    async (request) => {
      const timeout = deps.readinessTimeoutMs;
      const redisCheck = async () => {
        // The client is lazy: the first probe opens the connection; later ones reuse it.
        if (deps.redis.status === 'wait') await deps.redis.connect();
        await deps.redis.ping();
      };
      const [postgres, redis] = await Promise.allSettled([
        withTimeout(pingDb(deps.db), timeout),
        withTimeout(redisCheck(), timeout),
      ]);
      const failed = [
        { name: 'postgres', result: postgres },
        { name: 'redis', result: redis },
      ].filter((c) => c.result.status === 'rejected');
      if (failed.length > 0) {
        for (const f of failed) {
          request.log.warn(
            { dependency: f.name, err: (f.result as PromiseRejectedResult).reason },
            'not ready',
          );
        }
        throw new ServiceError(
          'unavailable',
          `Not ready: ${failed.map((f) => f.name).join(', ')} unreachable`,
          {
            fields: failed.map((f) => ({ field: f.name, message: 'unreachable or too slow' })),
          },
        );
      }
      return { status: 'ready' as const, checks: { postgres: 'ok' as const, redis: 'ok' as const } };
    },
  );
}
