import {
  type DriverRouteSheet,
  frenchDay,
  frenchTime,
  missionMessages,
  type VolunteerPage,
} from '@solimob/domain';

/*
 * The page a volunteer's signed link opens (PUBLIC_BASE_URL/b/<token>): plain server-rendered HTML
 * with forms, readable on any phone, no script, no login. Offers show communes only; missions the
 * volunteer drives show the pick-up details. Every value is escaped.
 */

/** Attributes are always double-quoted, so the apostrophes of French text stay as they are. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/*
 * Phone first: 1.15rem text, buttons and links at least 48 px high and full width on a narrow screen
 * (thumbs, older hands), contrast above 7:1 for text and 3:1 for borders, a visible focus ring.
 */
const STYLE = `
  body { font-family: system-ui, sans-serif; font-size: 1.15rem; line-height: 1.5; margin: 0 auto; max-width: 40rem; padding: 1rem; color: #111; background: #fff; }
  h1 { font-size: 1.5rem; margin: .5rem 0; } h2 { font-size: 1.25rem; margin-top: 2rem; }
  section.card { border: 2px solid #555; border-radius: .5rem; padding: .75rem 1rem; margin: 1rem 0; }
  .notice { background: #e8f3e8; border: 2px solid #2e7d32; padding: .75rem 1rem; border-radius: .5rem; }
  .actions { display: flex; flex-wrap: wrap; gap: .75rem; margin-top: .5rem; }
  .actions form { flex: 1 1 12rem; }
  button, a.button { display: inline-flex; align-items: center; justify-content: center; box-sizing: border-box; min-height: 48px; width: 100%; font: inherit; font-size: 1.15rem; padding: .6rem 1.2rem; border-radius: .4rem; border: 2px solid #111; background: #fff; color: #111; text-decoration: none; cursor: pointer; }
  button.yes { background: #1b5e20; color: #fff; border-color: #1b5e20; }
  a { color: #0b4a8b; } a.tel { display: inline-block; min-height: 48px; line-height: 48px; font-weight: bold; }
  :focus-visible { outline: 3px solid #b35c00; outline-offset: 3px; }
  dt { font-weight: bold; margin-top: .75rem; } dd { margin: 0 0 .5rem 0; }
  ol.stops { padding-left: 1.5rem; } ol.stops li { margin-bottom: 1rem; }
  .muted { color: #444; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  @media print { button, a.button, .actions, .no-print { display: none; } body { max-width: none; font-size: 11pt; } }
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
<main>
${body}
</main>
</body>
</html>`;
}

/** A one-button form; `context` is read by screen readers only ("trajet 4821"), the page has several. */
const form = (action: string, fields: Record<string, string>, label: string, className = '', context = '') =>
  `<form method="post" action="${escapeHtml(action)}">${Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('')}<button type="submit"${className ? ` class="${className}"` : ''}>${escapeHtml(label)}${
    context ? `<span class="visually-hidden"> (${escapeHtml(context)})</span>` : ''
  }</button></form>`;

function offersSection(page: VolunteerPage, base: string): string {
  if (page.offers.length === 0) return '<p>Aucun trajet ne vous est proposé en ce moment.</p>';
  return page.offers
    .map((o) => {
      const when = `${frenchDay(o.start, page.timeZone)} à ${frenchTime(o.start, page.timeZone)}`;
      const trip = o.withReturn ? 'aller-retour' : 'aller simple';
      return `<section class="card" aria-label="Trajet ${escapeHtml(o.code)}">
<p><strong>${escapeHtml(when)}</strong><br>De ${escapeHtml(o.fromCommunes.join(', '))} à ${escapeHtml(o.toArea)}<br>${escapeHtml(trip)}, ${o.passengers} passager${o.passengers > 1 ? 's' : ''} — trajet ${escapeHtml(o.code)}</p>
<div class="actions">${form(`${base}/offers/${o.offerId}`, { answer: 'yes' }, 'Oui, je le fais', 'yes', `trajet ${o.code}`)}${form(`${base}/offers/${o.offerId}`, { answer: 'no' }, 'Non, pas cette fois', '', `trajet ${o.code}`)}</div>
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
<dd>Téléphone : ${telLink(r.phone)}</dd>
${r.needs.length > 0 ? `<dd>Besoin : ${escapeHtml(missionMessages.needsText(r.needs))}</dd>` : ''}
<dd>Vers : ${escapeHtml(r.destination)}${r.returnPickupAt ? ` — retour à ${escapeHtml(frenchTime(r.returnPickupAt, page.timeZone))}` : ''}</dd>
<dd>${form(`${base}/missions/${m.missionId}/no-show`, { rideRequestId: r.rideRequestId }, `${r.firstName} n'était pas là`, '', `trajet ${m.code}`)}</dd>
</dl>`,
        )
        .join('');
      return `<section class="card" aria-label="Trajet ${escapeHtml(m.code)}">
<p><strong>Trajet ${escapeHtml(m.code)}</strong></p>
${riders}
<p><a class="button" href="${escapeHtml(`${base}/missions/${m.missionId}`)}">Feuille de route<span class="visually-hidden"> du trajet ${escapeHtml(m.code)}</span></a></p>
<div class="actions">${form(`${base}/missions/${m.missionId}/complete`, {}, 'Course faite', 'yes', `trajet ${m.code}`)}${form(`${base}/missions/${m.missionId}/withdraw`, {}, 'Je ne peux plus le faire', '', `trajet ${m.code}`)}</div>
</section>`;
    })
    .join('\n');
}

const telLink = (phone: string | null) =>
  phone
    ? `<a class="tel" href="tel:${escapeHtml(phone.replace(/\s/g, ''))}">${escapeHtml(phone)}</a>`
    : 'aucun';

/** This month's and last month's statements (PDF), for the volunteer's own records. */
function statementsSection(page: VolunteerPage, base: string): string {
  const links = page.statementMonths
    .map(
      (m) =>
        `<li><a class="button" href="${escapeHtml(`${base}/statements/${m.month}`)}">Relevé de ${escapeHtml(m.label)} (PDF)</a></li>`,
    )
    .join('');
  return `<h2>Mes relevés de kilomètres</h2><ul class="actions" style="list-style:none;padding:0">${links}</ul>`;
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
${statementsSection(page, base)}
<p>Une question ? Appelez le CIAS.</p>`,
  );
}

export function renderErrorPage(message: string): string {
  return layout('Solimob', `<h1>Solimob</h1><p class="notice" role="alert">${escapeHtml(message)}</p>`);
}

const stopLine = (stop: DriverRouteSheet['stops'][number], timeZone: string) => `<li>
<strong>${escapeHtml(frenchTime(stop.at, timeZone))} — ${stop.kind === 'pickup' ? 'prendre' : 'déposer'} ${escapeHtml(stop.firstName)}</strong><br>
${escapeHtml(stop.address)}${
  stop.kind === 'pickup'
    ? `<br>Téléphone : ${telLink(stop.phone)}${stop.needs.length > 0 ? `<br>Besoin : ${escapeHtml(missionMessages.needsText(stop.needs))}` : ''}${stop.accessNote ? `<br>À savoir : ${escapeHtml(stop.accessNote)}` : ''}`
    : ''
}
</li>`;

/** A trip's route sheet: every stop in order with its time, address, phone and needs; prints on one page. */
export function renderDriverRouteSheet(sheet: DriverRouteSheet, pageUrl: string): string {
  const day = sheet.stops[0] ? frenchDay(sheet.stops[0].at, sheet.timeZone) : '';
  return layout(
    `Solimob — feuille de route du trajet ${sheet.code}`,
    `<p class="no-print"><a href="${escapeHtml(pageUrl)}">← Mes trajets</a></p>
<h1>Feuille de route — trajet ${escapeHtml(sheet.code)}</h1>
<p>${escapeHtml(day)}. Pour l'imprimer : menu du navigateur, « Imprimer ». Fermez le trajet avec « Course faite » ou par SMS « FAIT ${escapeHtml(sheet.code)} ».</p>
${sheet.stops.length === 0 ? '<p>Aucun arrêt prévu.</p>' : `<ol class="stops">${sheet.stops.map((stop) => stopLine(stop, sheet.timeZone)).join('\n')}</ol>`}
<p class="muted">Ces informations sont personnelles : ne les partagez pas, jetez la feuille après le trajet.</p>`,
  );
}
