/*
 * What a simulation copies of a live territory, table by table (docs/simulator.md, "Live baseline").
 * Every table of the schema has a rule here, or the copy refuses to start: a new table is a decision
 * (copy it or say why not), never copied by accident. Which rows and in which order comes from the
 * schema (copy-territory.ts); these rules only say what to leave out and what to pseudonymise.
 *
 * The simulation needs ids, statuses, times, coordinates, communes and capacities: the matching ranks
 * volunteers by road distance from their home, the planner routes minibuses between pick-up points.
 * It needs no names, phone numbers, street addresses or notes, so those are replaced as they are read
 * from the live database (they never reach the copy), and staff accounts, messages, conversations,
 * tasks, consents and the audit trail are not copied at all.
 */

/** Not copied, with the reason. */
interface Skip {
  skip: string;
}

/** Copied: the territory's rows, with some columns replaced (SQL over the live row, alias `t`). */
interface Copy {
  replace?: Record<string, string>;
  /** A further condition on the live rows (SQL over alias `t`). */
  where?: string;
}

export type CopyRule = Skip | Copy;

export const isSkipped = (rule: CopyRule): rule is Skip => 'skip' in rule;

/**
 * Fictional numbers of the block reserved for fiction (06 39 98 xx xx), numbered in the copy's order:
 * residents count up from 0000, volunteers down from 9999. They are never dialled (messages go to the
 * simulation's in-memory sink); they only keep each person's phones distinct.
 */
const fictionalPhone = (order: string, countDown: boolean) =>
  `'+3363998' || lpad((${countDown ? '9999 - ' : ''}(row_number() over (order by ${order}) - 1) % 10000)::text, 4, '0')`;

/** "Habitant 3f2a9c1e": a name that says nothing but stays distinct (natural-key orders stay stable). */
const pseudonym = (word: string) => `'${word} ' || left(t.id::text, 8)`;

/** The commune's postcode and name in place of a street address. */
const communeOf = (column: string) =>
  `(select c.postal_code || ' ' || c.name from communes c where c.id = t.${column})`;

export const TERRITORY_COPY_RULES: Record<string, CopyRule> = {
  territories: {},
  communes: {},
  places: {},

  residents: {
    replace: {
      first_name: `'Habitant'`,
      last_name: pseudonym('Anonyme'),
      address_line: communeOf('commune_id'),
      access_note: 'null',
      consent_source: 'null',
    },
  },
  resident_phones: { replace: { e164: fictionalPhone('t.resident_id, t.id', false) } },
  resident_consents: { skip: 'consent history: the simulation contacts nobody' },
  data_requests: { skip: 'requests about personal data: not needed to simulate' },
  driver_preferences: {},

  volunteer_drivers: { replace: { first_name: `'Bénévole'`, last_name: pseudonym('Anonyme') } },
  volunteer_phones: { replace: { e164: fictionalPhone('t.volunteer_driver_id, t.id', true) } },
  volunteer_served_communes: {},
  volunteer_availabilities: {},
  volunteer_absences: {},

  staff_users: { skip: 'accounts and password hashes: the simulation acts as one synthetic coordinator' },
  staff_sessions: { skip: 'login secrets' },
  staff_user_communes: { skip: "partners' scope: nobody logs in to a simulation" },
  staff_tasks: { skip: "staff's work list: phone numbers, voicemails, notes" },

  ride_requests: {
    // A place's name is not personal; a free address (the resident's home, a private address) is.
    replace: {
      origin_label: `case when t.origin_place_id is null then 'Adresse' else t.origin_label end`,
      destination_label: `case when t.destination_place_id is null then 'Adresse' else t.destination_label end`,
    },
  },
  missions: {},
  mission_requests: {},
  trips: {},
  offers: {},

  shuttle_lines: {},
  shuttle_line_vehicles: {},
  shuttle_line_communes: {},
  shuttle_stops: {},
  shuttle_rounds: {},
  shuttle_round_vehicles: {},
  shuttle_subscriptions: {},
  shuttle_subscription_skips: {},
  seat_bookings: {},
  shuttle_plan_stops: {},
  shuttle_plan_routes: {},

  messages: { skip: 'bodies and numbers of SMS and calls: the simulation sends into an in-memory sink' },
  conversations: { skip: 'SMS exchanges in progress' },
  phone_opt_outs: { skip: 'real numbers; the copy has fictional ones' },
  webhook_receipts: { skip: "providers' webhooks" },
  audit_log: { skip: 'who did what: not needed to simulate' },
  simulations: { skip: "other simulations' rows" },
  report_summaries: { skip: "the reports' monthly summary: a simulation measures its own period" },
  report_month_figures: { skip: "the reports' monthly summary (residents reached, as ids)" },
  outbox: {
    // The territory's matching and planning work not yet handed to the queue (an offer wave's expiry,
    // a request waiting for matching): the simulation's worker runs it, as the live worker would have.
    // Messages are not copied, so their send jobs are not either.
    where: `t.published_at is null and t.job_name in ('match-ride-request', 'expire-offer-wave', 'record-mission-distance', 'plan-shuttle-round')`,
  },
};
