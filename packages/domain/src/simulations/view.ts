import { type DbOrTx, schema } from '@solimob/db';
import { and, eq } from 'drizzle-orm';
import { notFound } from '../errors';
import type { Comparison } from './compare';
import type { Metrics } from './metrics';

export type SimulationStatus = 'queued' | 'running' | 'done' | 'failed';

export interface SimulationResultDocument {
  a: Metrics;
  b: Metrics | null;
  comparison: Comparison | null;
  /** Wall-clock seconds of each run. */
  seconds: { a: number; b: number | null };
  descriptions: { a: string; b: string | null };
}

export interface SimulationView {
  id: string;
  status: SimulationStatus;
  scenario: Record<string, unknown>;
  compare: Record<string, unknown> | null;
  progress: { scenario: 'A' | 'B'; day: number; days: number } | null;
  result: SimulationResultDocument | null;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

type Row = typeof schema.simulations.$inferSelect;

export const toSimulationView = (row: Row): SimulationView => ({
  id: row.id,
  status: row.status as SimulationStatus,
  scenario: row.scenario as Record<string, unknown>,
  compare: (row.compareScenario as Record<string, unknown> | null) ?? null,
  progress: (row.progress as SimulationView['progress']) ?? null,
  result: (row.result as SimulationResultDocument | null) ?? null,
  error: row.error,
  createdAt: row.createdAt.toISOString(),
  startedAt: row.startedAt?.toISOString() ?? null,
  finishedAt: row.finishedAt?.toISOString() ?? null,
});

export async function findSimulation(db: DbOrTx, territoryId: string, id: string): Promise<Row> {
  const [row] = await db
    .select()
    .from(schema.simulations)
    .where(and(eq(schema.simulations.id, id), eq(schema.simulations.territoryId, territoryId)));
  if (!row) throw notFound('Simulation', id);
  return row;
}
