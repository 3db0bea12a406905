import { describe, expect, it } from 'vitest';
import { GROWTH_END, GROWTH_START, withGrowthTable } from './growth';

describe('the growth table in README', () => {
  const readme = ['## Benchmark', 'before', GROWTH_START, '| old | table |', GROWTH_END, 'after', ''].join('\n');

  it('replaces only what stands between the markers, keeping them for the next run', () => {
    const table = '| | 1,000 |\n|---|---:|\n| open | 1.1 ms |\n';
    const once = withGrowthTable(readme, table);
    expect(once).toBe(['## Benchmark', 'before', GROWTH_START, table + GROWTH_END, 'after', ''].join('\n'));
    expect(once).not.toContain('old');
    // A second run replaces the first run's table rather than adding to it.
    expect(withGrowthTable(once!, table)).toBe(once);
  });

  it('leaves a README without markers alone', () => {
    expect(withGrowthTable('## Benchmark\nno markers\n', '| x |\n')).toBeNull();
    expect(withGrowthTable(`${GROWTH_END}\n${GROWTH_START}\n`, '| x |\n')).toBeNull();
  });
});
