import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEMO_STAFF_LOGINS } from '@solimob/db/seed';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, SCREENSHOT_DIR, screenshot } from './browser';
import { heading, logIn } from './helpers';
import { openBrowserPage } from './session';
import { pendingOfferOfFreeVolunteer, type StackClient } from './stack';

/*
 * Reports for a read-only account (an elected official, a funder): charts with their table, by month
 * and by commune, and the CSV export; then a coordinator on a ride request's offers.
 */

const session = openBrowserPage('office');
let stack: StackClient;
let page: Page;

beforeAll(() => {
  ({ stack, page } = session);
});

describe('reports and ride requests in Chromium', () => {
  it('shows a read-only account the reports as charts and tables, and exports them as CSV', async () => {
    await logIn(page, DEMO_STAFF_LOGINS.find((login) => login.role === 'read_only')!);
    // Read-only: no phone desk actions, but the reports.
    await page.getByRole('link', { name: 'Rapports' }).click();
    await heading(page, 'Rapports').waitFor();
    const table = page.getByRole('table', { name: 'Tableau détaillé par mois' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(12);
    expect(await page.locator('canvas[role="img"]').count()).toBe(2);
    await page
      .getByRole('list', { name: 'Chiffres clés de la période' })
      .getByText('habitants différents')
      .waitFor();
    await expectAccessible(page, 'the monthly reports');
    await screenshot(page, '16-reports-monthly');

    await page.getByLabel('Commune').check();
    const communes = page.getByRole('table', { name: 'Tableau détaillé par commune' });
    await communes.getByRole('rowheader', { name: 'Molac' }).waitFor();
    expect(await communes.locator('tbody tr').count()).toBe(13);
    await expectAccessible(page, 'the reports per commune');
    await screenshot(page, '17-reports-communes');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter en CSV (tableur)' }).click();
    const file = await download;
    const saved = path.join(SCREENSHOT_DIR, '17b-rapport-communes.csv');
    await file.saveAs(saved);
    const csv = await readFile(saved, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFcommune;demandes;servies;sans_solution;annulees;/);
    expect(csv).toContain('\r\nMolac;');
    expect(csv).toContain('\r\nTotal;');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
  });

  it("shows a coordinator a request's offers with their score parts, and assigns a driver by hand", async () => {
    await logIn(page, DEMO_STAFF_LOGINS.find((login) => login.role === 'coordinator')!);
    await page.getByRole('link', { name: 'Demandes' }).click();
    await heading(page, 'Demandes de trajet').waitFor();
    await page.getByLabel('Demandes', { exact: true }).selectOption({ label: 'Sans chauffeur confirmé' });
    await expectAccessible(page, 'the ride requests');
    await screenshot(page, '18-ride-requests');
    await page.getByRole('row').filter({ hasText: 'Proposée à un chauffeur' }).first().waitFor();
    // A request offered to volunteers, one of whom is free at that time (an earlier file may have
    // given a volunteer a trip): its offers say who was asked and why.
    const pending = await pendingOfferOfFreeVolunteer(stack);
    await page.goto(`/app/demandes/${pending.rideRequestId}`);
    const offers = page.getByRole('table', { name: 'Propositions faites pour cette demande' });
    await offers.waitFor();
    await offers
      .getByText(/^Détour \(km\) : /)
      .first()
      .waitFor();
    const asked = offers
      .getByRole('row')
      .filter({ hasText: 'En attente de réponse' })
      .filter({ hasText: `${pending.lastName} ${pending.firstName}` });
    const volunteer = (await asked.getByRole('rowheader').textContent())!.trim();
    await expectAccessible(page, "a ride request's offers");
    await screenshot(page, '19-ride-request-offers');

    const assign = page.getByRole('region', { name: 'Affecter un chauffeur à la main' });
    await assign.getByLabel(/^Bénévole/).selectOption({ label: volunteer });
    await assign.getByRole('button', { name: 'Affecter ce chauffeur' }).click();
    await page.getByText(`Trajet confié à ${volunteer}.`).waitFor();
    await page.getByRole('region', { name: 'Chauffeur' }).getByRole('link', { name: volunteer }).waitFor();
    await offers.getByRole('row').filter({ hasText: volunteer }).getByText('Acceptée').waitFor();
    await screenshot(page, '19b-ride-request-assigned');
  });
});
