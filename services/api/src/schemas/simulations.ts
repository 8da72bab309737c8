import Type from 'typebox';
import { Nullable } from './common';

const Anything = Type.Object({}, { additionalProperties: true });

export const SimulationOut = Type.Object({
  id: Type.String({ format: 'uuid' }),
  status: Type.Enum(['queued', 'running', 'done', 'failed']),
  scenario: Anything,
  compare: Nullable(Anything),
  progress: Nullable(
    Type.Object({ scenario: Type.Enum(['A', 'B']), day: Type.Integer(), days: Type.Integer() }),
  ),
  result: Nullable(
    Type.Object(
      {
        a: Anything,
        b: Nullable(Anything),
        comparison: Nullable(Anything),
        seconds: Type.Object({ a: Type.Number(), b: Nullable(Type.Number()) }),
        descriptions: Type.Object({ a: Type.String(), b: Nullable(Type.String()) }),
      },
      {
        description:
          'Metrics of each scenario (docs/simulator.md, Indicators) and, for two, their comparison row by row',
      },
    ),
  ),
  error: Nullable(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  startedAt: Nullable(Type.String({ format: 'date-time' })),
  finishedAt: Nullable(Type.String({ format: 'date-time' })),
});

export const SimulationPdfResponse = {
  description: 'The comparison of the two scenarios as a printable French report, A4 PDF',
  content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
};

export const SimulationCsvResponse = {
  description: 'The indicators as a French spreadsheet (semicolons, decimal commas, UTF-8 with BOM)',
  content: { 'text/csv': { schema: { type: 'string' } } },
};
