/**
 * Writes the API's OpenAPI document without a running server or database: the app is built with a
 * connection pool that is never used and a Redis probe that is never called. The web client's types and
 * the `redocly lint` check in ./scripts/test are generated from this file.
 *
 *   pnpm --filter @solimob/api openapi [--out <file>]   (default: stdout)
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDb } from '@solimob/db';
import { Redis } from 'ioredis';
import { buildApp } from '../src/app';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const db = createDb('postgres://unused@127.0.0.1:1/unused', { max: 1 });
const redis = new Redis('redis://127.0.0.1:1', { lazyConnect: true });
const app = await buildApp({
  config: {
    PUBLIC_BASE_URL: 'http://localhost:3000',
    SIGNED_LINK_SECRET: 'not-a-secret-only-used-to-build-the-document',
    SESSION_TTL_HOURS: 12,
    LOG_LEVEL: 'silent',
    TWILIO_AUTH_TOKEN: undefined,
    TWILIO_ACCOUNT_SID: undefined,
  },
  db,
  redis,
  logger: false,
});
await app.ready();
const document = `${JSON.stringify(app.swagger(), null, 2)}\n`;
await app.close();
await db.close();
redis.disconnect();
if (values.out) {
  const target = resolve(process.env.INIT_CWD ?? process.cwd(), values.out);
  await writeFile(target, document);
  console.error(`OpenAPI document written to ${target}`);
} else {
  process.stdout.write(document);
}
