import { defineConfig } from 'vitest/config';

/**
 * Page budgets on the built site: run after `astro build` (npm run test:budgets),
 * unlike vitest.config.ts, whose tests run before any build.
 */
export default defineConfig({
  test: {
    include: ['test/budgets/**/*.test.ts'],
  },
});
