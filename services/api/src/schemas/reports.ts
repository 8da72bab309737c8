import Type from 'typebox';
import { DateTime, Nullable } from './common';

/** Response bodies of the report routes; they mirror the domain's Report. */

const Count = (description: string) => Type.Integer({ minimum: 0, description });
const Tenths = (description: string) => Type.Number({ minimum: 0, description });

const RideFiguresOut = Type.Object(
  {
    requests: Count('Ride requests whose requested time falls in the group'),
    served: Count('Completed'),
    unmet: Count('No driver found'),
    cancelled: Count('Cancelled, no-shows and late cancellations included'),
    pending: Count('Not settled yet'),
    passengers: Count('People carried on served requests'),
    km: Tenths("Volunteers' driven km (home → stops → home); a pooled mission is shared by passengers"),
    volunteerHours: Tenths('First pick-up to last drop-off of completed missions, shared by passengers'),
  },
  { description: 'Volunteer rides' },
);

const ShuttleFiguresOut = Type.Object(
  {
    bookings: Count('Seat bookings on rounds whose service date falls in the group'),
    served: Count('Confirmed seats on rounds that ran'),
    unmet: Count("Left on the waitlist ('shuttle_full') or on a cancelled round ('round_cancelled')"),
    cancelled: Count('Cancelled before the round'),
    pending: Count('On rounds still to run'),
    passengers: Count('People carried'),
    km: Tenths('Planned km of the rounds that ran, shared by passengers'),
  },
  { description: 'Market shuttles' },
);

const figures = {
  requests: Count('Ride requests plus seat bookings'),
  served: Count('Served'),
  unmet: Count('Unmet'),
  cancelled: Count('Cancelled'),
  pending: Count('Not settled yet'),
  passengers: Count('People carried'),
  km: Tenths('Volunteer km plus shuttle km'),
  volunteerHours: Tenths('Volunteer driving hours'),
  residentsReached: Count('Distinct residents carried at least once (counted once in the group)'),
  unmetReasons: Type.Record(Type.String(), Type.Integer({ minimum: 0 }), {
    description: "Unmet by reason: 'no_volunteer_accepted', 'no_volunteer_available', 'shuttle_full', …",
  }),
  rides: RideFiguresOut,
  shuttles: ShuttleFiguresOut,
};

export const ReportOut = Type.Object({
  kind: Type.Enum(['month', 'commune', 'zone']),
  territoryName: Type.String(),
  timeZone: Type.String(),
  from: Type.String({ description: 'First month, YYYY-MM' }),
  to: Type.String({ description: 'Last month, included, YYYY-MM' }),
  rows: Type.Array(
    Type.Object({
      key: Type.String({ description: "'2026-03', a commune id or a zone name" }),
      label: Type.String({ description: "'mars 2026', the commune's or the zone's name" }),
      ...figures,
    }),
  ),
  totals: Type.Object(figures, {
    description: 'The whole period: residents reached are counted once, not summed over the rows',
  }),
  generatedAt: DateTime,
  summary: Nullable(
    Type.Object(
      {
        from: Type.String({ description: 'First month read from the summary, YYYY-MM' }),
        to: Type.String({ description: 'Last month read from the summary, YYYY-MM' }),
        computedAt: DateTime,
      },
      {
        description:
          'Settled months (before the previous month) read from the monthly summary the worker recomputes every 10 minutes, and when it was computed; the other months were computed at generatedAt. Null when every month was computed at generatedAt.',
      },
    ),
  ),
});
