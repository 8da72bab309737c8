/**
 * Generates src/api/schema.d.ts, the TypeScript types of the API client, from the API's OpenAPI
 * document (written by `pnpm --filter @solimob/api openapi`, no server or database needed). The web
 * build runs it first and then type-checks the app, so a changed route breaks the build, not the user.
 * The file is committed; a test fails when it is stale.
 *
 *   pnpm --filter @solimob/web api-types            (re)writes src/api/schema.d.ts
 *   pnpm --filter @solimob/web api-types --check    exits 1 when the committed file is stale
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const API_TYPES_FILE = path.join(webDir, 'src', 'api', 'schema.d.ts');
const apiDir = path.resolve(webDir, '..', 'api');

const HEADER = `/*
 * Generated from the API's OpenAPI document by services/web/scripts/api-types.ts: do not edit.
 * Regenerate with \`pnpm --filter @solimob/web api-types\` (the web build does it too).
 */

`;

/** The OpenAPI document as the API builds it (its own script, run with tsx in the API package). */
async function openApiDocument(): Promise<unknown> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'solimob-openapi-'));
  const file = path.join(dir, 'openapi.json');
  try {
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/openapi.ts', '--out', file], {
      cwd: apiDir,
      env: { ...process.env, INIT_CWD: apiDir },
    });
    return JSON.parse(await readFile(file, 'utf8'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function generateApiTypes(): Promise<string> {
  const document = (await openApiDocument()) as Parameters<typeof openapiTS>[0];
  const ast = await openapiTS(document, { alphabetize: true });
  return `${HEADER}${astToString(ast)}`;
}

async function main() {
  console.log('Generating the API types from the OpenAPI document…');
  const generated = await generateApiTypes();
  const current = await readFile(API_TYPES_FILE, 'utf8').catch(() => '');
  if (process.argv.includes('--check')) {
    if (current !== generated) {
      console.error(`${API_TYPES_FILE} is stale: run pnpm --filter @solimob/web api-types`);
      process.exit(1);
    }
    return;
  }
  if (current === generated) {
    console.log('API types up to date (src/api/schema.d.ts)');
    return;
  }
  await writeFile(API_TYPES_FILE, generated);
  console.log('API types written to src/api/schema.d.ts');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
