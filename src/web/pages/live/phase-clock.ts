import type { Phase } from '../../../shared/live-session/schema.js';

/** Where a phase's time stands: whole seconds left (negative once past its planned end). */
export interface PhaseClock {
  /** Seconds until the planned end; negative when over time. */
  left: number;
  over: boolean;
}

/** A phase ends at startedAt + minutes (extensions included); nothing moves on by itself. */
export function phaseClock(phase: Pick<Phase, 'startedAt' | 'minutes'>, now: number): PhaseClock | null {
  if (!phase.startedAt) return null;
  const end = Date.parse(phase.startedAt) + phase.minutes * 60_000;
  const left = Math.ceil((end - now) / 1000);
  return { left, over: left < 0 };
}

/** "7:05" for seconds, as a clock on the wall would show it. */
export function clockText(seconds: number): string {
  const s = Math.abs(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Whole minutes a finished phase took, rounded, at least 0. */
export function minutesBetween(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000));
}

/** Whole seconds since an instant, for a clock that counts up (never below zero). */
export function secondsSince(since: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(since)) / 1000));
}
