import { openStaffTask, systemClock } from '@solimob/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createHarness, type Harness } from './fixture';

let h: Harness;
let taskId: string;

beforeAll(async () => {
  h = await createHarness();
  const opened = await openStaffTask(
    { db: h.t.db, clock: systemClock },
    {
      territoryId: h.a.id,
      kind: 'unknown_caller',
      summary: 'Rappeler : SMS reçu d’un numéro inconnu',
      phone: '+33639980001',
      idempotencyKey: 'unknown-caller-SM1',
    },
  );
  taskId = opened.task.id;
  const again = await openStaffTask(
    { db: h.t.db, clock: systemClock },
    {
      territoryId: h.a.id,
      kind: 'unknown_caller',
      summary: 'Rappeler : SMS reçu d’un numéro inconnu',
      idempotencyKey: 'unknown-caller-SM1',
    },
  );
  expect(again).toMatchObject({ created: false, task: { id: taskId } });
});
afterAll(async () => {
  await h?.close();
});

describe('staff tasks', () => {
  it('lists the open tasks of the caller’s territory only', async () => {
    const mine = await h.app.inject({
      method: 'GET',
      url: '/tasks',
      headers: bearer(await h.login(h.a.staff.coordinator.email)),
    });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.map((t: { id: string }) => t.id)).toEqual([taskId]);
    const theirs = await h.app.inject({
      method: 'GET',
      url: '/tasks',
      headers: bearer(await h.login(h.b.staff.coordinator.email)),
    });
    expect(theirs.json()).toMatchObject({ items: [], total: 0 });
  });

  it('keeps tasks from partners and read-only accounts', async () => {
    for (const role of ['partner', 'read_only'] as const) {
      const response = await h.app.inject({
        method: 'GET',
        url: '/tasks',
        headers: bearer(await h.login(h.a.staff[role].email)),
      });
      expect(response.statusCode, role).toBe(403);
    }
  });

  it('resolves a task once; another territory cannot see it', async () => {
    const url = `/tasks/${taskId}/resolve`;
    const other = await h.app.inject({
      method: 'POST',
      url,
      headers: bearer(await h.login(h.b.staff.coordinator.email)),
      payload: { outcome: 'done' },
    });
    expect(other.statusCode).toBe(404);
    const token = await h.login(h.a.staff.coordinator.email);
    const done = await h.app.inject({
      method: 'POST',
      url,
      headers: bearer(token),
      payload: { outcome: 'done', note: 'Rappelée, a réservé la navette' },
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', resolvedByStaffId: h.a.staff.coordinator.id });
    const twice = await h.app.inject({
      method: 'POST',
      url,
      headers: bearer(token),
      payload: { outcome: 'done' },
    });
    expect(twice.statusCode).toBe(409);
    const open = await h.app.inject({ method: 'GET', url: '/tasks', headers: bearer(token) });
    expect(open.json().total).toBe(0);
  });
});
