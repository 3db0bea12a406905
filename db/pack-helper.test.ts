// The packing thread gives exactly what the writer would store, in order, even after a packing
// that was started and never taken (a write that failed between the two).
import { describe, expect, it } from 'vitest';
import { encodeChanges } from './history-chain';
import { startPacking } from './pack-helper';

const texts = (tag: string) =>
  Array.from({ length: 40 }, (_, i) => JSON.stringify({ name: { before: null, after: `${tag} ${i} `.repeat(i * 3) } }));

describe('pack helper', () => {
  it('packs as encodeChanges does, skipping the answer to a packing never finished', () => {
    const abandoned = startPacking(texts('first'), 0, encodeChanges, 160);
    expect(abandoned).not.toBeNull();
    const second = texts('second');
    const packing = startPacking(second, 10, encodeChanges, 160);
    const packed = packing!.finish();
    expect(packed).toEqual(second.map(encodeChanges));
    // Short texts stay text, long ones become the same bytes one thread would have stored.
    expect(typeof packed[0]).toBe('string');
    expect(Buffer.isBuffer(packed.at(-1))).toBe(true);
  });
});
