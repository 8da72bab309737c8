import type { Scenario } from './scenario';

/**
 * One French sentence saying what a scenario changes from the territory as it is, and whether that
 * territory is the demo dataset (a scenario whose baseline the runner resolved: see runSimulation).
 */
export function describeScenario(s: Scenario): string {
  const parts: string[] = [];
  for (const c of s.volunteers.changes) {
    const where = (w: { communes?: string[] | undefined; zone?: string | undefined } | undefined) =>
      !w ? 'partout' : w.zone ? `zone ${w.zone}` : (w.communes ?? []).join(', ');
    if (c.kind === 'remove_volunteers') parts.push(`${c.count} bénévole(s) en moins (${where(c.where)})`);
    if (c.kind === 'add_volunteers') parts.push(`${c.count} bénévole(s) en plus à ${c.commune}`);
    if (c.kind === 'change_availability') parts.push(`disponibilités changées (${where(c.where)})`);
  }
  const days = ['', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
  for (const c of s.shuttles.changes) {
    if (c.kind === 'add_line') parts.push(`nouvelle navette « ${c.name} » le ${days[c.weekday]}`);
    if (c.kind === 'add_vehicle') parts.push(`véhicule « ${c.vehicle.name} » ajouté à « ${c.line} »`);
    if (c.kind === 'add_commune') parts.push(`${c.commune} desservie par « ${c.line} »`);
    if (c.kind === 'change_cutoff') parts.push(`clôture à ${c.bookingCutoffHours} h pour « ${c.line} »`);
  }
  if (s.demand.source === 'replay') {
    parts.push(
      s.demand.from
        ? `demandes rejouées depuis le ${s.demand.from}`
        : `demandes des ${s.period.days} jours précédents rejouées`,
    );
  }
  const changes = parts.length === 0 ? 'organisation actuelle, sans changement' : parts.join(' ; ');
  // The live territory is what staff expect; the demo dataset must say so.
  return s.baseline === 'demo' ? `${changes} (données de démonstration)` : changes;
}
