import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hoursApart, rankMentors, scoreMentor, wakingOverlapHours, type MentorCandidate, type Seeker } from './mentor-match.js';
import { MENTOR_FOCUS } from './partners.js';

const NOW = new Date('2026-01-15T12:00:00Z');
const seeker: Seeker = { languages: ['es', 'en'], timeZone: 'America/Mexico_City', focus: ['alcohol', 'family'] };
const mentor = (accountId: string, overrides: Partial<MentorCandidate> = {}): MentorCandidate => ({
  accountId, languages: ['en'], timeZone: 'America/Mexico_City', focus: [], mentees: 0, ...overrides,
});

describe('waking-day overlap', () => {
  it.each([
    [0, 0, 14],
    [0, 2, 12],
    [-6, 1, 7],
    [0, 14, 4], // 14 h ahead is 10 h behind on the clock face
    [0, 12, 2],
    [5.5, 0, 8.5],
    [-10, 14, 14], // 24 h apart: the same clock, a day apart
  ])('offsets %s and %s overlap %s h', (a, b, hours) => {
    expect(wakingOverlapHours(a, b)).toBe(hours);
    expect(wakingOverlapHours(b, a)).toBe(hours);
  });

  it.each([
    [0, 2, 2],
    [-10, 12, 2],
    [5.5, -5, 10.5],
  ])('offsets %s and %s are %s h apart', (a, b, hours) => expect(hoursApart(a, b)).toBe(hours));
});

describe('rankMentors', () => {
  it('puts a shared language first, then the closer zone, then a shared focus', () => {
    const ranked = rankMentors(seeker, [
      mentor('a', { languages: ['fr'], focus: ['alcohol', 'family'] }),
      mentor('b', { languages: ['es'], timeZone: 'Europe/Madrid' }),
      mentor('c', { languages: ['es'] }),
      mentor('d', { languages: ['es'], focus: ['alcohol'] }),
    ], NOW);
    expect(ranked.map((r) => r.mentor.accountId)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('breaks ties with fewer current mentees, then the account id', () => {
    const ranked = rankMentors(seeker, [mentor('z', { mentees: 2 }), mentor('y', { mentees: 1 }), mentor('x', { mentees: 2 })], NOW);
    expect(ranked.map((r) => r.mentor.accountId)).toEqual(['y', 'x', 'z']);
  });

  it('gives the reasons a person reads: languages in my order, hours apart, shared focus', () => {
    const { reasons } = scoreMentor(seeker, mentor('m', { languages: ['en', 'es'], timeZone: 'America/New_York', focus: ['family', 'gambling'] }), NOW);
    expect(reasons).toEqual([
      { kind: 'language', language: 'es' },
      { kind: 'language', language: 'en' },
      { kind: 'time_zone', hoursApart: 1 },
      { kind: 'focus', focus: 'family' },
    ]);
  });
});

const ZONES = ['UTC', 'America/Chicago', 'America/Los_Angeles', 'Europe/Madrid', 'Asia/Kolkata', 'Asia/Tokyo', 'Pacific/Auckland'];
const LANGS = ['en', 'es', 'fr', 'pt', 'de'];
const arbMentor = fc.record({
  accountId: fc.uuid(),
  languages: fc.uniqueArray(fc.constantFrom(...LANGS), { maxLength: 4 }),
  timeZone: fc.constantFrom(...ZONES),
  focus: fc.uniqueArray(fc.constantFrom(...MENTOR_FOCUS), { maxLength: 4 }),
  mentees: fc.nat(10),
});
const arbSeeker = fc.record({
  languages: fc.uniqueArray(fc.constantFrom(...LANGS), { minLength: 1, maxLength: 3 }),
  timeZone: fc.constantFrom(...ZONES),
  focus: fc.uniqueArray(fc.constantFrom(...MENTOR_FOCUS), { maxLength: 4 }),
});
const arbNow = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true });

describe('rankMentors properties', () => {
  it('adding a language the seeker speaks never lowers the score', () => {
    fc.assert(fc.property(arbSeeker, arbMentor, arbNow, (s, m, now) => {
      const extra = s.languages.find((l) => !m.languages.includes(l));
      fc.pre(extra !== undefined);
      expect(scoreMentor(s, { ...m, languages: [...m.languages, extra!] }, now).score).toBeGreaterThanOrEqual(scoreMentor(s, m, now).score);
    }));
  });

  it('adding a focus the seeker chose never lowers the score', () => {
    fc.assert(fc.property(arbSeeker, arbMentor, arbNow, (s, m, now) => {
      const extra = s.focus.find((f) => !m.focus.includes(f));
      fc.pre(extra !== undefined);
      expect(scoreMentor(s, { ...m, focus: [...m.focus, extra!] }, now).score).toBeGreaterThan(scoreMentor(s, m, now).score);
    }));
  });

  it('orders totally and deterministically, whatever order the mentors come in', () => {
    fc.assert(fc.property(arbSeeker, fc.uniqueArray(arbMentor, { selector: (m) => m.accountId, maxLength: 8 }), arbNow, (s, ms, now) => {
      const once = rankMentors(s, ms, now).map((r) => r.mentor.accountId);
      const reversed = rankMentors(s, [...ms].reverse(), now).map((r) => r.mentor.accountId);
      expect(reversed).toEqual(once);
      expect(new Set(once).size).toBe(ms.length);
    }));
  });

  it('overlap lies between 2 and 14 hours (never more than 12 h apart) and is symmetric', () => {
    fc.assert(fc.property(fc.integer({ min: -24, max: 28 }), fc.integer({ min: -24, max: 28 }), (a, b) => {
      const o = wakingOverlapHours(a / 2, b / 2);
      expect(o).toBeGreaterThanOrEqual(2);
      expect(o).toBeLessThanOrEqual(14);
      expect(wakingOverlapHours(b / 2, a / 2)).toBe(o);
    }));
  });
});
