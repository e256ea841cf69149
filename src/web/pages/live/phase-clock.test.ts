import { describe, expect, it } from 'vitest';
import { clockText, minutesBetween, phaseClock, secondsSince } from './phase-clock.js';

const start = '2026-11-28T18:00:00.000Z';
const at = (minutes: number, seconds = 0) => Date.parse(start) + minutes * 60_000 + seconds * 1000;

describe('phaseClock', () => {
  it('counts down to startedAt + minutes and says when it is over time', () => {
    expect(phaseClock({ startedAt: start, minutes: 10 }, at(0))).toEqual({ left: 600, over: false });
    expect(phaseClock({ startedAt: start, minutes: 10 }, at(9, 59))).toEqual({ left: 1, over: false });
    expect(phaseClock({ startedAt: start, minutes: 10 }, at(10))).toEqual({ left: 0, over: false });
    expect(phaseClock({ startedAt: start, minutes: 10 }, at(12, 30))).toEqual({ left: -150, over: true });
  });

  it('includes extensions in the planned minutes and has nothing to say before a phase starts', () => {
    expect(phaseClock({ startedAt: start, minutes: 15 }, at(12))?.over).toBe(false);
    expect(phaseClock({ startedAt: null, minutes: 10 }, at(0))).toBeNull();
  });
});

describe('clockText', () => {
  it('reads like a wall clock, the same either side of the end', () => {
    expect([0, 5, 65, 600, -150].map(clockText)).toEqual(['0:00', '0:05', '1:05', '10:00', '2:30']);
  });
});

describe('minutesBetween', () => {
  it('rounds to whole minutes and never goes below zero', () => {
    expect(minutesBetween(start, '2026-11-28T18:09:40.000Z')).toBe(10);
    expect(minutesBetween(start, '2026-11-28T18:09:20.000Z')).toBe(9);
    expect(minutesBetween(start, '2026-11-28T17:59:00.000Z')).toBe(0);
  });
});

describe('secondsSince', () => {
  it('counts up in whole seconds, and a clock a little ahead of this device reads zero', () => {
    expect(secondsSince(start, at(0))).toBe(0);
    expect(secondsSince(start, at(2, 15.9))).toBe(135);
    expect(secondsSince(start, at(-1))).toBe(0);
  });
});
