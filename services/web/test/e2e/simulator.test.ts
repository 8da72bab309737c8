import { DEMO_STAFF_LOGINS } from '@solimob/db/seed';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from './browser';
import { heading, logIn } from './helpers';
import { openBrowserPage } from './session';

/*
 * A coordinator tries a decision in the Simulateur: two volunteers fewer in the east and a second
 * Monday minibus, over two days (the worker runs both scenarios in throwaway databases), then reads the
 * comparison as a table and a chart.
 */

const session = openBrowserPage('office');
let page: Page;

beforeAll(() => {
  ({ page } = session);
});

describe('the simulator in Chromium', () => {
  it('runs a variation of today and shows the comparison', async () => {
    await logIn(page, DEMO_STAFF_LOGINS.find((login) => login.role === 'coordinator')!);
    await page.getByRole('link', { name: 'Simulateur' }).click();
    await heading(page, 'Simulateur').waitFor();
    await page.getByLabel('Nombre de jours').fill('2');
    await page.getByLabel('Bénévoles en moins').fill('2');
    await page.getByLabel('Un minibus de plus sur cette navette').check();
    await expectAccessible(page, 'the simulator form');
    await page.getByRole('button', { name: 'Lancer la simulation' }).click();
    await page.getByText('Simulation terminée.').waitFor({ timeout: 240_000 });
    const table = page.getByRole('table', { name: 'Comparaison : aujourd’hui et la variante' });
    await table.getByRole('rowheader', { name: 'Bénévoles actifs' }).waitFor();
    const active = table.getByRole('row', { name: /Bénévoles actifs/ });
    expect(await active.locator('td').last().textContent()).toContain('-2');
    expect(await page.locator('canvas[role="img"]').count()).toBe(1);
    await expectAccessible(page, 'the simulation comparison');
    await screenshot(page, '30-simulator-comparison');
  }, 300_000);
});
