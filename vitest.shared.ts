import { defineConfig } from 'vitest/config';

/** One vitest setup for every package: real Postgres and Redis, so generous timeouts and no threads. */
export const sharedTestConfig = defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    passWithNoTests: false,
  },
});
