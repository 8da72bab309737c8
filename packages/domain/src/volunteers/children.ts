import { schema, type Tx } from '@solimob/db';
import { eq } from 'drizzle-orm';
import type { Static } from 'typebox';
import { type FieldProblem, invalid } from '../errors';
import type { NormalisedPhoneRow } from '../input';
import { assertCommunesInTerritory } from '../places/communes';
import type { Absence, Availability } from './schemas';

type Availabilities = Static<typeof Availability>[];
type Absences = Static<typeof Absence>[];

/** Rules a schema cannot express: ordered time ranges, and a mobile to receive trip offers by SMS. */
export function volunteerProblems(input: {
  phones?: NormalisedPhoneRow[];
  availabilities?: Availabilities;
  absences?: Absences;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.phones && !input.phones.some((p) => p.kind === 'mobile')) {
    problems.push({
      field: '/phones',
      message: 'at least one mobile is needed to receive trip offers by SMS',
    });
  }
  input.availabilities?.forEach((a, i) => {
    if (a.start >= a.end)
      problems.push({ field: `/availabilities/${i}/end`, message: 'must be after start' });
  });
  input.absences?.forEach((a, i) => {
    if (a.startsOn > a.endsOn) {
      problems.push({ field: `/absences/${i}/endsOn`, message: 'must not be before startsOn' });
    }
  });
  return problems;
}

export function assertVolunteerRules(input: Parameters<typeof volunteerProblems>[0]) {
  const problems = volunteerProblems(input);
  if (problems.length > 0) throw invalid(problems);
}

/** Replaces whichever child lists are given; the others are left as they are. */
export async function replaceVolunteerChildren(
  tx: Tx,
  territoryId: string,
  volunteerDriverId: string,
  now: Date,
  lists: {
    phones?: NormalisedPhoneRow[];
    servedCommuneIds?: string[];
    availabilities?: Availabilities;
    absences?: Absences;
  },
): Promise<void> {
  if (lists.servedCommuneIds) {
    await assertCommunesInTerritory(
      tx,
      territoryId,
      lists.servedCommuneIds.map((id, i) => ({ id, pointer: `/servedCommuneIds/${i}` })),
    );
  }
  if (lists.phones) {
    await tx
      .delete(schema.volunteerPhones)
      .where(eq(schema.volunteerPhones.volunteerDriverId, volunteerDriverId));
    if (lists.phones.length > 0) {
      await tx
        .insert(schema.volunteerPhones)
        .values(lists.phones.map((p) => ({ ...p, territoryId, volunteerDriverId, createdAt: now })));
    }
  }
  if (lists.servedCommuneIds) {
    await tx
      .delete(schema.volunteerServedCommunes)
      .where(eq(schema.volunteerServedCommunes.volunteerDriverId, volunteerDriverId));
    if (lists.servedCommuneIds.length > 0) {
      await tx
        .insert(schema.volunteerServedCommunes)
        .values(lists.servedCommuneIds.map((communeId) => ({ volunteerDriverId, communeId })));
    }
  }
  if (lists.availabilities) {
    await tx
      .delete(schema.volunteerAvailabilities)
      .where(eq(schema.volunteerAvailabilities.volunteerDriverId, volunteerDriverId));
    if (lists.availabilities.length > 0) {
      await tx.insert(schema.volunteerAvailabilities).values(
        lists.availabilities.map((a) => ({
          volunteerDriverId,
          weekday: a.weekday,
          startTime: a.start,
          endTime: a.end,
        })),
      );
    }
  }
  if (lists.absences) {
    await tx
      .delete(schema.volunteerAbsences)
      .where(eq(schema.volunteerAbsences.volunteerDriverId, volunteerDriverId));
    if (lists.absences.length > 0) {
      await tx
        .insert(schema.volunteerAbsences)
        .values(lists.absences.map((a) => ({ volunteerDriverId, startsOn: a.startsOn, endsOn: a.endsOn })));
    }
  }
}
