import { frenchDay, frenchTime, missionMessages, type VolunteerPage } from '@solimob/domain';

/*
 * The page a volunteer's signed link opens (PUBLIC_BASE_URL/b/<token>): plain server-rendered HTML
 * with forms, readable on any phone, no script, no login. Offers show communes only; missions the
 * volunteer drives show the pick-up details. Every value is escaped.
 */

/** Attributes are always double-quoted, so the apostrophes of French text stay as they are. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

const STYLE = `
  body { font-family: system-ui, sans-serif; font-size: 1.15rem; line-height: 1.5; margin: 0 auto; max-width: 40rem; padding: 1rem; color: #111; }
  h1 { font-size: 1.5rem; } h2 { font-size: 1.25rem; margin-top: 2rem; }
  section.card { border: 2px solid #555; border-radius: .5rem; padding: .75rem 1rem; margin: 1rem 0; }
  .notice { background: #e8f3e8; border: 2px solid #2e7d32; padding: .75rem 1rem; border-radius: .5rem; }
  .actions { display: flex; flex-wrap: wrap; gap: .75rem; margin-top: .5rem; }
  button { font-size: 1.15rem; padding: .6rem 1.2rem; border-radius: .4rem; border: 2px solid #111; background: #fff; }
  button.yes { background: #1b5e20; color: #fff; border-color: #1b5e20; }
  dt { font-weight: bold; } dd { margin: 0 0 .5rem 0; }
`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>`;
}

const form = (action: string, fields: Record<string, string>, label: string, className = '') =>
  `<form method="post" action="${escapeHtml(action)}">${Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join(
      '',
    )}<button type="submit"${className ? ` class="${className}"` : ''}>${escapeHtml(label)}</button></form>`;

function offersSection(page: VolunteerPage, base: string): string {
  if (page.offers.length === 0) return '<p>Aucun trajet ne vous est proposé en ce moment.</p>';
  return page.offers
    .map((o) => {
      const when = `${frenchDay(o.start, page.timeZone)} à ${frenchTime(o.start, page.timeZone)}`;
      const trip = o.withReturn ? 'aller-retour' : 'aller simple';
      return `<section class="card" aria-label="Trajet ${escapeHtml(o.code)}">
<p><strong>${escapeHtml(when)}</strong><br>De ${escapeHtml(o.fromCommunes.join(', '))} à ${escapeHtml(o.toArea)}<br>${escapeHtml(trip)}, ${o.passengers} passager${o.passengers > 1 ? 's' : ''} — trajet ${escapeHtml(o.code)}</p>
<div class="actions">${form(`${base}/offers/${o.offerId}`, { answer: 'yes' }, 'Oui, je le fais', 'yes')}${form(`${base}/offers/${o.offerId}`, { answer: 'no' }, 'Non, pas cette fois')}</div>
</section>`;
    })
    .join('\n');
}

function missionsSection(page: VolunteerPage, base: string): string {
  if (page.missions.length === 0) return '<p>Aucun trajet prévu.</p>';
  return page.missions
    .map((m) => {
      const riders = m.riders
        .map(
          (r) => `<dl>
<dt>${escapeHtml(r.firstName)}</dt>
<dd>À prendre le ${escapeHtml(frenchDay(r.pickupAt, page.timeZone))} à ${escapeHtml(frenchTime(r.pickupAt, page.timeZone))}<br>${escapeHtml(r.address)}</dd>
<dd>Téléphone : ${r.phone ? `<a href="tel:${escapeHtml(r.phone.replace(/\s/g, ''))}">${escapeHtml(r.phone)}</a>` : 'aucun'}</dd>
${r.needs.length > 0 ? `<dd>Besoin : ${escapeHtml(missionMessages.needsText(r.needs))}</dd>` : ''}
<dd>Vers : ${escapeHtml(r.destination)}${r.returnPickupAt ? ` — retour à ${escapeHtml(frenchTime(r.returnPickupAt, page.timeZone))}` : ''}</dd>
<dd>${form(`${base}/missions/${m.missionId}/no-show`, { rideRequestId: r.rideRequestId }, `${r.firstName} n'était pas là`)}</dd>
</dl>`,
        )
        .join('');
      return `<section class="card" aria-label="Trajet ${escapeHtml(m.code)}">
<p><strong>Trajet ${escapeHtml(m.code)}</strong></p>
${riders}
<div class="actions">${form(`${base}/missions/${m.missionId}/complete`, {}, 'Course faite', 'yes')}${form(`${base}/missions/${m.missionId}/withdraw`, {}, 'Je ne peux plus le faire')}</div>
</section>`;
    })
    .join('\n');
}

function completedSection(page: VolunteerPage): string {
  if (page.completed.length === 0) return '';
  const items = page.completed
    .map(
      (c) =>
        `<li>${escapeHtml(frenchDay(c.start, page.timeZone))} — trajet ${escapeHtml(c.code)} — ${c.drivenKm === null ? 'distance en cours de calcul' : `${String(c.drivenKm).replace('.', ',')} km`}</li>`,
    )
    .join('');
  return `<h2>Trajets faits ce mois-ci et le précédent</h2><ul>${items}</ul>`;
}

export function renderVolunteerPage(page: VolunteerPage, base: string, notice?: string): string {
  return layout(
    'Solimob — mes trajets',
    `<h1>Bonjour ${escapeHtml(page.firstName)}</h1>
${notice ? `<p class="notice" role="status">${escapeHtml(notice)}</p>` : ''}
<h2>Trajets proposés</h2>
${offersSection(page, base)}
<h2>Mes trajets à faire</h2>
${missionsSection(page, base)}
${completedSection(page)}
<p>Une question ? Appelez le CIAS.</p>`,
  );
}

export function renderErrorPage(message: string): string {
  return layout('Solimob', `<h1>Solimob</h1><p class="notice" role="alert">${escapeHtml(message)}</p>`);
}
