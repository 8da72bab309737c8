import { schema } from '@solimob/db';
import { compareMetrics, finishSimulation } from '@solimob/domain';
import { pdfPages } from '@solimob/domain/testing/pdf';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createHarness, type Harness } from './fixture';

/*
 * The simulation routes: who may start one, the scenario's problems at their fields, the job queued
 * with the row's id only, the result and its CSV and PDF once the worker has stored it (the run itself
 * is tested in services/worker/test/simulation.test.ts).
 */

let h: Harness;
let coordinator: string;
let readOnly: string;
let otherTerritory: string;

beforeAll(async () => {
  h = await createHarness();
  coordinator = await h.login(h.a.staff.coordinator.email);
  readOnly = await h.login(h.a.staff.read_only.email);
  otherTerritory = await h.login(h.b.staff.coordinator.email);
});
afterAll(async () => {
  await h?.close();
});

const post = (token: string, payload: unknown) =>
  h.app.inject({ method: 'POST', url: '/simulations', headers: bearer(token), payload: payload as object });
const get = (url: string, token: string) => h.app.inject({ method: 'GET', url, headers: bearer(token) });

const metrics = (served: number) => ({
  scenario: served === 10 ? 'Aujourd’hui' : 'Variante',
  period: { start: '2027-03-01', days: 7 },
  requests: 20,
  served,
  servedPct: (100 * served) / 20,
  unmet: {
    total: 20 - served,
    byReason: { no_volunteer_available: 20 - served },
    byCommune: { Malansac: 20 - served },
  },
  distinctResidentsReached: served,
  rides: {
    requests: 10,
    served: served / 2,
    servedPct: served * 5,
    unmetByReason: {},
    answerWaitHours: { count: 0, mean: null, median: null, p90: null },
    pickupLateMinutes: { count: 0, mean: null, median: null, p90: null },
    pickupOnTimePct: null,
    rideMinutes: { count: 0, mean: null, median: null, p90: null },
    pooledMissions: 0,
    volunteerKm: 100,
    mileageEur: 60.6,
  },
  shuttles: {
    bookings: 10,
    served: served / 2,
    servedPct: served * 5,
    unmetByReason: {},
    rounds: 1,
    roundsPlanned: 1,
    vehicleDays: 1,
    vehicleKm: 80,
    minibusCostEur: 148,
    rideMinutes: { count: 0, mean: null, median: null, p90: null },
    pickupLateMinutes: { count: 0, mean: null, median: null, p90: null },
    pickupOnTimePct: null,
  },
  volunteers: { active: 14, withMissions: 3, missionsMax: 2, missionsMean: 0.4, missionsSpread: 0.7 },
  costs: { mileageEur: 60.6, minibusEur: 148, totalEur: 208.6, perServedTripEur: 20.86 },
});

describe('simulations', () => {
  it('is for admins and coordinators only', async () => {
    const response = await post(readOnly, { scenario: { version: 1 } });
    expect(response.statusCode).toBe(403);
  });

  it('names every problem of both scenarios at its field', async () => {
    const response = await post(coordinator, {
      scenario: { version: 2 },
      compare: { version: 1, period: { days: 0 } },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['/scenario/version', '/compare/period/days']));
  });

  it('queues the job with the id only, and serves the stored result as JSON, CSV and PDF', async () => {
    const response = await post(coordinator, {
      scenario: { version: 1, name: 'Aujourd’hui', period: { days: 7 } },
      compare: {
        version: 1,
        name: 'Variante',
        period: { days: 7 },
        volunteers: { changes: [{ kind: 'remove_volunteers', count: 2, where: { zone: 'Est' } }] },
      },
    });
    expect(response.statusCode).toBe(202);
    const { id, status } = response.json();
    expect(status).toBe('queued');
    const jobs = await h.t.db.select().from(schema.outbox).where(eq(schema.outbox.jobName, 'run-simulation'));
    expect(jobs.map((j) => j.payload)).toContainEqual({ simulationId: id });
    expect((await get(`/simulations/${id}/report.csv`, coordinator)).statusCode).toBe(409);
    expect((await get(`/simulations/${id}`, otherTerritory)).statusCode).toBe(404);

    const a = metrics(10);
    const b = metrics(14);
    await finishSimulation({ db: h.t.db, clock: h.clock }, id, {
      result: {
        a,
        b,
        comparison: compareMetrics(a, b),
        seconds: { a: 10, b: 11 },
        descriptions: { a: 'organisation actuelle', b: '2 bénévoles en moins (zone Est)' },
      },
    });
    const done = await get(`/simulations/${id}`, coordinator);
    expect(done.statusCode).toBe(200);
    expect(done.json().status).toBe('done');
    expect(
      done.json().result.comparison.rows.find((r: { key: string }) => r.key === 'served').difference,
    ).toBe(4);
    const csv = await get(`/simulations/${id}/report.csv`, coordinator);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Demandes servies;served;;10;14;4;40');
    const pdf = await get(`/simulations/${id}/report.pdf`, coordinator);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await pdfPages(pdf.rawPayload)).join('\n');
    expect(text).toContain('Simulation : comparaison de deux scénarios');
    expect(text).toContain('2 bénévoles en moins');
  });
});
