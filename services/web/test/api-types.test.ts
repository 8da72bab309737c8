import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from '../scripts/api-types';

describe('the API client types', () => {
  it('match the API as it is now (run `pnpm --filter @solimob/web api-types` when this fails)', async () => {
    const committed = await readFile(API_TYPES_FILE, 'utf8');
    expect(committed === (await generateApiTypes()), 'src/api/schema.d.ts is stale').toBe(true);
  }, 120_000);
});
