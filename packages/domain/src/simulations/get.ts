import { assertCan } from '../authz';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import { parseInput, Uuid } from '../input';
import { loadTerritory } from '../territories/load';
import { comparisonCsv, metricsCsv } from './compare';
import { comparisonPdf } from './report-pdf';
import { findSimulation, type SimulationView, toSimulationView } from './view';

export async function getSimulation(ctx: ServiceContext, id: string): Promise<SimulationView> {
  assertCan(ctx.actor, 'simulations:run');
  parseInput(Uuid, id);
  return toSimulationView(await findSimulation(ctx.db, ctx.actor.territoryId, id));
}

async function finished(ctx: ServiceContext, id: string) {
  const view = await getSimulation(ctx, id);
  if (view.status !== 'done' || !view.result) {
    throw new ServiceError('conflict', `Simulation ${id} is ${view.status}: no report yet`);
  }
  return view.result;
}

/** The result as a French spreadsheet: the comparison, or one scenario's indicators. */
export async function simulationCsv(ctx: ServiceContext, id: string): Promise<string> {
  const result = await finished(ctx, id);
  return result.comparison ? comparisonCsv(result.comparison) : metricsCsv(result.a);
}

/** The printable French report of a comparison (a single scenario has its table in the CSV). */
export async function simulationPdf(ctx: ServiceContext, id: string): Promise<Buffer> {
  const result = await finished(ctx, id);
  const territory = await loadTerritory(ctx.db, ctx.actor.territoryId);
  if (!result.comparison) {
    throw new ServiceError('conflict', 'The PDF report compares two scenarios: start one with `compare`');
  }
  return comparisonPdf(result.comparison, {
    territoryName: territory.name,
    generatedAt: ctx.clock.now(),
    descriptions: { a: result.descriptions.a, b: result.descriptions.b ?? '' },
  });
}
