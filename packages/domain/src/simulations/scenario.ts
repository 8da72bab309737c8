import { z } from 'zod';

/*
 * The what-if simulator's scenario format, version 1 (documented in docs/simulator.md). A scenario is
 * a variation of the territory as it is (the baseline): a period, a seed, how demand is produced, and
 * changes to supply (volunteers), to the market shuttles and to costs. Everything has a default, so
 * `{"version": 1}` is the territory as it is over the next 28 days. A new optional field whose absence
 * keeps the old meaning stays version 1; changing or removing a field's meaning makes version 2.
 */

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a local time HH:MM');
const Weekday = z.number().int().min(1, 'ISO weekday 1 (Monday) to 7 (Sunday)').max(7, 'ISO weekday 1 to 7');
const Probability = z.number().min(0).max(1);
const Name = z.string().trim().min(1).max(120);

/** Communes by name, or every commune of a zone of the territory (e.g. "Est"). */
const Where = z
  .object({ communes: z.array(Name).min(1).optional(), zone: Name.optional() })
  .strict()
  .refine((w) => (w.communes === undefined) !== (w.zone === undefined), {
    message: 'give either communes or zone',
  });

const RemoveVolunteers = z
  .object({
    kind: z.literal('remove_volunteers'),
    count: z.number().int().min(1).max(1000),
    where: Where,
  })
  .strict();

const AddVolunteers = z
  .object({
    kind: z.literal('add_volunteers'),
    count: z.number().int().min(1).max(1000),
    commune: Name,
    seats: z.number().int().min(1).max(8).default(3),
    wheelchairCapable: z.boolean().default(false),
    /** Null: serves any commune within maxDistanceKm. */
    maxDistanceKm: z.number().min(1).max(200).default(20),
    monthlyTripCap: z.number().int().min(1).max(100).nullable().default(8),
    weekdays: z.array(Weekday).min(1).default([1, 2, 3, 4, 5]),
    from: ClockTime.default('08:30'),
    until: ClockTime.default('18:00'),
  })
  .strict();

const ChangeAvailability = z
  .object({
    kind: z.literal('change_availability'),
    where: Where.optional(),
    addWeekdays: z.array(Weekday).default([]),
    removeWeekdays: z.array(Weekday).default([]),
    from: ClockTime.optional(),
    until: ClockTime.optional(),
  })
  .strict();

const VolunteerChange = z.discriminatedUnion('kind', [RemoveVolunteers, AddVolunteers, ChangeAvailability]);

const Vehicle = z
  .object({
    name: Name,
    seats: z.number().int().min(0).max(60),
    wheelchairPlaces: z.number().int().min(0).max(10).default(0),
  })
  .strict()
  .refine((v) => v.seats + v.wheelchairPlaces > 0, { message: 'a vehicle needs at least one place' });

const AddLine = z
  .object({
    kind: z.literal('add_line'),
    name: Name,
    /** An existing place (by name), or a new market place at a commune's town hall (or given point). */
    market: z.union([
      z.object({ place: Name }).strict(),
      z
        .object({
          name: Name,
          commune: Name,
          lat: z.number().min(-90).max(90).optional(),
          lon: z.number().min(-180).max(180).optional(),
        })
        .strict(),
    ]),
    weekday: Weekday,
    arrivalTime: ClockTime,
    departureTime: ClockTime,
    mode: z.enum(['stops', 'door_to_door']).default('door_to_door'),
    communes: z.array(Name).min(1),
    vehicles: z.array(Vehicle).min(1),
    bookingCutoffHours: z
      .number()
      .int()
      .min(0)
      .max(24 * 14)
      .default(24),
    marketWindowMinutes: z.number().int().min(0).max(240).default(60),
    maxRideMinutes: z.number().int().min(5).max(240).default(45),
  })
  .strict()
  .refine((l) => l.arrivalTime < l.departureTime, {
    message: 'departureTime must be after arrivalTime',
    path: ['departureTime'],
  });

const AddVehicle = z.object({ kind: z.literal('add_vehicle'), line: Name, vehicle: Vehicle }).strict();
const AddCommune = z.object({ kind: z.literal('add_commune'), line: Name, commune: Name }).strict();
const ChangeCutoff = z
  .object({
    kind: z.literal('change_cutoff'),
    line: Name,
    bookingCutoffHours: z.number().int().min(0).max(336),
  })
  .strict();

const ShuttleChange = z.union([AddLine, AddVehicle, AddCommune, ChangeCutoff]);

const Generated = z
  .object({
    source: z.literal('generated'),
    /** Volunteer-ride requests per 1,000 older residents per week, spread over the service days. */
    ridesPerThousandOlderPerWeek: z.number().min(0).max(200).default(3),
    /** Seat bookings per 1,000 older residents of a line's communes, per round. */
    seatsPerThousandOlderPerRound: z.number().min(0).max(100).default(2),
    /** Share of inhabitants aged 65 or more, per zone of the territory; `default` for the others. */
    olderShareByZone: z.record(Name, Probability).default({ default: 0.22, Est: 0.27 }),
    /** Registered residents per 1,000 older inhabitants: missing ones are added to the baseline. */
    registeredPerThousandOlder: z.number().min(0).max(1000).default(40),
    /** Share of ride requests with a way back. */
    returnShare: Probability.default(0.6),
    /** Weight of each kind of destination place. */
    destinations: z
      .record(
        z.enum(['health_centre', 'france_services', 'market', 'station', 'hospital', 'town_hall', 'other']),
        z.number().min(0),
      )
      .default({ health_centre: 5, hospital: 2, france_services: 2, market: 1, station: 1 }),
  })
  .strict();

const Replay = z
  .object({
    source: z.literal('replay'),
    /**
     * First day of the recorded requests and bookings to replay; they are moved to the period.
     * Default: as many days before the period's start as the period lasts (the last four weeks for 28 days).
     */
    from: Day.optional(),
  })
  .strict();

export const ScenarioSchema = z
  .object({
    version: z.literal(1, { errorMap: () => ({ message: 'this simulator reads scenario version 1' }) }),
    name: Name.default('Situation actuelle'),
    description: z.string().max(2000).optional(),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .default(1),
    period: z
      .object({
        /** Default: today in the territory's time zone. */
        start: Day.optional(),
        days: z.number().int().min(1).max(366).default(28),
      })
      .strict()
      .default({}),
    territory: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .default('questembert'),
    /**
     * What the scenario is a variation of: `live`, a copy of the territory's own data (volunteers,
     * lines, rounds, residents and recorded requests, pseudonymised), or `demo`, its seed file and the
     * demo dataset. Absent: the entry point decides (the API and web page: live; scripts/simulate:
     * demo unless --live).
     */
    baseline: z.enum(['live', 'demo']).optional(),
    demand: z.discriminatedUnion('source', [Generated, Replay]).default({ source: 'generated' }),
    volunteers: z
      .object({
        /** Chance that a volunteer answers an offer at all. */
        answerProbability: Probability.default(0.85),
        /** Chance that an answer is OUI. */
        yesProbability: Probability.default(0.5),
        /** Mean delay of an answer (exponential), minutes. */
        answerDelayMinutes: z
          .number()
          .min(0)
          .max(24 * 60)
          .default(40),
        changes: z.array(VolunteerChange).default([]),
      })
      .strict()
      .default({}),
    shuttles: z
      .object({ changes: z.array(ShuttleChange).default([]) })
      .strict()
      .default({}),
    execution: z
      .object({
        /** Mean minutes a pick-up happens after its planned time (exponential); 0: on time. */
        pickupDelayMinutes: z.number().min(0).max(120).default(4),
      })
      .strict()
      .default({}),
    costs: z
      .object({
        minibusPerKm: z.number().min(0).max(100).default(0.35),
        minibusPerDay: z.number().min(0).max(10_000).default(120),
        /** Default: the territory's mileage rate. */
        mileageRateEurPerKm: z.number().min(0).max(10).optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

export type Scenario = z.output<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type VolunteerChange = z.output<typeof VolunteerChange>;
export type ShuttleChange = z.output<typeof ShuttleChange>;
export type GeneratedDemand = z.output<typeof Generated>;
export type ScenarioBaseline = NonNullable<Scenario['baseline']>;

export class ScenarioError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`Scenario ${source} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ScenarioError';
  }
}

const pointer = (path: (string | number)[]) => (path.length === 0 ? '/' : `/${path.join('/')}`);

/** Every problem at once, each at its JSON pointer (`/volunteers/changes/0/count: ...`). */
export function parseScenario(value: unknown, source = 'scenario'): Scenario {
  const result = ScenarioSchema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.flatMap((issue) => {
    if (issue.code === 'invalid_union' && issue.unionErrors.length > 0) {
      // The variant whose errors went deepest is the one the author meant.
      const best = [...issue.unionErrors].sort(
        (a, b) =>
          Math.max(...b.issues.map((i) => i.path.length)) - Math.max(...a.issues.map((i) => i.path.length)),
      )[0]!;
      return best.issues.map((i) => `${pointer(i.path)}: ${i.message}`);
    }
    return [`${pointer(issue.path)}: ${issue.message}`];
  });
  throw new ScenarioError(source, [...new Set(problems)]);
}
