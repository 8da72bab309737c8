import {
  AssignDriverInput,
  assignDriver,
  completeTrip,
  DriverPreferencesInput,
  getDriverPreferences,
  getMission,
  getRideRequestMission,
  listRideRequestOffers,
  monthlyStatement,
  recordNoShow,
  ServiceError,
  StatementMonth,
  setDriverPreferences,
  statementCsv,
  statementPdf,
} from '@solimob/domain';
import type { FastifyReply } from 'fastify';
import Type from 'typebox';
import { contextOf } from '../plugins/auth';
import { IdParams, Uuid } from '../schemas/common';
import { DriverPreferenceOut, MissionOut, OfferOut, StatementOut } from '../schemas/rides';
import { type App, access, type RouteDeps } from './types';

export const StatementQuery = Type.Object(
  {
    format: Type.Optional(
      Type.Enum(['json', 'csv', 'pdf'], {
        default: 'json',
        description:
          'json (rows and totals), csv (semicolons, decimal commas, for a spreadsheet) or pdf (to print)',
      }),
    ),
  },
  { additionalProperties: false },
);

/** Staff routes of the volunteer-ride loop: who was asked and why, the mission, hand assignment, statements. */
export function rideRoutes(app: App, deps: RouteDeps) {
  const rides = { tags: ['ride-requests'] };
  const missions = { tags: ['missions'] };

  app.get(
    '/ride-requests/:id/offers',
    {
      config: { access: access.staff('volunteers:read') },
      schema: {
        operationId: 'listRideRequestOffers',
        ...rides,
        summary: "Offers made for a ride request, with each volunteer's answer and the parts of their score",
        params: IdParams,
        response: { 200: Type.Array(OfferOut) },
      },
    },
    async (request) => listRideRequestOffers(contextOf(request, deps), request.params.id),
  );

  app.get(
    '/ride-requests/:id/mission',
    {
      config: { access: access.staff('ride_requests:read') },
      schema: {
        operationId: 'getRideRequestMission',
        ...rides,
        summary:
          'The mission that serves a ride request: driver, planned legs, distance (404 before matching)',
        params: IdParams,
        response: { 200: MissionOut },
      },
    },
    async (request) => getRideRequestMission(contextOf(request, deps), request.params.id),
  );

  app.post(
    '/ride-requests/:id/assign',
    {
      config: { access: access.staff('missions:manage') },
      schema: {
        operationId: 'assignDriver',
        ...rides,
        summary: 'Assign a driver by hand, overriding the ranking (also after unmet, or to replace a driver)',
        params: IdParams,
        body: AssignDriverInput,
        response: { 200: MissionOut },
      },
    },
    async (request) => assignDriver(contextOf(request, deps), request.params.id, request.body),
  );

  app.post(
    '/ride-requests/:id/no-show',
    {
      config: { access: access.staff('missions:manage') },
      schema: {
        operationId: 'recordNoShow',
        ...rides,
        summary: 'Record that the resident was not there at pick-up (outcome no_show, no sanction)',
        params: IdParams,
        response: { 200: Type.Object({ rideRequestId: Uuid }) },
      },
    },
    async (request) => recordNoShow(contextOf(request, deps), { rideRequestId: request.params.id }),
  );

  app.get(
    '/missions/:id',
    {
      config: { access: access.staff('ride_requests:read') },
      schema: {
        operationId: 'getMission',
        ...missions,
        summary: 'One mission: its requests, driver, legs and distances',
        params: IdParams,
        response: { 200: MissionOut },
      },
    },
    async (request) => getMission(contextOf(request, deps), request.params.id),
  );

  app.post(
    '/missions/:id/complete',
    {
      config: { access: access.staff('missions:manage') },
      schema: {
        operationId: 'completeMission',
        ...missions,
        summary:
          "Close a mission on the driver's behalf (as their FAIT would); the distance is then measured",
        params: IdParams,
        response: { 200: MissionOut },
      },
    },
    async (request) => {
      const ctx = contextOf(request, deps);
      const mission = await getMission(ctx, request.params.id);
      if (!mission.driver) throw new ServiceError('conflict', 'The mission has no driver to close it for');
      return completeTrip(ctx, { volunteerDriverId: mission.driver.id, missionId: mission.id });
    },
  );

  app.get(
    '/volunteers/:id/statements/:month',
    {
      config: { access: access.staff('volunteers:read') },
      schema: {
        operationId: 'getVolunteerStatement',
        tags: ['volunteers'],
        summary: "A volunteer's monthly mileage statement: JSON, CSV or printable PDF",
        params: Type.Object({ id: Uuid, month: StatementMonth }, { additionalProperties: false }),
        querystring: StatementQuery,
        produces: ['application/json', 'text/csv', 'application/pdf'],
        response: { 200: StatementOut },
      },
    },
    async (request, typedReply) => {
      const statement = await monthlyStatement(
        contextOf(request, deps),
        request.params.id,
        request.params.month,
      );
      const name = `releve-${statement.month}-${statement.volunteer.id.slice(0, 8)}`;
      // CSV and PDF bypass the JSON response schema (a string or a buffer is sent as is).
      const reply = typedReply as unknown as FastifyReply;
      if (request.query.format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}.csv"`)
          .send(statementCsv(statement));
      }
      if (request.query.format === 'pdf') {
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="${name}.pdf"`)
          .send(await statementPdf(statement));
      }
      return typedReply.send(statement);
    },
  );

  app.get(
    '/residents/:id/driver-preferences',
    {
      config: { access: access.staff('volunteers:read') },
      schema: {
        operationId: 'getDriverPreferences',
        tags: ['residents'],
        summary: 'Drivers a resident asked for, or asked not to have',
        params: IdParams,
        response: { 200: Type.Array(DriverPreferenceOut) },
      },
    },
    async (request) => getDriverPreferences(contextOf(request, deps), request.params.id),
  );

  app.put(
    '/residents/:id/driver-preferences',
    {
      config: { access: access.staff('residents:write') },
      schema: {
        operationId: 'setDriverPreferences',
        tags: ['residents'],
        summary: "Replace a resident's driver preferences (preferred: ranked first; avoid: never offered)",
        params: IdParams,
        body: DriverPreferencesInput,
        response: { 200: Type.Array(DriverPreferenceOut) },
      },
    },
    async (request) => setDriverPreferences(contextOf(request, deps), request.params.id, request.body),
  );
}
