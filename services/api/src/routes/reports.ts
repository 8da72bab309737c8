import {
  communeReport,
  monthlyReport,
  type Report,
  ReportQuery,
  reportCsv,
  type ServiceContext,
  zoneReport,
} from '@solimob/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { contextOf } from '../plugins/auth';
import { ReportOut } from '../schemas/reports';
import { type App, access, type RouteDeps } from './types';

const CSV = 'text/csv';

const ReportQueryWithFormat = Type.Object(
  {
    ...ReportQuery.properties,
    format: Type.Optional(
      Type.Enum(['json', 'csv'], {
        description:
          'json, or csv for a spreadsheet (semicolons, decimal commas); an `Accept: text/csv` header asks for CSV too',
      }),
    ),
  },
  { additionalProperties: false },
);

/** CSV when asked by `?format=csv`, or by an Accept header that prefers it to JSON. */
function wantsCsv(format: 'json' | 'csv' | undefined, request: FastifyRequest): boolean {
  if (format) return format === 'csv';
  const accept = request.headers.accept ?? '';
  return accept.includes(CSV) && !accept.includes('application/json');
}

const REPORTS = [
  {
    path: '/reports/monthly',
    operationId: 'getMonthlyReport',
    summary:
      'Month by month: requests, served, unmet with reasons, passengers, km, volunteer hours, residents reached',
    file: 'mois',
    verb: monthlyReport,
  },
  {
    path: '/reports/communes',
    operationId: 'getCommuneReport',
    summary: "The period's figures per commune where the residents live (rides and shuttles)",
    file: 'communes',
    verb: communeReport,
  },
  {
    path: '/reports/zones',
    operationId: 'getZoneReport',
    summary: "The period's figures per zone of communes (rides and shuttles)",
    file: 'zones',
    verb: zoneReport,
  },
] satisfies {
  path: string;
  operationId: string;
  summary: string;
  file: string;
  verb: (ctx: ServiceContext, query: unknown) => Promise<Report>;
}[];

/**
 * Reports for staff, elected officials and funders (`reports:read`): JSON for the web app's charts and
 * tables, CSV for a spreadsheet. The figures are the domain's (SQL aggregates over the caller's territory).
 */
export function reportRoutes(app: App, deps: RouteDeps) {
  for (const report of REPORTS) {
    app.get(
      report.path,
      {
        config: { access: access.staff('reports:read') },
        schema: {
          operationId: report.operationId,
          tags: ['reports'],
          summary: report.summary,
          querystring: ReportQueryWithFormat,
          produces: ['application/json', CSV],
          response: { 200: ReportOut },
        },
      },
      async (request, typedReply) => {
        const { format: _format, ...query } = request.query;
        const result = await report.verb(contextOf(request, deps), query);
        if (!wantsCsv(request.query.format, request)) return typedReply.send(result);
        // CSV bypasses the JSON response schema (a string is sent as is).
        const reply = typedReply as unknown as FastifyReply;
        return reply
          .type('text/csv; charset=utf-8')
          .header(
            'content-disposition',
            `attachment; filename="rapport-${report.file}-${result.from}-${result.to}.csv"`,
          )
          .header('cache-control', 'no-store')
          .send(reportCsv(result));
      },
    );
  }
}
