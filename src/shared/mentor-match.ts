import type { MentorFocus, MentorReason } from './partners.js';
import { zoneOffset } from './recurrence-zone.js';

/**
 * Ranking suggested mentors: plain data in, plain data out. What matters most is that
 * the two can talk (a shared language), then that their waking days overlap (a mentor
 * asleep whenever the mentee needs them helps little), then a shared focus. Ties go to
 * the mentor with fewer mentees, then to the account id, so the order is total and the
 * same on every call.
 */

export interface Seeker {
  /** The seeker's locale first, then any other languages they read (ISO 639-1). */
  languages: readonly string[];
  timeZone: string;
  focus: readonly MentorFocus[];
}

export interface MentorCandidate {
  accountId: string;
  languages: readonly string[];
  timeZone: string;
  focus: readonly MentorFocus[];
  mentees: number;
}

export interface RankedMentor<M extends MentorCandidate> {
  mentor: M;
  score: number;
  reasons: MentorReason[];
}

/** The waking day everyone is assumed to keep, local hours. */
export const WAKING_START = 8;
export const WAKING_END = 22;
const WAKING_HOURS = WAKING_END - WAKING_START;

const WEIGHT = { anyLanguage: 100, extraLanguage: 5, overlapHour: 3, focus: 10 } as const;

/** Hours the two waking days (08:00–22:00 local) overlap, given each zone's UTC offset in hours. */
export function wakingOverlapHours(offsetA: number, offsetB: number): number {
  // In UTC hours, A is awake over [8 − offsetA, 22 − offsetA]; compare B a day either side too.
  const a0 = WAKING_START - offsetA;
  let best = 0;
  for (const shift of [-24, 0, 24]) {
    const b0 = WAKING_START - offsetB + shift;
    const overlap = Math.min(a0 + WAKING_HOURS, b0 + WAKING_HOURS) - Math.max(a0, b0);
    best = Math.max(best, overlap);
  }
  return best;
}

/** How far apart two offsets are on the clock face, in hours (0–12). */
export function hoursApart(offsetA: number, offsetB: number): number {
  const d = Math.abs(offsetA - offsetB) % 24;
  return Math.min(d, 24 - d);
}

function offsetHours(zone: string, now: Date): number {
  return zoneOffset(zone, now.getTime()) / 3_600_000;
}

/** One mentor's score and the reasons a person would read, for a seeker at `now`. */
export function scoreMentor(seeker: Seeker, mentor: MentorCandidate, now: Date): { score: number; reasons: MentorReason[] } {
  const mine = new Set(seeker.languages);
  const shared = [...new Set(mentor.languages)].filter((l) => mine.has(l));
  const a = offsetHours(seeker.timeZone, now);
  const b = offsetHours(mentor.timeZone, now);
  const overlap = wakingOverlapHours(a, b);
  const wanted = new Set(seeker.focus);
  const focus = [...new Set(mentor.focus)].filter((f) => wanted.has(f));
  const score =
    (shared.length > 0 ? WEIGHT.anyLanguage + WEIGHT.extraLanguage * (shared.length - 1) : 0) +
    WEIGHT.overlapHour * overlap +
    WEIGHT.focus * focus.length;
  // The seeker's own order of languages decides which one is named first.
  const named = seeker.languages.filter((l, i) => shared.includes(l) && seeker.languages.indexOf(l) === i);
  const reasons: MentorReason[] = [
    ...named.map((language) => ({ kind: 'language' as const, language })),
    { kind: 'time_zone', hoursApart: hoursApart(a, b) },
    ...focus.map((f) => ({ kind: 'focus' as const, focus: f })),
  ];
  return { score, reasons };
}

/** The order of two ranked mentors: higher score, then fewer mentees, then account id. */
export function compareRanked(x: RankedMentor<MentorCandidate>, y: RankedMentor<MentorCandidate>): number {
  return y.score - x.score || x.mentor.mentees - y.mentor.mentees || (x.mentor.accountId < y.mentor.accountId ? -1 : x.mentor.accountId > y.mentor.accountId ? 1 : 0);
}

export function rankMentors<M extends MentorCandidate>(seeker: Seeker, mentors: readonly M[], now: Date): Array<RankedMentor<M>> {
  return mentors.map((mentor) => ({ mentor, ...scoreMentor(seeker, mentor, now) })).sort(compareRanked);
}
