import { describe, expect, it } from 'vitest';
import { partOfDay } from './greeting.js';

describe('partOfDay', () => {
  const noonUtc = new Date('2025-03-10T12:00:00Z');
  it.each([
    ['UTC', 'afternoon'],
    ['Asia/Tokyo', 'evening'],
    ['America/Los_Angeles', 'morning'],
  ])('in %s', (zone, expected) => {
    expect(partOfDay(noonUtc, zone)).toBe(expected);
  });
});
