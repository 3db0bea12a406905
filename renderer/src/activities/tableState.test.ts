import { describe, expect, it } from 'vitest';
import { MAX_WIDTH, MIN_WIDTH, readTableState, type TableState } from './tableState';

const fallback: TableState = {
  sorting: [{ id: 'reference', desc: false }],
  columnVisibility: { owner: false },
  widths: {},
};

describe('readTableState', () => {
  it('reads back what was kept', () => {
    const kept: TableState = {
      sorting: [{ id: 'name', desc: true }],
      columnVisibility: { owner: true, retention: false },
      widths: { name: 420, department: 90 },
    };
    expect(readTableState(JSON.stringify(kept), fallback)).toEqual(kept);
  });

  it('starts from the defaults when nothing, or nothing readable, was kept', () => {
    expect(readTableState(null, fallback)).toEqual(fallback);
    expect(readTableState('{not json', fallback)).toEqual(fallback);
    expect(readTableState('[1,2]', fallback)).toEqual(fallback);
  });

  it('drops malformed parts and keeps widths within bounds', () => {
    const odd = JSON.stringify({
      sorting: [
        { id: 'name', desc: 'yes' },
        { id: 'status', desc: false },
      ],
      columnVisibility: { owner: 'no', retention: true },
      widths: { name: 5, owner: 99_999, department: 'wide', status: 130.4 },
    });
    expect(readTableState(odd, fallback)).toEqual({
      sorting: [{ id: 'status', desc: false }],
      columnVisibility: { retention: true },
      widths: { name: MIN_WIDTH, owner: MAX_WIDTH, status: 130 },
    });
  });
});
