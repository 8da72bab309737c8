import { AjvCompiler } from '@fastify/ajv-compiler';
import type { FastifyServerOptions } from 'fastify';

type BuildValidator = NonNullable<
  NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>['buildValidator']
>;

/** Ajv options of every part of a request. */
const AJV_OPTIONS = {
  allErrors: true,
  // Unknown fields are reported, not silently dropped, so typos in a form surface.
  removeAdditional: false,
  useDefaults: true,
} as const;

type Plugins = NonNullable<Parameters<ReturnType<typeof AjvCompiler>>[1]>['plugins'];

const coercingPool = AjvCompiler();
const exactPool = AjvCompiler();

/**
 * Request validators by part. A query string, path parameters and headers arrive as text, so their
 * values are coerced to the schema's types ('5' → 5, one value → an array of one). A body is checked
 * as sent: with coercion a JSON `null` passes as `false`, `0` or `""`, so `{"late": null}` was read as
 * "not late" instead of refused. Form bodies (Twilio's webhooks) declare their fields as strings, which
 * they are.
 */
export const buildValidator: BuildValidator = (externalSchemas, options) => {
  // The server's `ajv` option (plugins, e.g. formats), if any, applies to both.
  const plugins = (options as { plugins?: Plugins } | undefined)?.plugins ?? [];
  const coercing = coercingPool(externalSchemas, {
    plugins,
    customOptions: { ...AJV_OPTIONS, coerceTypes: 'array' },
  });
  const exact = exactPool(externalSchemas, {
    plugins,
    customOptions: { ...AJV_OPTIONS, coerceTypes: false },
  });
  return (route) => (route.httpPart === 'body' ? exact(route) : coercing(route));
};
