import { settings } from '@solimob/config';
import { getTerritoryProfile } from '@solimob/domain';
import Type from 'typebox';
import { contextOf } from '../plugins/auth';
import { Nullable } from '../schemas/common';
import { type App, access, type RouteDeps } from './types';

export interface MapTiles {
  /** A {z}/{x}/{y} template, or null: routes and stops drawn without a background map. */
  url: string | null;
  attribution: string;
}

/** A setting's one default, from its definition (tests build the app without these keys). */
const defaultOf = (setting: unknown) => (setting as { default: string }).default;

/** The deployment's map tiles from MAP_TILE_URL ('none' turns them off) and MAP_TILE_ATTRIBUTION. */
export function mapTilesOf(config: { MAP_TILE_URL?: string; MAP_TILE_ATTRIBUTION?: string }): MapTiles {
  const url = config.MAP_TILE_URL ?? defaultOf(settings.MAP_TILE_URL);
  return {
    url: url === 'none' ? null : url,
    attribution: config.MAP_TILE_ATTRIBUTION ?? defaultOf(settings.MAP_TILE_ATTRIBUTION),
  };
}

/** Settings of the deployment the web app needs before anyone logs in. Nothing secret. */
export function appConfigRoutes(app: App, tiles: MapTiles) {
  app.get(
    '/app-config',
    {
      config: { access: access.public },
      schema: {
        operationId: 'getAppConfig',
        summary: "The web app's settings from the deployment (map tiles)",
        tags: ['app'],
        response: {
          200: Type.Object({
            mapTiles: Type.Object({
              url: Nullable(
                Type.String({ description: 'Tile URL template ({z}/{x}/{y}); null: no background map' }),
              ),
              attribution: Type.String(),
            }),
          }),
        },
      },
    },
    async (_request, reply) => reply.header('cache-control', 'no-cache').send({ mapTiles: tiles }),
  );
}

/** The caller's territory: names, time zone, and the rules a ride request must meet. */
export function territoryRoutes(app: App, deps: RouteDeps) {
  app.get(
    '/territory',
    {
      config: { access: access.staff('any') },
      schema: {
        operationId: 'getTerritory',
        summary: "The caller's territory: name, time zone, and the ride intake rules (notice, days, hours)",
        tags: ['app'],
        response: {
          200: Type.Object({
            id: Type.String({ format: 'uuid' }),
            name: Type.String(),
            timeZone: Type.String({ description: 'IANA zone: show and read times in it' }),
            contactPhone: Nullable(Type.String()),
            rides: Type.Object({
              minNoticeHours: Type.Integer(),
              serviceDays: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), {
                description: 'ISO weekdays (1 = Monday)',
              }),
              serviceStart: Type.String({ description: 'HH:MM, local time' }),
              serviceEnd: Type.String({ description: 'HH:MM, local time' }),
              destinationRadiusKm: Type.Number(),
            }),
          }),
        },
      },
    },
    async (request) => getTerritoryProfile(contextOf(request, deps)),
  );
}
