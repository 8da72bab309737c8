import {
  claimSimulation,
  compareMetrics,
  describeScenario,
  finishSimulation,
  recordSimulationProgress,
  type Scenario,
} from '@solimob/domain';
import { runSimulation } from '../simulation/engine';
import { createLiveBaseline } from '../simulation/live-baseline';
import type { Processor } from './types';

/** Progress is written at most this often (one row update), so a long run does not flood the database. */
const PROGRESS_EVERY_MS = 2_000;

/**
 * A what-if simulation asked through the API: the scenario (and the one to compare) run one after the
 * other, each in its own throwaway database on the worker's Postgres server, from a copy of the
 * requester's live territory unless a scenario says `"baseline": "demo"`; progress and the result
 * (metrics, comparison) go to the `simulations` row. A failure is stored on the row, not retried.
 */
export const runSimulationProcessor: Processor<'run-simulation'> = async ({ simulationId }, deps, job) => {
  const claimed = await claimSimulation(deps, simulationId);
  if (!claimed) {
    deps.logger.info({ jobId: job.id, simulationId }, 'simulation already taken');
    return;
  }
  if (!deps.simulationServerUrl) {
    await finishSimulation(deps, simulationId, {
      error: 'The worker has no database server for simulations',
    });
    return;
  }
  const serverUrl = deps.simulationServerUrl;
  let last = 0;
  const progress = (scenario: 'A' | 'B') => (p: { day: number; days: number }) => {
    const now = Date.now();
    if (now - last < PROGRESS_EVERY_MS) return;
    last = now;
    void recordSimulationProgress(deps, simulationId, { scenario, day: p.day, days: p.days }).catch(() => {});
  };
  // Staff ask about their own territory: the live one unless the scenario says demo. Its data is copied
  // once, for both scenarios, from the worker's database (read only), the requester's territory only.
  const live = createLiveBaseline(
    { databaseUrl: serverUrl, territory: { id: claimed.territoryId } },
    serverUrl,
  );
  const ofToday = (scenario: Scenario): Scenario => ({ ...scenario, baseline: scenario.baseline ?? 'live' });
  try {
    const a = await runSimulation(ofToday(claimed.scenario), { serverUrl, live, onProgress: progress('A') });
    const b = claimed.compare
      ? await runSimulation(ofToday(claimed.compare), { serverUrl, live, onProgress: progress('B') })
      : null;
    await finishSimulation(deps, simulationId, {
      result: {
        a: a.metrics,
        b: b?.metrics ?? null,
        comparison: b ? compareMetrics(a.metrics, b.metrics) : null,
        seconds: { a: a.seconds, b: b?.seconds ?? null },
        descriptions: {
          a: describeScenario(a.scenario),
          b: b ? describeScenario(b.scenario) : null,
        },
      },
    });
    deps.logger.info(
      { jobId: job.id, simulationId, seconds: a.seconds + (b?.seconds ?? 0), requests: a.metrics.requests },
      'simulation done',
    );
  } catch (error) {
    await finishSimulation(deps, simulationId, { error: (error as Error).message });
    deps.logger.warn({ jobId: job.id, simulationId, err: (error as Error).name }, 'simulation failed');
  } finally {
    await live.drop();
  }
};
