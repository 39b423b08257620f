import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default'],
    // No test may fail because a shared, loaded machine is slow: the default wall-clock limits (5 s per test,
    // 10 s per hook) are raised to two minutes; tests that start worker threads or read large inputs set their own.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
