import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared.ts';

/**
 * Unit tests (src/**) and the browser tests (test/e2e/**): those build the app when needed, start the
 * real API and worker on a fresh database and drive the system Chromium, hence the long hook timeout.
 */
export default mergeConfig(
  sharedTestConfig,
  defineConfig({
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 60_000,
      hookTimeout: 300_000,
      // One browser, one stack: the e2e files share them and run one after the other.
      fileParallelism: false,
    },
  }),
);
