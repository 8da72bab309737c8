import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, RouteOptions } from 'fastify';
import type { Access } from '../routes/types';
import { ErrorResponse } from '../schemas/common';

const errorRef = { $ref: 'ErrorResponse#' };

interface DocumentedSchema {
  hide?: boolean;
  operationId?: string;
  summary?: string;
  security?: Record<string, string[]>[];
  body?: unknown;
  querystring?: unknown;
  params?: unknown;
  response?: Record<string, unknown>;
}

/** The OpenAPI security of a route, from its declared access: one definition, not two. */
function securityOf(access: Access): Record<string, string[]>[] {
  switch (access.kind) {
    case 'staff':
      return [{ bearerAuth: [] }];
    case 'twilio':
      return [{ twilioSignature: [] }];
    case 'metrics':
      return [{ metricsToken: [] }];
    // Dashboard pages are hidden from the document (HTML and the dashboard's own JSON).
    case 'dashboard':
    // A link carries its own proof in the path (`token`), which OpenAPI security cannot describe.
    case 'link':
    case 'public':
      return [];
  }
}

/**
 * The error statuses a route can answer, added to its response schemas in one place so the document
 * lists them and the serializer shapes them.
 */
function errorStatuses(route: RouteOptions, schema: DocumentedSchema, access: Access): number[] {
  const statuses = new Set<number>([500]);
  if (route.url !== '/health') statuses.add(503);
  if (schema.body || schema.querystring || schema.params) statuses.add(400);
  if (access.kind === 'staff' || access.kind === 'link') {
    statuses.add(401);
    statuses.add(403);
    if (schema.params) statuses.add(404);
    if (route.method !== 'GET') statuses.add(409);
  }
  if (access.kind === 'twilio') {
    statuses.add(403);
    statuses.add(429);
  }
  if (access.kind === 'metrics') statuses.add(401);
  if (route.url === '/auth/login') {
    statuses.add(401);
    statuses.add(429);
  }
  return [...statuses].sort();
}

/**
 * Checks, at registration, that a route is complete (an access rule, an operationId, a summary), then
 * derives its security and error responses. A route that misses one stops the app from starting, so an
 * undocumented or unguarded route cannot ship.
 */
function documentRoute(route: RouteOptions): void {
  const schema = (route.schema ?? {}) as DocumentedSchema;
  if (schema.hide) return; // the documentation UI's own routes
  const name = `${route.method} ${route.url}`;
  const access = (route.config as { access?: Access } | undefined)?.access;
  if (!access) throw new Error(`${name} declares no config.access rule`);
  if (!schema.operationId) throw new Error(`${name} has no operationId`);
  if (!schema.summary) throw new Error(`${name} has no summary`);
  schema.security = securityOf(access);
  schema.response ??= {};
  for (const status of errorStatuses(route, schema, access)) schema.response[status] ??= errorRef;
  route.schema = schema;
}

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  app.addSchema(ErrorResponse);
  app.addHook('onRoute', documentRoute);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Solimob API',
        version: '0.1.0',
        description:
          'Back-office API of Solimob, solidarity mobility and market shuttles. Errors always have the shape ' +
          '`{ error: { code, message, fields?, requestId? } }`.',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      // Relative: the API answers on whatever public URL it is deployed at (PUBLIC_BASE_URL).
      servers: [{ url: '/', description: 'This server' }],
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            description: 'Opaque session token returned by POST /auth/login',
          },
          metricsToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'The METRICS_TOKEN setting, for a Prometheus scraper',
          },
          twilioSignature: {
            type: 'apiKey',
            in: 'header',
            name: 'X-Twilio-Signature',
            description:
              "Twilio's signature of the public URL (PUBLIC_BASE_URL + path and query) and every form field",
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
        { name: 'missions', description: 'What a volunteer drives: one or several pooled ride requests' },
        {
          name: 'volunteer-page',
          description:
            "A volunteer's own page, reached by the signed link of their offer SMS (HTML, no login)",
        },
        { name: 'tasks', description: 'Work for staff: call-backs, voicemails, unmatched requests' },
        {
          name: 'messages',
          description: 'SMS and calls in and out: conversation timelines, failed messages',
        },
        { name: 'webhooks', description: 'Called by Twilio, authenticated by X-Twilio-Signature' },
        {
          name: 'simulations',
          description: 'What-if simulations run on a throwaway copy of the territory (docs/simulator.md)',
        },
      ],
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json.$id === 'string' ? json.$id : `def-${i}`,
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
}
