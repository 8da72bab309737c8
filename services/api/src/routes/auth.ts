import {
  CreateStaffUserInput,
  createStaffUser,
  LoginInput,
  listStaffUsers,
  login,
  logout,
  PageQuery,
  rolePermissions,
  ServiceError,
  SetStaffCommunesInput,
  setStaffCommunes,
} from '@solimob/domain';
import Type from 'typebox';
import { contextOf, staffOf } from '../plugins/auth';
import { HttpError } from '../plugins/errors';
import { DateTime, IdParams, PageOf } from '../schemas/common';
import { StaffUserOut } from '../schemas/views';
import { type App, access, type RouteDeps } from './types';

export function loginRoutes(app: App, deps: RouteDeps) {
  app.post(
    '/auth/login',
    {
      config: { access: access.public },
      schema: {
        operationId: 'login',
        summary: 'Log in with email and password; returns a bearer token shown only once',
        tags: ['auth'],
        body: LoginInput,
        response: {
          200: Type.Object({ token: Type.String(), expiresAt: DateTime, user: StaffUserOut }),
        },
      },
    },
    async (request) => {
      const key = [request.body.email.trim().toLowerCase(), request.ip];
      const verdict = await deps.loginLimiter.check(...key);
      if (!verdict.allowed) {
        throw new HttpError(429, 'rate_limited', 'Too many failed logins; try again later', {
          'retry-after': String(verdict.retryAfterSeconds),
        });
      }
      try {
        const session = await login(
          {
            db: deps.db.db,
            clock: deps.clock,
            passwords: deps.passwords,
            sessionTtlHours: deps.sessionTtlHours,
          },
          request.body,
        );
        await deps.loginLimiter.reset(...key);
        return session;
      } catch (error) {
        if (error instanceof ServiceError && error.code === 'unauthenticated') {
          await deps.loginLimiter.hit(...key);
        }
        throw error;
      }
    },
  );
}

export function sessionRoutes(app: App, deps: RouteDeps) {
  app.post(
    '/auth/logout',
    {
      config: { access: access.staff('any') },
      schema: {
        operationId: 'logout',
        summary: 'Revoke the current session token',
        tags: ['auth'],
        response: { 204: Type.Null({ description: 'Session revoked' }) },
      },
    },
    async (request, reply) => {
      await logout(contextOf(request, deps), staffOf(request).sessionId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: access.staff('any') },
      schema: {
        operationId: 'getCurrentSession',
        summary: 'The logged-in staff account, what its role may do, and when its session expires',
        tags: ['auth'],
        response: {
          200: Type.Object({
            user: StaffUserOut,
            expiresAt: DateTime,
            permissions: Type.Array(Type.String(), {
              description:
                "The role's permissions ('residents:write', 'messages:read'…), so a client shows only what it may do",
            }),
          }),
        },
      },
    },
    async (request) => {
      const staff = staffOf(request);
      const permissions = [...rolePermissions[staff.user.role]].sort();
      return { user: staff.user, expiresAt: staff.expiresAt, permissions };
    },
  );

  app.post(
    '/staff',
    {
      config: { access: access.staff('staff:manage') },
      schema: {
        operationId: 'createStaffUser',
        summary: 'Create a staff account in the caller’s territory (admin only)',
        tags: ['staff'],
        body: CreateStaffUserInput,
        response: { 201: StaffUserOut },
      },
    },
    async (request, reply) => {
      const user = await createStaffUser(contextOf(request, deps), deps.passwords, request.body);
      return reply.status(201).send(user);
    },
  );

  app.get(
    '/staff',
    {
      config: { access: access.staff('staff:manage') },
      schema: {
        operationId: 'listStaffUsers',
        summary: 'List the territory’s staff accounts (admin only)',
        tags: ['staff'],
        querystring: Type.Object(PageQuery.properties, { additionalProperties: false }),
        response: { 200: PageOf(StaffUserOut) },
      },
    },
    async (request) => listStaffUsers(contextOf(request, deps), request.query),
  );

  app.put(
    '/staff/:id/communes',
    {
      config: { access: access.staff('staff:manage') },
      schema: {
        operationId: 'setStaffCommunes',
        summary:
          'Set the communes a partner account works for; it then sees only their residents (admin only)',
        tags: ['staff'],
        params: IdParams,
        body: SetStaffCommunesInput,
        response: { 200: StaffUserOut },
      },
    },
    async (request) => setStaffCommunes(contextOf(request, deps), request.params.id, request.body),
  );
}
