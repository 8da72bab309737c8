import { createHash, timingSafeEqual } from 'node:crypto';
import { ServiceError } from '@solimob/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { access } from '../routes/types';

/** Prometheus' text exposition format. */
export const PROMETHEUS_TEXT = 'text/plain; version=0.0.4; charset=utf-8';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** A bearer token compared in constant time (hashes of equal length, whatever was sent). */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const presented = /^Bearer +(\S+)$/i.exec(header ?? '')?.[1];
  return presented !== undefined && timingSafeEqual(digest(presented), digest(token));
}

export interface HttpMetrics {
  registry: Registry;
}

/**
 * HTTP metrics for Prometheus: requests and their durations by method, route pattern (never the raw
 * URL: ids and search terms would explode the series and leak data) and status. GET /metrics serves
 * them to a scraper presenting METRICS_TOKEN; without the setting the route answers 503.
 */
export function registerMetrics(app: FastifyInstance, options: { token: string | undefined }): HttpMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service: 'api' });
  collectDefaultMetrics({ register: registry, prefix: 'solimob_api_' });
  const labelNames = ['method', 'route', 'status_code'] as const;
  const requests = new Counter({
    name: 'solimob_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code',
    labelNames,
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'solimob_http_request_duration_seconds',
    help: 'Time to answer HTTP requests, by method, route pattern and status code',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  const routeOf = (request: FastifyRequest) => request.routeOptions.url ?? 'unmatched';
  app.addHook('onResponse', async (request, reply) => {
    const labels = { method: request.method, route: routeOf(request), status_code: String(reply.statusCode) };
    requests.inc(labels);
    durations.observe(labels, reply.elapsedTime / 1000);
  });

  app.get(
    '/metrics',
    {
      config: { access: access.metrics },
      schema: {
        operationId: 'getMetrics',
        summary: 'Prometheus metrics of this API process (bearer METRICS_TOKEN)',
        tags: ['health'],
        response: {
          200: {
            description: 'Prometheus text exposition format',
            content: { 'text/plain': { schema: { type: 'string' } } },
          },
        },
      },
      onRequest: async (request) => {
        if (!options.token)
          throw new ServiceError('unavailable', 'Metrics are not configured (METRICS_TOKEN)');
        if (!bearerMatches(request.headers.authorization, options.token)) {
          throw new ServiceError('unauthenticated', 'A valid metrics token is required');
        }
      },
    },
    async (_request, reply) => {
      reply.type(PROMETHEUS_TEXT);
      return registry.metrics();
    },
  );
  return { registry };
}
