import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { ErrorResponse } from '../schemas/common';

const errorRef = { $ref: 'ErrorResponse#' };

/**
 * The error statuses a route can answer, added to its response schemas in one place so the document
 * lists them and the serializer shapes them.
 */
function errorStatuses(route: RouteOptions): number[] {
  const schema = (route.schema ?? {}) as Record<string, unknown>;
  const statuses = new Set<number>([500]);
  if (route.url !== '/health') statuses.add(503);
  if (schema.body || schema.querystring || schema.params) statuses.add(400);
  if (schema.security) {
    statuses.add(401);
    statuses.add(403);
    if (schema.params) statuses.add(404);
    if (route.method !== 'GET') statuses.add(409);
  }
  if (route.url === '/auth/login') {
    statuses.add(401);
    statuses.add(429);
  }
  return [...statuses].sort();
}

export async function registerOpenApi(app: FastifyInstance, publicBaseUrl: string): Promise<void> {
  app.addSchema(ErrorResponse);
  app.addHook('onRoute', (route) => {
    if ((route.schema as { hide?: boolean } | undefined)?.hide) return;
    route.schema ??= {};
    const schema = route.schema as { response?: Record<string, unknown> };
    schema.response ??= {};
    for (const status of errorStatuses(route)) schema.response[status] ??= errorRef;
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Solimob API',
        version: '0.1.0',
        description:
          'Back-office API of Solimob, solidarity mobility and market shuttles. Errors always have the shape ' +
          '`{ error: { code, message, fields?, requestId? } }`.',
      },
      servers: [{ url: publicBaseUrl }],
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            description: 'Opaque session token returned by POST /auth/login',
          },
        },
      },
      tags: [
        { name: 'health', description: 'Liveness and readiness probes' },
        { name: 'auth', description: 'Staff login and sessions' },
        { name: 'staff', description: 'Staff accounts' },
        { name: 'communes', description: 'Communes of the territory' },
        { name: 'residents', description: 'People who travel' },
        { name: 'volunteers', description: 'Volunteer drivers' },
        { name: 'places', description: 'Named destinations' },
        { name: 'ride-requests', description: 'Door-to-door ride requests' },
        { name: 'webhooks', description: 'Called by Twilio, authenticated by X-Twilio-Signature' },
      ],
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json.$id === 'string' ? json.$id : `def-${i}`,
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
}
