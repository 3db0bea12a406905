import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{db,core,cli,web,bench,electron,renderer,scripts}/**/*.test.ts'],
          environment: 'node',
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
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
