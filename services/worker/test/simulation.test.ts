import { type TestDatabase, testServerUrl } from '@solimob/db/testing';
import {
  compareMetrics,
  comparisonCsv,
  comparisonPdf,
  parseScenario,
  ScenarioError,
  type ScenarioInput,
} from '@solimob/domain';
import { pdfPages } from '@solimob/domain/testing/pdf';
import { type FakeTwilio, startFakeTwilio } from '@solimob/messaging/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimulation, type SimulationResult } from '../src/simulation/engine';
import { createLiveDatabase, existingDatabases, fingerprint } from './support/simulation';

/*
 * The what-if simulator on real Postgres, over a short period (a week with one Monday market round) so
 * the file runs in seconds: the same seed gives the same figures, the live database and Twilio are
 * untouched, and changes of supply move the results the expected way.
 */

// Thursday 4 March 2027 to Monday 8 March: rides from Saturday on (48 h notice), the Monday round.
const BASE: ScenarioInput = {
  version: 1,
  name: 'Base',
  seed: 7,
  period: { start: '2027-03-04', days: 5 },
  demand: { source: 'generated', ridesPerThousandOlderPerWeek: 8, seatsPerThousandOlderPerRound: 2 },
};
const scenario = (extra: Partial<ScenarioInput> = {}) => parseScenario({ ...BASE, ...extra });

let live: TestDatabase;
let twilio: FakeTwilio;
const serverUrl = testServerUrl();
const savedEnv = { ...process.env };

/** Every throwaway database a run of this file created, by name. */
const created: string[] = [];
const onDatabase = (name: string) => created.push(name);

const runs = new Map<string, Promise<SimulationResult>>();
/** Each distinct scenario runs once per file; tests share the results. */
const run = (key: string, input: Partial<ScenarioInput> = {}) => {
  if (!runs.has(key)) runs.set(key, runSimulation(scenario(input), { serverUrl, onDatabase }));
  return runs.get(key)!;
};

beforeAll(async () => {
  // A "live" database as production has it: the territory, the demo data, a configured Twilio.
  live = await createLiveDatabase();
  twilio = await startFakeTwilio();
  Object.assign(process.env, {
    DATABASE_URL: live.url,
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    TWILIO_API_BASE_URL: twilio.baseUrl,
    TWILIO_FROM: '+33757000001',
  });
});

afterAll(async () => {
  process.env = savedEnv;
  await twilio?.close();
  await live?.drop();
});

describe('simulator', () => {
  it('gives the same figures for the same seed, and other figures for another seed', async () => {
    const first = await run('base');
    const second = await runSimulation(scenario(), { serverUrl, onDatabase });
    expect(first.metrics.requests).toBeGreaterThan(10);
    expect(first.metrics.shuttles.roundsPlanned).toBeGreaterThanOrEqual(1);
    expect(second.metrics).toEqual(first.metrics);
    expect(second.work.jobs).toEqual(first.work.jobs);
    const other = await runSimulation(scenario({ seed: 8 }), { serverUrl, onDatabase });
    expect(other.metrics).not.toEqual(first.metrics);
    expect(await existingDatabases(created)).toEqual([]);
  }, 400_000);

  it('leaves the live database, Twilio and the server as they were', async () => {
    const before = await fingerprint(live.db);
    const ours: string[] = [];
    const result = await runSimulation(scenario({ seed: 9 }), {
      serverUrl,
      onDatabase: (name) => ours.push(name),
    });
    expect(ours).toHaveLength(1);
    // It did send messages, to its in-memory sink only.
    expect(result.work.messages.sms).toBeGreaterThan(0);
    expect(await fingerprint(live.db)).toEqual(before);
    expect(twilio.requestCount).toBe(0);
    expect(await existingDatabases(ours)).toEqual([]);
  }, 300_000);

  it('leaves more requests unmet with six volunteers fewer in the east', async () => {
    const base = await run('base');
    const fewer = await run('fewer', {
      volunteers: { changes: [{ kind: 'remove_volunteers', count: 6, where: { zone: 'Est' } }] },
    });
    expect(fewer.metrics.volunteers.active).toBe(base.metrics.volunteers.active - 6);
    expect(fewer.metrics.rides.requests).toBe(base.metrics.rides.requests);
    expect(fewer.metrics.unmet.total).toBeGreaterThan(base.metrics.unmet.total);
    expect(fewer.metrics.rides.served).toBeLessThan(base.metrics.rides.served);
  }, 300_000);

  it('serves more people with one more round, and reports the comparison as CSV and PDF', async () => {
    const base = await run('base');
    const more = await run('saturday', {
      shuttles: {
        changes: [
          {
            kind: 'add_line',
            name: 'Navette du samedi',
            market: { place: 'Les Halles de Questembert' },
            weekday: 6,
            arrivalTime: '09:30',
            departureTime: '11:30',
            communes: ['Questembert', 'Molac', 'Larré', 'Berric'],
            vehicles: [{ name: 'Minibus 2', seats: 8, wheelchairPlaces: 1 }],
          },
        ],
      },
    });
    expect(more.metrics.shuttles.rounds).toBe(base.metrics.shuttles.rounds + 1);
    expect(more.metrics.served).toBeGreaterThan(base.metrics.served);
    expect(more.metrics.distinctResidentsReached).toBeGreaterThan(base.metrics.distinctResidentsReached);

    const comparison = compareMetrics(base.metrics, more.metrics);
    const served = comparison.rows.find((r) => r.key === 'served')!;
    expect(served.difference).toBe(more.metrics.served - base.metrics.served);
    expect(served.verdict).toBe('better');
    // A share's difference is in points (28.8 % → 31.0 % is +2.2 points, not +2.2 %).
    const share = comparison.rows.find((r) => r.key === 'served_pct')!;
    expect(share).toMatchObject({ unit: '%', differenceUnit: 'pts' });
    expect(share.difference).toBeCloseTo(more.metrics.servedPct - base.metrics.servedPct, 2);
    const csv = comparisonCsv(comparison);
    expect(csv.split('\r\n')[0]).toBe('\ufeffindicateur;cle;unite;Base;Base;difference;difference_pct');
    const pdf = await comparisonPdf(comparison, {
      territoryName: 'Questembert Communauté',
      generatedAt: new Date('2027-03-10T10:00:00Z'),
      descriptions: { a: 'organisation actuelle', b: 'une navette le samedi' },
    });
    const text = (await pdfPages(pdf)).join('\n');
    expect(text).toContain('Simulation : comparaison de deux scénarios');
    expect(text).toContain('Demandes servies');
    expect(text).toContain('Demandes non satisfaites par commune');
    expect(text).toContain(`+${String(share.difference).replace('.', ',')} pts`);
  }, 300_000);
});

describe('scenario validation', () => {
  it('names every problem at its place', () => {
    const attempt = () =>
      parseScenario({
        version: 2,
        period: { days: 0 },
        volunteers: { answerProbability: 1.5, changes: [{ kind: 'remove_volunteers', count: 2, where: {} }] },
        shuttles: { changes: [{ kind: 'add_vehicle', line: 'Lundi', vehicle: { name: 'Bus', seats: 0 } }] },
        colour: 'blue',
      });
    expect(attempt).toThrow(ScenarioError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ScenarioError).problems;
      expect(problems).toEqual(
        expect.arrayContaining([
          '/version: this simulator reads scenario version 1',
          '/period/days: Number must be greater than or equal to 1',
          '/volunteers/answerProbability: Number must be less than or equal to 1',
          '/volunteers/changes/0/where: give either communes or zone',
          '/shuttles/changes/0/vehicle: a vehicle needs at least one place',
          "/: Unrecognized key(s) in object: 'colour'",
        ]),
      );
    }
  });

  it('applies the defaults of an empty scenario: the next 28 days as they are', () => {
    const s = parseScenario({ version: 1 });
    expect(s.period.days).toBe(28);
    expect(s.demand.source).toBe('generated');
    expect(s.volunteers.changes).toEqual([]);
  });

  it('refuses a change naming a commune or line the territory does not have, and drops its database', async () => {
    const ours: string[] = [];
    const track = (name: string) => ours.push(name);
    await expect(
      runSimulation(
        scenario({
          volunteers: { changes: [{ kind: 'add_volunteers', count: 1, commune: 'Atlantis' }] },
        }),
        { serverUrl, onDatabase: track },
      ),
    ).rejects.toThrow("/volunteers/changes/0/commune: unknown commune 'Atlantis'");
    await expect(
      runSimulation(
        scenario({
          shuttles: { changes: [{ kind: 'change_cutoff', line: 'Jeudi', bookingCutoffHours: 12 }] },
        }),
        { serverUrl, onDatabase: track },
      ),
    ).rejects.toThrow(/\/shuttles\/changes\/0\/line: unknown shuttle line 'Jeudi'/);
    expect(ours).toHaveLength(2);
    expect(await existingDatabases(ours)).toEqual([]);
  }, 120_000);
});
