import {
  AddRoundVehicleInput,
  addRoundVehicle,
  BookSeatInput,
  bookSeat,
  CancelRoundInput,
  CancelSeatBookingInput,
  ChangeRoundInput,
  CreateShuttleLineInput,
  cancelRound,
  cancelSeatBooking,
  changeRound,
  createShuttleLine,
  enqueueJob,
  getRound,
  getRoundPlan,
  getRoundPlanningState,
  getRouteSheet,
  getRouteSheetByLink,
  getShuttleLine,
  ListResidentSeatBookingsQuery,
  ListSeatBookingsQuery,
  ListShuttleLinesQuery,
  ListShuttleRoundsQuery,
  ListSubscriptionsQuery,
  listResidentSeatBookings,
  listRounds,
  listSeatBookings,
  listShuttleLines,
  listSubscriptions,
  renderRouteSheetPdf,
  routeSheetLink,
  SkipDateInput,
  SubscribeInput,
  skipDate,
  subscribe,
  UpdateShuttleLineInput,
  unsubscribe,
  updateShuttleLine,
  withTransaction,
} from '@solimob/domain';
import Type from 'typebox';
import { contextOf } from '../plugins/auth';
import { linkOf } from '../plugins/links';
import { IdParams, PageOf } from '../schemas/common';
import {
  PdfResponse,
  ResidentSeatBookingOut,
  RoundPlanningOut,
  RoundPlanOut,
  RouteSheetLinkOut,
  SeatBookingOut,
  ShuttleLineOut,
  ShuttleRoundOut,
  ShuttleSubscriptionOut,
} from '../schemas/shuttles';
import { type App, access, type RouteDeps } from './types';

const PDF = 'application/pdf';

/** Lines and their rounds: staff manage them (`shuttles:write`), everyone with `shuttles:read` sees them. */
export function shuttleLineRoutes(app: App, deps: RouteDeps) {
  const tags = ['shuttles'];
  app.get(
    '/shuttle-lines',
    {
      config: { access: access.staff('shuttles:read') },
      schema: {
        operationId: 'listShuttleLines',
        tags,
        summary: 'List the market-shuttle lines',
        querystring: ListShuttleLinesQuery,
        response: { 200: PageOf(ShuttleLineOut) },
      },
    },
    async (request) => listShuttleLines(contextOf(request, deps), request.query),
  );
  app.post(
    '/shuttle-lines',
    {
      config: { access: access.staff('shuttles:write') },
      schema: {
        operationId: 'createShuttleLine',
        tags,
        summary: 'Create a line (market, weekday, times, communes, stops, vehicles) and generate its rounds',
        body: CreateShuttleLineInput,
        response: { 201: ShuttleLineOut },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createShuttleLine(contextOf(request, deps), request.body)),
  );
  app.get(
    '/shuttle-lines/:id',
    {
      config: { access: access.staff('shuttles:read') },
      schema: {
        operationId: 'getShuttleLine',
        tags,
        summary: 'Get one line',
        params: IdParams,
        response: { 200: ShuttleLineOut },
      },
    },
    async (request) => getShuttleLine(contextOf(request, deps), request.params.id),
  );
  app.patch(
    '/shuttle-lines/:id',
    {
      config: { access: access.staff('shuttles:write') },
      schema: {
        operationId: 'updateShuttleLine',
        tags,
        summary: 'Change a line for the rounds generated from now on (lists replace the whole list)',
        params: IdParams,
        body: UpdateShuttleLineInput,
        response: { 200: ShuttleLineOut },
      },
    },
    async (request) => updateShuttleLine(contextOf(request, deps), request.params.id, request.body),
  );
}

export function shuttleRoundRoutes(app: App, deps: RouteDeps) {
  const tags = ['shuttles'];
  app.get(
    '/shuttle-rounds',
    {
      config: { access: access.staff('shuttles:read') },
      schema: {
        operationId: 'listShuttleRounds',
        tags,
        summary: 'List rounds by service date, with seats taken and the waitlist',
        querystring: ListShuttleRoundsQuery,
        response: { 200: PageOf(ShuttleRoundOut) },
      },
    },
    async (request) => listRounds(contextOf(request, deps), request.query),
  );
  app.get(
    '/shuttle-rounds/:id',
    {
      config: { access: access.staff('shuttles:read') },
      schema: {
        operationId: 'getShuttleRound',
        tags,
        summary: 'Get one round',
        params: IdParams,
        response: { 200: ShuttleRoundOut },
      },
    },
    async (request) => getRound(contextOf(request, deps), request.params.id),
  );
  app.post(
    '/shuttle-rounds/:id/cancel',
    {
      config: { access: access.staff('shuttles:write') },
      schema: {
        operationId: 'cancelShuttleRound',
        tags,
        summary: 'Cancel a round: every booking on it is cancelled and its resident told',
        params: IdParams,
        body: CancelRoundInput,
        response: { 200: ShuttleRoundOut },
      },
    },
    async (request) => cancelRound(contextOf(request, deps), request.params.id, request.body),
  );
  app.patch(
    '/shuttle-rounds/:id',
    {
      config: { access: access.staff('shuttles:write') },
      schema: {
        operationId: 'changeShuttleRound',
        tags,
        summary: 'Move a round to another date or change its times; the residents booked on it are told',
        params: IdParams,
        body: ChangeRoundInput,
        response: { 200: ShuttleRoundOut },
      },
    },
    async (request) => changeRound(contextOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/shuttle-rounds/:id/vehicles',
    {
      config: { access: access.staff('shuttles:write') },
      schema: {
        operationId: 'addShuttleRoundVehicle',
        tags,
        summary: 'Add a vehicle to one round: the waitlist moves up into its places',
        params: IdParams,
        body: AddRoundVehicleInput,
        response: { 201: ShuttleRoundOut },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addRoundVehicle(contextOf(request, deps), request.params.id, request.body)),
  );
  app.post(
    '/shuttle-rounds/:id/plan',
    {
      config: { access: access.staff('shuttles:write') },
      schema: {
        operationId: 'planShuttleRound',
        tags,
        summary: 'Queue a planning run now (a preview before the cut-off, or a re-plan); poll the plan',
        params: IdParams,
        response: { 202: Type.Object({ queued: Type.Boolean() }) },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request, deps);
      await withTransaction(ctx, async (tx) => {
        // Loaded through the verb so the round is checked against the caller's territory and role.
        await getRound(tx, request.params.id);
        await enqueueJob(
          tx.db,
          'plan-shuttle-round',
          { shuttleRoundId: request.params.id },
          // Stamped with the service clock: the planning state compares it with the round's plannedAt.
          { territoryId: tx.actor.territoryId, availableAt: tx.clock.now() },
        );
      });
      return reply.status(202).send({ queued: true });
    },
  );
  app.get(
    '/shuttle-rounds/:id/plan',
    {
      config: { access: access.staff('shuttles:plan') },
      schema: {
        operationId: 'getShuttleRoundPlan',
        tags,
        summary: "A round's plan: per leg and vehicle, the order, times and places, and the route for a map",
        params: IdParams,
        response: { 200: RoundPlanOut },
      },
    },
    async (request) => getRoundPlan(contextOf(request, deps), request.params.id),
  );
  app.get(
    '/shuttle-rounds/:id/planning',
    {
      config: { access: access.staff('shuttles:plan') },
      schema: {
        operationId: 'getShuttleRoundPlanningState',
        tags,
        summary: "Where a round's planning stands: idle, queued (not yet with the worker) or running",
        params: IdParams,
        response: { 200: RoundPlanningOut },
      },
    },
    async (request) => getRoundPlanningState(contextOf(request, deps), request.params.id),
  );
  app.get(
    '/shuttle-rounds/:id/route-sheet.pdf',
    {
      // Names, addresses and phone numbers: the staff who run the rounds, not every reader.
      config: { access: access.staff('shuttles:write') },
      schema: {
        operationId: 'getShuttleRouteSheet',
        tags,
        summary: "The driver's route sheet as a printable A4 PDF",
        params: IdParams,
        response: { 200: PdfResponse },
      },
    },
    async (request, reply) => {
      const pdf = await renderRouteSheetPdf(await getRouteSheet(contextOf(request, deps), request.params.id));
      return reply.type(PDF).header('cache-control', 'no-store').send(pdf);
    },
  );
  app.post(
    '/shuttle-rounds/:id/route-sheet-link',
    {
      config: { access: access.staff('shuttles:write') },
      schema: {
        operationId: 'createShuttleRouteSheetLink',
        tags,
        summary:
          "A signed link to the round's route sheet for the driver (no login, expires after the round)",
        params: IdParams,
        response: { 200: RouteSheetLinkOut },
      },
    },
    async (request) => routeSheetLink(contextOf(request, deps), request.params.id, deps.links),
  );
}

/** Seats: staff, partners and (through their channels) residents book with `shuttles:book`. */
export function seatBookingRoutes(app: App, deps: RouteDeps) {
  const tags = ['shuttles'];
  app.get(
    '/shuttle-rounds/:id/bookings',
    {
      config: { access: access.staff('shuttles:read') },
      schema: {
        operationId: 'listSeatBookings',
        tags,
        summary: "A round's bookings: confirmed, then the waitlist in order, then cancelled",
        params: IdParams,
        querystring: ListSeatBookingsQuery,
        response: { 200: PageOf(SeatBookingOut) },
      },
    },
    async (request) => listSeatBookings(contextOf(request, deps), request.params.id, request.query),
  );
  app.get(
    '/seat-bookings',
    {
      config: { access: access.staff('shuttles:read') },
      schema: {
        operationId: 'listResidentSeatBookings',
        tags,
        summary: "One resident's seats on shuttle rounds by service date, with the round's date and times",
        querystring: ListResidentSeatBookingsQuery,
        response: { 200: PageOf(ResidentSeatBookingOut) },
      },
    },
    async (request) => listResidentSeatBookings(contextOf(request, deps), request.query),
  );
  app.post(
    '/seat-bookings',
    {
      config: { access: access.staff('shuttles:book') },
      schema: {
        operationId: 'bookSeat',
        tags,
        summary: 'Book a seat for a resident: confirmed while there is room, otherwise waitlisted',
        body: BookSeatInput,
        response: { 201: SeatBookingOut },
      },
    },
    async (request, reply) => reply.status(201).send(await bookSeat(contextOf(request, deps), request.body)),
  );
  app.post(
    '/seat-bookings/:id/cancel',
    {
      config: { access: access.staff('shuttles:book') },
      schema: {
        operationId: 'cancelSeatBooking',
        tags,
        summary: 'Cancel a seat (after the cut-off: a late cancellation); the first waiting person moves up',
        params: IdParams,
        body: CancelSeatBookingInput,
        response: { 200: SeatBookingOut },
      },
    },
    async (request) => cancelSeatBooking(contextOf(request, deps), request.params.id, request.body ?? {}),
  );
  app.get(
    '/shuttle-subscriptions',
    {
      config: { access: access.staff('shuttles:read') },
      schema: {
        operationId: 'listShuttleSubscriptions',
        tags,
        summary: "Regulars' standing bookings",
        querystring: ListSubscriptionsQuery,
        response: { 200: PageOf(ShuttleSubscriptionOut) },
      },
    },
    async (request) => listSubscriptions(contextOf(request, deps), request.query),
  );
  app.post(
    '/shuttle-subscriptions',
    {
      config: { access: access.staff('shuttles:book') },
      schema: {
        operationId: 'subscribeToShuttleLine',
        tags,
        summary: 'Book a resident on every round of a line ("every Monday"), from the open rounds on',
        body: SubscribeInput,
        response: { 201: ShuttleSubscriptionOut },
      },
    },
    async (request, reply) => reply.status(201).send(await subscribe(contextOf(request, deps), request.body)),
  );
  app.post(
    '/shuttle-subscriptions/:id/skips',
    {
      config: { access: access.staff('shuttles:book') },
      schema: {
        operationId: 'skipShuttleDate',
        tags,
        summary: 'A regular will not travel on one date: their seat on that round is released',
        params: IdParams,
        body: SkipDateInput,
        response: { 200: ShuttleSubscriptionOut },
      },
    },
    async (request) => skipDate(contextOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/shuttle-subscriptions/:id/end',
    {
      config: { access: access.staff('shuttles:book') },
      schema: {
        operationId: 'endShuttleSubscription',
        tags,
        summary: 'End a standing booking; its seats on rounds still open are cancelled',
        params: IdParams,
        response: { 200: ShuttleSubscriptionOut },
      },
    },
    async (request) => unsubscribe(contextOf(request, deps), request.params.id),
  );
}

/** The driver's page: the route sheet of the round the signed link names, nothing else. */
export function routeSheetLinkRoutes(app: App, deps: RouteDeps) {
  app.get(
    '/f/:token',
    {
      config: { access: access.link('shuttle-round') },
      schema: {
        operationId: 'getShuttleRouteSheetByLink',
        tags: ['shuttles'],
        summary: "The route sheet PDF of the round named by the driver's signed link",
        params: Type.Object({ token: Type.String() }, { additionalProperties: false }),
        response: { 200: PdfResponse },
      },
    },
    async (request, reply) => {
      const { id } = linkOf(request);
      const pdf = await renderRouteSheetPdf(
        await getRouteSheetByLink({ db: deps.db.db, clock: deps.clock }, id),
      );
      return reply.type(PDF).header('cache-control', 'no-store').send(pdf);
    },
  );
}
