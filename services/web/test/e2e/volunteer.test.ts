import { schema } from '@solimob/db';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from './browser';
import { openBrowserPage } from './session';
import { pendingOfferOfFreeVolunteer, type StackClient } from './stack';

/*
 * A volunteer on a phone-sized screen, from the signed link of their offer SMS (no password): answer an
 * offer, see the trip's pick-up details and its route sheet. The page is rendered by the API itself.
 */

const session = openBrowserPage('phone');
let stack: StackClient;
let page: Page;

beforeAll(() => {
  ({ stack, page } = session);
});

/** Every button and button-like link is a comfortable target for a thumb (48 px high at least). */
async function expectLargeTargets(what: string) {
  const targets = page.locator('button, a.button');
  const count = await targets.count();
  expect(count, what).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const box = await targets.nth(i).boundingBox();
    expect(box?.height ?? 0, `${what}: target ${i}`).toBeGreaterThanOrEqual(48);
  }
}

describe("a volunteer's page on a phone", () => {
  it('accepts an offer, then shows the pick-up details and the route sheet of the trip', async () => {
    const { offer, firstName } = await pendingOfferOfFreeVolunteer(stack);
    const link = new URL(
      stack.links.url({ kind: 'volunteer', id: offer.volunteerDriverId }, new Date(Date.now() + 86_400_000)),
    );
    await page.goto(link.pathname);
    await page.getByRole('heading', { level: 1, name: `Bonjour ${firstName}` }).waitFor();
    const card = page.getByRole('region', { name: `Trajet ${offer.code}` });
    await card.waitFor();
    await expectAccessible(page, "the volunteer's offers on a phone");
    await expectLargeTargets('offers');
    await screenshot(page, '20-volunteer-offers-phone');

    await card.getByRole('button', { name: `Oui, je le fais (trajet ${offer.code})` }).click();
    await page.getByRole('status').filter({ hasText: 'Merci ! Le trajet est à vous' }).waitFor();
    const [answered] = await stack.db.select().from(schema.offers).where(eq(schema.offers.id, offer.id));
    expect(answered!.status).toBe('accepted');
    const [mission] = await stack.db
      .select()
      .from(schema.missions)
      .where(eq(schema.missions.id, offer.missionId));
    expect(mission).toMatchObject({ status: 'assigned', volunteerDriverId: offer.volunteerDriverId });
    const trip = page.getByRole('region', { name: `Trajet ${mission!.code}` });
    await trip
      .getByText(/^À prendre le .+ à \d+ h/)
      .first()
      .waitFor();
    await trip.getByRole('button', { name: `Course faite (trajet ${mission!.code})` }).waitFor();
    await expectAccessible(page, 'the accepted trip on a phone');
    await expectLargeTargets('accepted trip');
    await screenshot(page, '21-volunteer-accepted-phone');

    await trip.getByRole('link', { name: `Feuille de route du trajet ${mission!.code}` }).click();
    await page
      .getByRole('heading', { level: 1, name: `Feuille de route — trajet ${mission!.code}` })
      .waitFor();
    expect(await page.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    await page
      .getByText(/— prendre /)
      .first()
      .waitFor();
    await expectAccessible(page, "a trip's route sheet on a phone");
    await screenshot(page, '22-volunteer-route-sheet-phone');
    await page.getByRole('link', { name: '← Mes trajets' }).click();
    await page.getByRole('heading', { level: 2, name: 'Mes relevés de kilomètres' }).waitFor();
  });
});
