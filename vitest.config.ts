import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit+api',
          include: ['src/**/*.test.ts', 'migrations/**/*.test.ts', 'test/api/**/*.test.ts', 'test/process/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          hookTimeout: 30_000,
          globalSetup: ['test/helpers/global-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A page on a loaded CI machine can take more than a second to show a change:
          // expect.poll waits up to 15 s (vitest's default is 1 s) before it fails.
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false,
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
