import type { Page } from 'playwright-core';

/** '+33639980123' as staff read it on a phone's display: '06 39 98 01 23'. */
export const displayed = (e164: string) =>
  `0${e164.slice(3).replace(/(\d)(\d{2})(\d{2})(\d{2})(\d{2})/, '$1 $2 $3 $4 $5')}`;

export const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** Logs in through the login page, as staff do, and waits for Today. */
export async function logIn(page: Page, login: { email: string; password: string }) {
  await page.goto('/app');
  await page.getByLabel('Adresse e-mail').fill(login.email);
  await page.getByLabel('Mot de passe').fill(login.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await heading(page, "Aujourd'hui").waitFor();
}
