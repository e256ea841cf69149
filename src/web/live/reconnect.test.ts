import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './reconnect.js';

describe('reconnectDelay', () => {
  it('doubles from about a second up to 30 s, in the upper half of each step', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map((n) => reconnectDelay(n, () => 0))).toEqual([500, 1000, 2000, 4000, 8000, 15000, 15000, 15000]);
    expect([0, 1, 2, 3, 4, 5, 6, 10].map((n) => reconnectDelay(n, () => 1))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });

  it('spreads apps out with jitter', () => {
    const waits = new Set(Array.from({ length: 20 }, () => reconnectDelay(4)));
    expect(waits.size).toBeGreaterThan(1);
    for (const w of waits) expect(w).toBeGreaterThanOrEqual(8000);
  });
});
