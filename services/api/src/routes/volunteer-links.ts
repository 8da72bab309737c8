import formbody from '@fastify/formbody';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { schema } from '@solimob/db';
import {
  completeTrip,
  monthlyStatement,
  recordNoShow,
  respondToOffer,
  type ServiceContext,
  ServiceError,
  StatementMonth,
  statementPdf,
  volunteerPage,
  withdrawFromTrip,
} from '@solimob/domain';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { renderErrorPage, renderVolunteerPage } from '../pages/volunteer-page';
import { toErrorResponse } from '../plugins/errors';
import { linkOf } from '../plugins/links';
import { Uuid } from '../schemas/common';
import { access, type RouteDeps } from './types';

const FORM = 'application/x-www-form-urlencoded';
const Token = Type.String({
  pattern: '^[A-Za-z0-9_-]{40,60}$',
  description: 'The signed link token sent by SMS',
});
const html = (description: string) => ({
  description,
  content: { 'text/html': { schema: { type: 'string' } } },
});
/** Link routes answer their own failures as a French page; only 500s go to the JSON error handler. */
const htmlErrors = {
  400: html('Not understood'),
  401: html('Invalid or expired link'),
  403: html('Not this volunteer'),
  404: html('Not found'),
  409: html('No longer possible'),
};
const backToPage = { description: 'Back to the page, with what happened', type: 'null' };

/** What the page says after an action (303 back to it with ?n=…). */
const NOTICES: Record<string, string> = {
  assigned: 'Merci ! Le trajet est à vous : les détails sont ci-dessous et vous arrivent aussi par SMS.',
  refused: "C'est noté, merci de nous avoir répondu.",
  taken: 'Ce trajet a déjà trouvé un chauffeur. Merci de votre disponibilité !',
  expired: "Ce trajet n'est plus à pourvoir. Merci quand même !",
  busy: "Vous avez déjà un trajet à ce moment-là : nous proposons celui-ci à quelqu'un d'autre.",
  completed: 'Merci ! Le trajet est enregistré ; les kilomètres figureront sur votre relevé du mois.',
  released: "C'est noté : nous cherchons un autre chauffeur. Merci de nous avoir prévenus.",
  no_show: "C'est noté. Pensez à indiquer « Course faite » pour vos kilomètres.",
};

/** The volunteer whose link was presented, acting for themselves in their territory. */
async function volunteerContext(request: FastifyRequest, deps: RouteDeps): Promise<ServiceContext> {
  const { id } = linkOf(request);
  const [volunteer] = await deps.db.db
    .select({ territoryId: schema.volunteerDrivers.territoryId })
    .from(schema.volunteerDrivers)
    .where(eq(schema.volunteerDrivers.id, id));
  if (!volunteer) throw new ServiceError('unauthenticated', 'Invalid link');
  return {
    db: deps.db.db,
    clock: deps.clock,
    actor: { kind: 'volunteer', volunteerDriverId: id, territoryId: volunteer.territoryId },
    channel: 'web',
  };
}

const pageUrl = (token: string) => `/b/${token}`;
const redirectWith = (reply: FastifyReply, token: string, notice: string) =>
  reply.redirect(`${pageUrl(token)}?n=${encodeURIComponent(notice)}`, 303);

/**
 * A volunteer's own page, reached by the signed, expiring link of their offer SMS: answer offers, see
 * the details of the trips they drive, close one ("Course faite"), give one back, report a no-show,
 * print a monthly statement. Server-rendered French HTML with plain forms; every action calls the same
 * verb as the SMS channel, acting as this volunteer only.
 */
export function volunteerLinkRoutes(scope: FastifyInstance, deps: RouteDeps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const common = { tags: ['volunteer-page'] };

  app.setErrorHandler((error, request, reply) => {
    const { status, body } = toErrorResponse(error, request.id);
    // The JSON handler logs and shapes internal errors.
    if (status >= 500) throw error;
    const message =
      error instanceof ServiceError && error.residentMessage
        ? error.residentMessage
        : status === 401
          ? "Ce lien n'est pas valide. Appelez le CIAS si besoin."
          : `Cette action n'est pas possible (${body.error.message}).`;
    return reply.status(status).type('text/html; charset=utf-8').send(renderErrorPage(message));
  });

  app.get(
    '/b/:token',
    {
      config: { access: access.link('volunteer') },
      schema: {
        operationId: 'showVolunteerPage',
        ...common,
        summary: "The volunteer's page: offers to answer, trips to drive with the pick-up details",
        params: Type.Object({ token: Token }),
        querystring: Type.Object({ n: Type.Optional(Type.String({ maxLength: 20 })) }),
        produces: ['text/html'],
        response: { 200: html('The page'), ...htmlErrors },
      },
    },
    async (request, reply) => {
      const ctx = await volunteerContext(request, deps);
      const page = await volunteerPage(ctx, linkOf(request).id);
      const notice = request.query.n ? NOTICES[request.query.n] : undefined;
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('referrer-policy', 'no-referrer')
        .send(renderVolunteerPage(page, pageUrl(request.params.token), notice));
    },
  );

  app.post(
    '/b/:token/offers/:offerId',
    {
      config: { access: access.link('volunteer') },
      schema: {
        operationId: 'answerOfferOnPage',
        ...common,
        summary: 'Answer an offer from the page (Oui / Non), as "OUI 4821" by SMS would',
        consumes: [FORM],
        params: Type.Object({ token: Token, offerId: Uuid }),
        body: Type.Object({ answer: Type.Enum(['yes', 'no']) }),
        response: { 303: backToPage, ...htmlErrors },
      },
    },
    async (request, reply) => {
      const ctx = await volunteerContext(request, deps);
      const answer = await respondToOffer(ctx, {
        volunteerDriverId: linkOf(request).id,
        offerId: request.params.offerId,
        answer: request.body.answer,
      });
      return redirectWith(reply, request.params.token, answer.outcome);
    },
  );

  app.post(
    '/b/:token/missions/:missionId/complete',
    {
      config: { access: access.link('volunteer') },
      schema: {
        operationId: 'completeMissionOnPage',
        ...common,
        summary: 'Close a trip from the page ("Course faite"), as "FAIT 4821" by SMS would',
        params: Type.Object({ token: Token, missionId: Uuid }),
        response: { 303: backToPage, ...htmlErrors },
      },
    },
    async (request, reply) => {
      const ctx = await volunteerContext(request, deps);
      await completeTrip(ctx, { volunteerDriverId: linkOf(request).id, missionId: request.params.missionId });
      return redirectWith(reply, request.params.token, 'completed');
    },
  );

  app.post(
    '/b/:token/missions/:missionId/withdraw',
    {
      config: { access: access.link('volunteer') },
      schema: {
        operationId: 'withdrawFromMissionOnPage',
        ...common,
        summary: 'Give a trip back from the page ("Je ne peux plus"): it is offered again at once',
        params: Type.Object({ token: Token, missionId: Uuid }),
        response: { 303: backToPage, ...htmlErrors },
      },
    },
    async (request, reply) => {
      const ctx = await volunteerContext(request, deps);
      await withdrawFromTrip(ctx, {
        volunteerDriverId: linkOf(request).id,
        missionId: request.params.missionId,
      });
      return redirectWith(reply, request.params.token, 'released');
    },
  );

  app.post(
    '/b/:token/missions/:missionId/no-show',
    {
      config: { access: access.link('volunteer') },
      schema: {
        operationId: 'reportNoShowOnPage',
        ...common,
        summary: 'Report from the page that a passenger was not there at pick-up',
        consumes: [FORM],
        params: Type.Object({ token: Token, missionId: Uuid }),
        body: Type.Object({ rideRequestId: Uuid }),
        response: { 303: backToPage, ...htmlErrors },
      },
    },
    async (request, reply) => {
      const ctx = await volunteerContext(request, deps);
      await recordNoShow(ctx, {
        rideRequestId: request.body.rideRequestId,
        volunteerDriverId: linkOf(request).id,
      });
      return redirectWith(reply, request.params.token, 'no_show');
    },
  );

  app.get(
    '/b/:token/statements/:month',
    {
      config: { access: access.link('volunteer') },
      schema: {
        operationId: 'printVolunteerStatement',
        ...common,
        summary: "The volunteer's own monthly mileage statement, as a printable PDF",
        params: Type.Object({ token: Token, month: StatementMonth }),
        produces: ['application/pdf'],
        response: {
          200: {
            description: 'The statement',
            content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
          },
          ...htmlErrors,
        },
      },
    },
    async (request, reply) => {
      const ctx = await volunteerContext(request, deps);
      const statement = await monthlyStatement(ctx, linkOf(request).id, request.params.month);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="releve-${statement.month}.pdf"`)
        .send(await statementPdf(statement));
    },
  );
}

/** Registers the link pages with their form parser, in the signed-link scope. */
export async function registerVolunteerLinkRoutes(scope: FastifyInstance, deps: RouteDeps): Promise<void> {
  await scope.register(formbody);
  volunteerLinkRoutes(scope, deps);
}
