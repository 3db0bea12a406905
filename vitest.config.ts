import { defineConfig } from 'vitest/config';

/**
 * expect.poll gives up after 1 s by default. What the tests poll for (a check on its worker thread,
 * a row painted) comes in milliseconds on a quiet machine, and in seconds on a loaded CI runner:
 * the first start of a worker compiles its code through tsx. A real failure still fails, later.
 */
const expectations = { poll: { timeout: 15_000 } };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{db,core,cli,web,bench,electron,renderer,scripts}/**/*.test.ts'],
          environment: 'node',
          expect: expectations,
          pool: 'forks',
          // Two at once even on two cores (vitest's default would be one): many unit tests wait on
          // child processes, workers and file locks, so the second core is otherwise mostly idle.
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          environment: 'node',
          expect: expectations,
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
