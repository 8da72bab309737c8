import { schema } from '@solimob/db';
import Type, { type Static } from 'typebox';
import Value from 'typebox/value';

const ClockTime = (description: string, defaultValue: string) =>
  Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description, default: defaultValue });
const Weekdays = (description: string, defaultValue: number[]) =>
  Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), {
    uniqueItems: true,
    description,
    default: defaultValue,
  });

/**
 * A territory's own rules, stored in `territories.settings` (jsonb) and edited by its staff. This schema
 * is the one definition of each rule and its default: what is not stored takes the default, so a new
 * rule needs no migration. Each section belongs to one part of the service.
 */
export const TerritorySettings = Type.Object(
  {
    rides: Type.Object(
      {
        minNoticeHours: Type.Integer({
          minimum: 0,
          maximum: 24 * 14,
          default: 48,
          description: 'How long before the trip a ride must be requested',
        }),
        serviceDays: Weekdays('ISO weekdays on which volunteer rides run (1 = Monday)', [1, 2, 3, 4, 5, 6]),
        serviceStart: ClockTime('Earliest pick-up time of a ride, local time', '08:00'),
        serviceEnd: ClockTime('Latest drop-off time of a ride, local time', '19:00'),
        destinationRadiusKm: Type.Number({
          minimum: 0,
          maximum: 50,
          default: 6,
          description:
            'Free coordinates (not a known place) count as inside the territory within this distance of a commune town hall',
        }),
        offerWaveSize: Type.Integer({
          minimum: 1,
          maximum: 20,
          default: 3,
          description: 'How many volunteers each wave of offers goes to',
        }),
        offerWaveMinutes: Type.Integer({
          minimum: 5,
          maximum: 24 * 60,
          default: 60,
          description: 'How long a wave waits for an answer before the next wave goes out',
        }),
        matchingDeadlineHours: Type.Integer({
          minimum: 0,
          maximum: 24 * 7,
          default: 24,
          description:
            'No driver this long before the pick-up: the request becomes unmet and staff get a task (at least one wave is always sent)',
        }),
        poolingWindowMinutes: Type.Integer({
          minimum: 0,
          maximum: 180,
          default: 30,
          description:
            'Requests whose pick-ups are this close in time may be driven together (0: never pool)',
        }),
        poolingMaxDetourPercent: Type.Integer({
          minimum: 0,
          maximum: 200,
          default: 50,
          description:
            "How much longer than the direct trip a pooled passenger's ride may be (plus 10 minutes)",
        }),
        busyMarginMinutes: Type.Integer({
          minimum: 0,
          maximum: 240,
          default: 30,
          description: 'Free time a volunteer needs between two missions (the drive home, the next approach)',
        }),
        lateCancellationHours: Type.Integer({
          minimum: 0,
          maximum: 24 * 7,
          default: 24,
          description: 'A cancellation closer than this to the pick-up is recorded as late (no sanction)',
        }),
        reminderFrom: ClockTime('Reminders for the next day go out from this local time', '17:00'),
        reminderUntil: ClockTime(
          'No reminder after this local time (a late sweep waits for the next day rather than ring at night)',
          '20:30',
        ),
        ranking: Type.Object(
          {
            kmPerMonthlyTrip: Type.Number({
              minimum: 0,
              maximum: 100,
              default: 3,
              description:
                'Fairness: each trip the volunteer already drove this month counts as this many km',
            }),
            continuityBonusKm: Type.Number({
              minimum: 0,
              maximum: 100,
              default: 5,
              description: 'Continuity: a volunteer who already drove this resident gains this many km',
            }),
            preferenceBonusKm: Type.Number({
              minimum: 0,
              maximum: 200,
              default: 10,
              description: 'A driver the resident asked for gains this many km',
            }),
          },
          { default: {}, additionalProperties: false },
        ),
      },
      { default: {}, additionalProperties: false },
    ),
    phone: Type.Object(
      {
        officeDays: Weekdays('ISO weekdays on which CIAS staff answer the phone', [1, 2, 3, 4, 5]),
        officeOpens: ClockTime('When staff start answering the phone, local time', '09:00'),
        officeCloses: ClockTime('When staff stop answering the phone, local time', '17:00'),
        conversationMinutes: Type.Integer({
          minimum: 5,
          maximum: 24 * 60,
          default: 30,
          description:
            'How long an SMS exchange waits for the next answer ("Répondez OUI") before the next message starts afresh',
        }),
      },
      { default: {}, additionalProperties: false },
    ),
    shuttles: Type.Object(
      {
        weeksAhead: Type.Integer({
          minimum: 1,
          maximum: 26,
          default: 6,
          description: 'How many weeks of market-shuttle rounds are generated ahead',
        }),
        holidayCountry: Type.String({
          pattern: '^[A-Z]{2}$',
          default: 'FR',
          description: 'Country whose public holidays move or skip rounds (ISO 3166-1 alpha-2)',
        }),
        holidayPolicy: Type.Union(
          [Type.Literal('skip'), Type.Literal('next_day'), Type.Literal('previous_day')],
          {
            default: 'skip',
            description:
              'A round falling on a public holiday is not run (skip) or run the next or previous day that is not one',
          },
        ),
        reminderTime: ClockTime(
          'Local time from which the day-before messages with the pick-up time are sent',
          '17:00',
        ),
        boardingMinutes: Type.Integer({
          minimum: 0,
          maximum: 15,
          default: 2,
          description: 'Time a passenger takes to board or alight',
        }),
        wheelchairBoardingMinutes: Type.Integer({
          minimum: 0,
          maximum: 30,
          default: 5,
          description: 'Time a wheelchair user takes to board or alight (ramp or lift)',
        }),
        doorToDoorNeeds: Type.Array(Type.Enum(schema.mobilityNeed.enumValues), {
          uniqueItems: true,
          default: ['wheelchair', 'walking_aid', 'visually_impaired', 'needs_escort'],
          description: 'Mobility needs for which a stops line picks the resident up at the door',
        }),
        replanToleranceMinutes: Type.Integer({
          minimum: 0,
          maximum: 60,
          default: 10,
          description:
            'After the pick-up times were announced, a re-plan keeps each one: never earlier, at most this much later',
        }),
        notifyChangeMinutes: Type.Integer({
          minimum: 1,
          maximum: 60,
          default: 5,
          description: 'A resident is told of a new pick-up time only when it moves by at least this much',
        }),
      },
      { default: {}, additionalProperties: false },
    ),
    privacy: Type.Object(
      {
        retentionMonths: Type.Integer({
          minimum: 3,
          maximum: 120,
          default: 24,
          description:
            'Trips, messages and voicemail recordings older than this are pseudonymised by the daily retention job (addresses, bodies, numbers); the statistics stay exact',
        }),
      },
      { default: {}, additionalProperties: false },
    ),
  },
  { default: {}, additionalProperties: false },
);
export type TerritorySettings = Static<typeof TerritorySettings>;

/**
 * Resolved settings by their stored JSON: verbs on the hot path (a seat booking, a ride request) read
 * the territory row every time, and cleaning, filling and checking it cost more than the rest of the
 * request's own work. A territory has one settings document at a time, so the cache stays small; it
 * is bounded anyway (a changed document is a new key, the oldest key goes).
 */
const resolved = new Map<string, TerritorySettings>();
const RESOLVED_CACHE_SIZE = 64;

/**
 * The stored settings with every default filled in; stored keys this version does not know are
 * dropped. The result is frozen (it is shared between requests): copy it to change it.
 */
export function resolveTerritorySettings(stored: unknown): TerritorySettings {
  const key = JSON.stringify(stored ?? {});
  const cached = resolved.get(key);
  if (cached) return cached;
  const settings = deepFreeze(resolveUncached(stored));
  if (resolved.size >= RESOLVED_CACHE_SIZE) resolved.delete(resolved.keys().next().value as string);
  resolved.set(key, settings);
  return settings;
}

function resolveUncached(stored: unknown): TerritorySettings {
  const cleaned = Value.Clean(TerritorySettings, Value.Clone(stored ?? {}));
  const filled = Value.Default(TerritorySettings, cleaned);
  if (!Value.Check(TerritorySettings, filled)) {
    const first = [...Value.Errors(TerritorySettings, filled)][0];
    throw new Error(`stored territory settings are invalid at ${first?.instancePath}: ${first?.message}`);
  }
  return filled as TerritorySettings;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
