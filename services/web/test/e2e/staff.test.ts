import { schema } from '@solimob/db';
import { DEMO_STAFF_LOGINS } from '@solimob/db/seed';
import { openStaffTask } from '@solimob/domain';
import { and, desc, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from './browser';
import { openBrowserPage } from './session';
import type { StackClient } from './stack';

/*
 * Staff pages in a real browser on the real stack: log in, Today's tasks, the phone desk (find a caller
 * by phone number, book a ride to a place), residents and volunteers (edit a weekly availability), with
 * axe-core on every page and a screenshot of each in .data/screenshots.
 */

const session = openBrowserPage('office');
let stack: StackClient;
let page: Page;
const coordinator = DEMO_STAFF_LOGINS.find((login) => login.role === 'coordinator')!;

beforeAll(() => {
  ({ stack, page } = session);
});

const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** A demo resident who can be booked for and can receive SMS, with their mobile number. */
async function smsResident() {
  const [row] = await stack.db
    .select({
      id: schema.residents.id,
      lastName: schema.residents.lastName,
      e164: schema.residentPhones.e164,
    })
    .from(schema.residents)
    .innerJoin(schema.residentPhones, eq(schema.residentPhones.residentId, schema.residents.id))
    .where(
      and(
        eq(schema.residents.status, 'active'),
        eq(schema.residents.preferredChannel, 'sms'),
        eq(schema.residentPhones.kind, 'mobile'),
      ),
    )
    .orderBy(schema.residents.lastName)
    .limit(1);
  if (!row) throw new Error('the demo data has no SMS resident');
  return row;
}

/** The date `days` days from now in Paris, as a date field takes it (YYYY-MM-DD). */
const parisDate = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

/** The first Monday-to-Saturday date at least `days` days ahead (volunteer rides run on those days). */
function nextServiceDay(days: number): string {
  for (let ahead = days; ; ahead++) {
    const date = parisDate(ahead);
    if (new Date(`${date}T12:00:00Z`).getUTCDay() !== 0) return date;
  }
}

/** '+33639980123' as staff read it on a phone's display: '06 39 98 01 23'. */
const displayed = (e164: string) =>
  `0${e164.slice(3).replace(/(\d)(\d{2})(\d{2})(\d{2})(\d{2})/, '$1 $2 $3 $4 $5')}`;

describe('staff back office in Chromium', () => {
  it('logs in (wrong password refused in French), lands on Today', async () => {
    await page.goto('/app/habitants');
    await expect.poll(() => page.url()).toContain('/app/connexion?retour=%2Fapp%2Fhabitants');
    await expectAccessible(page, 'the login page');
    await page.getByLabel('Adresse e-mail').fill(coordinator.email);
    await page.getByLabel('Mot de passe').fill('pas le bon mot de passe');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Adresse e-mail ou mot de passe incorrect.');
    await screenshot(page, '01-login-refused');
    await page.getByLabel('Mot de passe').fill(coordinator.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    // Back to the page asked for before logging in.
    await heading('Habitants').waitFor();
    await page.getByRole('link', { name: "Aujourd'hui" }).click();
    await heading("Aujourd'hui").waitFor();
  });

  it('shows open tasks on Today and closes one with a note', async () => {
    const resident = await smsResident();
    await openStaffTask(
      { db: stack.db, clock: { now: () => new Date() } },
      {
        territoryId: stack.territoryId,
        kind: 'callback',
        summary: 'Rappeler : message vocal non compris',
        idempotencyKey: 'e2e-callback-1',
        residentId: resident.id,
        phone: resident.e164,
        dueAt: new Date(Date.now() + 2 * 3_600_000),
      },
    );
    await page.reload();
    // A callback: in the section of people waiting for a call, above the other tasks.
    const tasks = page.getByRole('region', { name: /Rappels et messages vocaux/ });
    await tasks.getByRole('cell', { name: 'Rappeler : message vocal non compris', exact: true }).waitFor();
    await page.getByRole('region', { name: /Demandes sans chauffeur confirmé/ }).waitFor();
    await page.getByRole('region', { name: /Trajets solidaires du jour/ }).waitFor();
    await page.getByRole('region', { name: /Navettes du jour/ }).waitFor();
    await expectAccessible(page, 'Today');
    await screenshot(page, '02-today');

    await tasks.getByRole('button', { name: /Traiter : Rappeler : message vocal non compris/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Clore la tâche' });
    await dialog.getByLabel('Note (facultatif)').fill('Rappelée, trajet réservé.');
    await expectAccessible(page, 'the close-task dialog');
    await dialog.getByRole('button', { name: 'Clore la tâche' }).click();
    await page.getByText('Tâche traitée.').waitFor();
    // The demo's own tasks (unmet requests found by the worker) stay; the closed one leaves the list.
    await tasks
      .getByRole('cell', { name: 'Rappeler : message vocal non compris', exact: true })
      .waitFor({ state: 'detached' });
    const [task] = await stack.db
      .select()
      .from(schema.staffTasks)
      .where(eq(schema.staffTasks.idempotencyKey, 'e2e-callback-1'));
    expect(task).toMatchObject({ status: 'done', resolutionNote: 'Rappelée, trajet réservé.' });
  });

  it('finds a caller by the number on the display and books a ride to a place', async () => {
    const resident = await smsResident();
    await page.getByRole('link', { name: 'Accueil téléphonique' }).click();
    await heading('Accueil téléphonique').waitFor();
    const search = page.getByLabel("Numéro ou nom de l'appelant");
    await expect
      .poll(() =>
        search.evaluate(
          (el) =>
            el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
        ),
      )
      .toBe(true);
    await search.fill(displayed(resident.e164));
    const results = page.locator('#caller-results');
    await results.getByText('1 habitant trouvé').waitFor();
    await search.press('Enter');
    const card = page.getByRole('region', { name: new RegExp(resident.lastName) });
    await card.waitFor();
    await expectAccessible(page, "the caller's card");
    await screenshot(page, '03-phone-desk-caller');

    const form = page.getByRole('region', { name: 'Nouvelle demande de trajet' });
    // Nothing chosen: the app says what is missing, in French, next to the fields.
    await form.getByRole('button', { name: 'Enregistrer la demande' }).click();
    await form.getByText('Choisissez un lieu.', { exact: true }).waitFor();
    await form.getByText('Choisissez le motif du trajet.', { exact: true }).waitFor();
    // Tomorrow is too soon for the territory (48 h notice): the API refuses it, the field says so in French.
    await form.getByLabel('Lieu de destination').selectOption({ label: 'Les Halles de Questembert' });
    await form.getByLabel('Motif').selectOption('market');
    await form.getByLabel(/^Date/).fill(parisDate(1));
    await form.getByLabel(/^Heure \(obligatoire\)/).fill('09:30');
    await form.getByRole('button', { name: 'Enregistrer la demande' }).click();
    await form
      .locator('.field-error')
      .filter({ hasText: "Trop tôt : un trajet se demande au moins 48 h à l'avance." })
      .waitFor();
    await expectAccessible(page, 'the ride request form with errors');
    await screenshot(page, '04-ride-request-errors');

    // A service day far enough ahead, there by 09:30, the driver waits an hour on the spot.
    await form.getByLabel(/^Date/).fill(nextServiceDay(3));
    await form.getByLabel(/^Heure \(obligatoire\)/).fill('09:30');
    await form.getByLabel('Attente sur place, puis retour au domicile').check();
    await form.getByLabel("Durée de l'attente sur place").selectOption('60');
    await form.getByRole('button', { name: 'Enregistrer la demande' }).click();
    await page.getByText(/Demande enregistrée : Les Halles de Questembert/).waitFor();
    const upcoming = page.getByRole('region', { name: 'Trajets à venir' });
    await upcoming.getByRole('cell', { name: 'attente de 1 h sur place' }).first().waitFor();

    const [saved] = await stack.db
      .select()
      .from(schema.rideRequests)
      .where(eq(schema.rideRequests.residentId, resident.id))
      .orderBy(desc(schema.rideRequests.createdAt))
      .limit(1);
    expect(saved).toMatchObject({
      destinationLabel: 'Les Halles de Questembert',
      purpose: 'market',
      timeAnchor: 'arrival',
      channel: 'staff',
      returnWaitMinutes: 60,
      returnTime: null,
    });
    // 09:30 in Paris, tomorrow.
    expect(
      new Intl.DateTimeFormat('fr-FR', {
        timeZone: 'Europe/Paris',
        hour: '2-digit',
        minute: '2-digit',
      }).format(saved!.requestedTime),
    ).toBe('09:30');
    await screenshot(page, '05-ride-request-booked');
  });

  it('edits a resident (a bad phone number is refused in French) and shows their conversations', async () => {
    const resident = await smsResident();
    await page.getByRole('link', { name: 'Habitants', exact: true }).click();
    await heading('Habitants').waitFor();
    await page.getByLabel('Nom ou téléphone').fill(resident.lastName);
    await page
      .getByRole('link', { name: new RegExp(`^${resident.lastName}`) })
      .first()
      .waitFor();
    await expectAccessible(page, 'the residents list');
    await screenshot(page, '06-residents');
    await page.goto(`/app/habitants/${resident.id}`);
    await page.getByRole('heading', { name: 'Coordonnées' }).waitFor();
    // The acknowledgement of the ride booked above, sent by the worker to the local outbox.
    const timeline = page.getByRole('region', { name: 'Conversations (SMS et appels)' });
    await timeline
      .getByText(/votre demande de trajet vers Les Halles de Questembert/)
      .first()
      .waitFor({ timeout: 30_000 });

    await page.getByLabel('Téléphone 1', { exact: true }).fill('01 23');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('Numéro de téléphone non valide.', { exact: true }).waitFor();
    await expectAccessible(page, 'a resident with a field error');
    await page.getByLabel('Téléphone 1', { exact: true }).fill(displayed(resident.e164));
    await page.getByLabel('Note pour le chauffeur (facultatif)').fill('Sonner deux fois');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('Fiche enregistrée.').waitFor();
    const [row] = await stack.db.select().from(schema.residents).where(eq(schema.residents.id, resident.id));
    expect(row!.accessNote).toBe('Sonner deux fois');
    await screenshot(page, '07-resident');

    // A new resident: the empty form is refused field by field, then created at the commune's centre.
    await page.getByRole('link', { name: 'Habitants', exact: true }).click();
    await page.getByRole('link', { name: 'Nouvel habitant' }).click();
    await heading('Nouvel habitant').waitFor();
    await page.getByRole('button', { name: "Créer l'habitant" }).click();
    await page.getByText('Choisissez la commune.', { exact: true }).waitFor();
    await expectAccessible(page, 'the new resident form with errors');
    await screenshot(page, '07b-new-resident-errors');
    await page.getByLabel(/^Prénom/).fill('Anne');
    await page.getByLabel(/^Nom/).fill('Test-Navigateur');
    await page.getByLabel(/^Adresse/).fill('2 rue du Calvaire, 56230 Molac');
    await page.getByLabel(/^Commune/).selectOption({ label: 'Molac' });
    await page.getByLabel('Téléphone 1', { exact: true }).fill('02 61 91 99 01');
    await page.getByRole('button', { name: "Créer l'habitant" }).click();
    await heading('Test-Navigateur Anne').waitFor();
    await page.getByText('Habitant créé.').waitFor();
    const [created] = await stack.db
      .select()
      .from(schema.residents)
      .where(eq(schema.residents.lastName, 'Test-Navigateur'));
    expect(created).toMatchObject({ firstName: 'Anne', preferredChannel: 'voice', status: 'active' });
  });

  it("edits a volunteer's weekly availability with the keyboard and the mouse, and an absence", async () => {
    const [volunteer] = await stack.db
      .select()
      .from(schema.volunteerDrivers)
      .where(eq(schema.volunteerDrivers.active, true))
      .orderBy(schema.volunteerDrivers.lastName)
      .limit(1);
    await page.getByRole('link', { name: 'Bénévoles' }).click();
    await heading('Bénévoles').waitFor();
    await expectAccessible(page, 'the volunteers list');
    await screenshot(page, '08-volunteers');
    await page
      .getByRole('link', { name: new RegExp(`^${volunteer!.lastName} ${volunteer!.firstName}`) })
      .click();
    await page.getByRole('heading', { name: 'Disponibilités de la semaine' }).waitFor();
    await expectAccessible(page, 'a volunteer');

    // Clear Sunday, then: keyboard on Sunday 9 h–10 h, mouse drag on Sunday 14 h–15 h.
    const cell = (label: string) => page.getByRole('button', { name: label, exact: true });
    await cell('dimanche de 9 h à 9 h 30').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await expect.poll(() => cell('dimanche de 9 h 30 à 10 h').getAttribute('aria-pressed')).toBe('true');
    const from = await cell('dimanche de 14 h à 14 h 30').boundingBox();
    const to = await cell('dimanche de 14 h 30 à 15 h').boundingBox();
    await page.mouse.move(from!.x + 5, from!.y + 5);
    await page.mouse.down();
    await page.mouse.move(to!.x + 5, to!.y + 5, { steps: 3 });
    await page.mouse.up();
    await page.getByText(/dimanche : de 9 h à 10 h, de 14 h à 15 h/i).waitFor();

    await page.getByRole('button', { name: 'Ajouter une absence' }).click();
    const absences = page.getByRole('group', { name: 'Absences' });
    const count = await absences.getByLabel(/^Absence \d+ : du$/).count();
    await absences.getByLabel(`Absence ${count} : du`).fill('2030-08-10');
    await absences.getByLabel('au (inclus)').last().fill('2030-08-01');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await absences.getByText('Ne peut pas être avant la date de début.', { exact: true }).waitFor();
    await absences.getByLabel('au (inclus)').last().fill('2030-08-20');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('Fiche du bénévole enregistrée.').waitFor();
    await expectAccessible(page, 'a volunteer after saving');
    await screenshot(page, '09-volunteer-availability');

    const slots = await stack.db
      .select()
      .from(schema.volunteerAvailabilities)
      .where(
        and(
          eq(schema.volunteerAvailabilities.volunteerDriverId, volunteer!.id),
          eq(schema.volunteerAvailabilities.weekday, 7),
        ),
      )
      .orderBy(schema.volunteerAvailabilities.startTime);
    expect(slots.map((s) => [s.startTime, s.endTime])).toEqual([
      ['09:00:00', '10:00:00'],
      ['14:00:00', '15:00:00'],
    ]);
    const away = await stack.db
      .select()
      .from(schema.volunteerAbsences)
      .where(eq(schema.volunteerAbsences.volunteerDriverId, volunteer!.id));
    expect(away.map((a) => [a.startsOn, a.endsOn])).toContainEqual(['2030-08-10', '2030-08-20']);
  });

  it('sends an expired session back to the login page, and logs out', async () => {
    await stack.db.delete(schema.staffSessions);
    await page.getByRole('link', { name: 'Habitants', exact: true }).click();
    await page.getByText('Votre session a expiré : reconnectez-vous.').waitFor();
    await expect.poll(() => page.url()).toContain('/app/connexion');
    await screenshot(page, '10-session-expired');
    await page.getByLabel('Adresse e-mail').fill(coordinator.email);
    await page.getByLabel('Mot de passe').fill(coordinator.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await heading('Habitants').waitFor();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    const sessions = await stack.db.select().from(schema.staffSessions);
    expect(sessions.every((s) => s.revokedAt !== null)).toBe(true);
  });
});
