import { defineConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared.ts';

const shared = sharedTestConfig.test!;

/**
 * Two projects: unit tests (src/**, test/*.test.ts) and the browser tests (test/e2e/**). The browser
 * tests share one real stack started by their global setup (the app built when needed, a fresh seeded
 * database, the API and worker processes) and one file runs at a time, hence the long hook timeout.
 * The shared settings are spelled out per project: `extends` would merge the include lists.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/*.test.ts'],
          pool: shared.pool,
          testTimeout: shared.testTimeout,
          hookTimeout: shared.hookTimeout,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          pool: shared.pool,
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
