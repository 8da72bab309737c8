import {
  getSimulation,
  type SimulationView,
  StartSimulationInput,
  simulationCsv,
  simulationPdf,
  startSimulation,
} from '@solimob/domain';
import { contextOf } from '../plugins/auth';
import { IdParams } from '../schemas/common';
import { SimulationCsvResponse, SimulationOut, SimulationPdfResponse } from '../schemas/simulations';
import { type App, access, type RouteDeps } from './types';

/**
 * What-if simulations for admins and coordinators (`simulations:run`): start one as a job, follow its
 * progress, read its result, download the comparison as CSV or PDF. The run never touches live data.
 */
export function simulationRoutes(app: App, deps: RouteDeps) {
  const tags = ['simulations'];
  const access_ = { access: access.staff('simulations:run') };

  app.post(
    '/simulations',
    {
      config: access_,
      schema: {
        operationId: 'startSimulation',
        tags,
        summary: 'Start a what-if simulation (a scenario, optionally compared with a second one) as a job',
        body: StartSimulationInput,
        response: { 202: SimulationOut },
      },
    },
    async (request, reply) => {
      const view: SimulationView = await startSimulation(contextOf(request, deps), request.body);
      return reply.code(202).send(view);
    },
  );

  app.get(
    '/simulations/:id',
    {
      config: access_,
      schema: {
        operationId: 'getSimulation',
        tags,
        summary: "A simulation's status, progress and, once done, its result",
        params: IdParams,
        response: { 200: SimulationOut },
      },
    },
    async (request) => getSimulation(contextOf(request, deps), request.params.id),
  );

  app.get(
    '/simulations/:id/report.csv',
    {
      config: access_,
      schema: {
        operationId: 'getSimulationCsv',
        tags,
        summary: "A finished simulation's indicators (and differences) as CSV",
        params: IdParams,
        produces: ['text/csv'],
        response: { 200: SimulationCsvResponse },
      },
    },
    async (request, reply) => {
      const csv = await simulationCsv(contextOf(request, deps), request.params.id);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="simulation-${request.params.id}.csv"`)
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );

  app.get(
    '/simulations/:id/report.pdf',
    {
      config: access_,
      schema: {
        operationId: 'getSimulationPdf',
        tags,
        summary: "A finished comparison's printable French report with charts",
        params: IdParams,
        produces: ['application/pdf'],
        response: { 200: SimulationPdfResponse },
      },
    },
    async (request, reply) => {
      const pdf = await simulationPdf(contextOf(request, deps), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="simulation-${request.params.id}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}
