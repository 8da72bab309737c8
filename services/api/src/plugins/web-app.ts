import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { access } from '../routes/types';

/** Where `pnpm --filter @solimob/web build` writes the single-page app (services/web/dist). */
export const defaultWebDistDir = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/**
 * Paths the single-page app answers: its root and the staff pages under /app. The pages reached by the
 * signed links put in SMS (LINK_PATHS: a volunteer's page, a round's route sheet) are rendered by the API
 * itself, light enough for an old phone.
 */
export const webAppPaths = ['/', '/app', '/app/*'];

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Solimob : application web non construite</title></head>
<body>
<main>
<h1>L'application web n'est pas construite</h1>
<p>L'API fonctionne, mais les pages de l'application ne sont pas encore construites.</p>
<p>Lancez <code>./scripts/start</code>, qui les construit, ou construisez-les à la main :
<code>pnpm --filter @solimob/web build</code>, puis rechargez cette page.</p>
<p>La documentation de l'API est sur <a href="/docs">/docs</a>.</p>
</main>
</body>
</html>
`;

/**
 * The app's HTML is never cached (it names the current hashed assets) and never leaks a signed link's
 * token to another site (no Referer). Everything it loads comes from this origin.
 */
function pageHeaders(reply: FastifyReply): FastifyReply {
  return reply.headers({
    'cache-control': 'no-cache',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'content-security-policy':
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; " +
      "frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  });
}

/**
 * Serves the built web app from the same origin as the API: hashed assets under /assets/ (cached for a
 * year), index.html for the app's own paths. Hidden from the OpenAPI document. When the app is not built
 * the API still runs and these paths say, in French, how to build it; the check is made per request so a
 * build made while the API runs is picked up.
 */
export async function registerWebApp(app: FastifyInstance, distDir = defaultWebDistDir): Promise<void> {
  const indexFile = path.join(distDir, 'index.html');
  await app.register(fastifyStatic, {
    root: path.join(distDir, 'assets'),
    prefix: '/assets/',
    schemaHide: true,
    index: false,
    immutable: true,
    maxAge: '365d',
    // The folder appears with the first build: no warning when the API starts before it.
    suppressWarning: true,
  });
  for (const url of webAppPaths) {
    app.get(url, { schema: { hide: true }, config: { access: access.public } }, async (_request, reply) => {
      if (!existsSync(indexFile)) {
        return pageHeaders(reply).status(503).type('text/html; charset=utf-8').send(NOT_BUILT_PAGE);
      }
      return pageHeaders(reply).sendFile('index.html', distDir, { cacheControl: false });
    });
  }
}
