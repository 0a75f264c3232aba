import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/build/**/*.test.ts'],
    // The build tests run real `astro` builds of fixture sites: give them time.
    testTimeout: 60_000,
  },
});
