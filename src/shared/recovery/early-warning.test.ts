import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRAVING_TRIGGERS, type CravingTrigger } from './cravings.js';
import { earlyWarningSigns, signalSchema, SIGNAL_CODES, type EarlyWarningInput, type Signal } from './early-warning.js';
import { addDays } from './local-date.js';

const TODAY = '2026-03-18';
const ago = (n: number) => addDays(TODAY, -n);
type CheckinIn = EarlyWarningInput['checkins'][number];
type CravingIn = EarlyWarningInput['cravings'][number];

/** A calm day; each test changes only what it is about. */
const checkin = (back: number, over: Partial<CheckinIn> = {}): CheckinIn => ({
  date: ago(back), mood: 4, energy: 4, craving: 1, stress: 2, sleepHours: 8, meals: true, ...over,
});
const craving = (back: number, intensity: number, triggers: CravingTrigger[] = []): CravingIn => ({
  localDate: ago(back), intensity, triggers, outcome: 'rode_it_out',
});
function input(over: Partial<EarlyWarningInput> = {}): EarlyWarningInput {
  const checkins = over.checkins ?? [];
  // By default the latest check-in is the latest given, so no_recent_checkin stays out of the other tables.
  const lastCheckinDate = checkins.length ? checkins.map((c) => c.date).sort().at(-1)! : TODAY;
  return { today: TODAY, checkins, cravings: [], meetings: { attended: 0, missed: 0 }, lastCheckinDate, ...over };
}
/** Check-ins on the given days back with one field set to the given values. */
const series = (field: 'mood' | 'craving', backs: number[], values: number[]) => backs.map((b, i) => checkin(b, { [field]: values[i] }));
const only = (code: Signal['code'], i: EarlyWarningInput) => earlyWarningSigns(i).find((s) => s.code === code) ?? null;

describe('cravings_rising', () => {
  it.each([
    ['a steady climb to 7 is a notice', input({ checkins: series('craving', [6, 5, 4, 3, 2, 1, 0], [1, 2, 3, 4, 5, 6, 7]) }),
      { severity: 'notice', facts: { days: 7, risePerWeek: 7, latest: 7 } }],
    ['a slower climb to 4, every other day, is gentle', input({ checkins: series('craving', [8, 6, 4, 2, 0], [0, 1, 2, 3, 4]) }),
      { severity: 'gentle', facts: { days: 5, risePerWeek: 3.5, latest: 4 } }],
    ['logged cravings count, the strongest of a day', input({
      checkins: series('craving', [10, 8, 6, 4, 2, 0], [2, 2, 2, 2, 2, 2]),
      cravings: [craving(6, 3), craving(4, 5), craving(4, 1), craving(2, 7), craving(0, 9)],
    }), { severity: 'notice', facts: { days: 6, risePerWeek: 5.2, latest: 9 } }],
  ] as const)('present: %s', (_name, i, expected) => {
    expect(only('cravings_rising', i)).toMatchObject({ ...expected, nextSteps: ['log_craving', 'open_safety_plan', 'reach_out'] });
  });

  it.each([
    ['only 4 days of data', input({ checkins: series('craving', [9, 6, 3, 0], [1, 3, 5, 7]) })],
    ['5 days within less than a week', input({ checkins: series('craving', [4, 3, 2, 1, 0], [1, 3, 5, 7, 9]) })],
    ['flat', input({ checkins: series('craving', [12, 9, 6, 3, 0], [5, 5, 5, 5, 5]) })],
    // The fitted slope is still steep (0.59 a day), but today is below the fortnight's average.
    ['a climb that has come down again', input({ checkins: series('craving', [12, 9, 6, 3, 1, 0], [0, 3, 6, 9, 10, 4]) })],
    ['a gentle drift up (0.1 a day)', input({ checkins: series('craving', [12, 9, 6, 3, 0], [2, 2.3, 2.6, 2.9, 3.2]) })],
    ['a climb that ended more than 14 days ago', input({ checkins: series('craving', [20, 18, 16, 14], [1, 4, 7, 9]) })],
  ] as const)('absent: %s', (_name, i) => {
    expect(only('cravings_rising', i)).toBeNull();
  });
});

describe('mood_falling', () => {
  it('present when mood slides over the fortnight and is low now', () => {
    const i = input({ checkins: series('mood', [10, 8, 6, 4, 2, 0], [5, 5, 4, 4, 3, 2]) });
    expect(only('mood_falling', i)).toEqual({
      code: 'mood_falling', severity: 'notice', facts: { days: 6, dropPerWeek: 2.1, latest: 2 }, nextSteps: ['reach_out', 'go_to_meeting', 'open_safety_plan'],
    });
  });
  it.each([
    ['flat', series('mood', [10, 8, 6, 4, 2, 0], [3, 3, 3, 3, 3, 3])],
    ['a slide that lifted today', series('mood', [12, 9, 6, 3, 1, 0], [5, 4, 3, 2, 1, 4])],
    ['too few days', series('mood', [10, 5, 0], [5, 3, 1])],
  ])('absent: %s', (_name, checkins) => {
    expect(only('mood_falling', input({ checkins }))).toBeNull();
  });
});

describe('short_sleep', () => {
  const nights = (backs: number[], hours: number | null) => backs.map((b) => checkin(b, { sleepHours: hours }));
  it.each([
    [nights([1, 5, 9], 5.5), { severity: 'gentle', facts: { nights: 3, hours: 6, days: 14 } }],
    [nights([0, 1, 2, 3, 4, 13], 4), { severity: 'notice', facts: { nights: 6, hours: 6, days: 14 } }],
  ] as const)('present: %#', (checkins, expected) => {
    expect(only('short_sleep', input({ checkins }))).toMatchObject({ ...expected, nextSteps: ['rest', 'reach_out'] });
  });
  it.each([
    ['two short nights', nights([1, 5], 4)],
    ['three nights of exactly 6 hours', nights([1, 5, 9], 6)],
    ['sleep not recorded', nights([1, 5, 9], null)],
    ['short nights more than 14 days ago', [...nights([14, 15, 16], 4), checkin(0)]],
  ])('absent: %s', (_name, checkins) => {
    expect(only('short_sleep', input({ checkins }))).toBeNull();
  });
});

describe('no_recent_checkin', () => {
  it.each([
    [ago(4), [], { severity: 'gentle', facts: { days: 3 } }],
    [ago(8), [], { severity: 'notice', facts: { days: 7 } }],
    [ago(40), [], { severity: 'notice', facts: { days: 39 } }],
    [ago(30), [checkin(5)], { severity: 'gentle', facts: { days: 4 } }],
  ] as const)('present: last check-in %s', (lastCheckinDate, checkins, expected) => {
    expect(only('no_recent_checkin', input({ lastCheckinDate, checkins: [...checkins] }))).toMatchObject({ ...expected, nextSteps: ['reach_out'] });
  });
  it.each([
    ['checked in 3 days ago (2 full days since)', ago(3), []],
    ['checked in today', TODAY, []],
    ['never checked in', null, []],
    ['an old last date but a check-in yesterday', ago(30), [checkin(1)]],
    ['a last date ahead of today (time zone moved)', ago(-1), []],
  ])('absent: %s', (_name, lastCheckinDate, checkins) => {
    expect(only('no_recent_checkin', input({ lastCheckinDate, checkins }))).toBeNull();
  });
  it('ignores a check-in dated after today', () => {
    expect(only('no_recent_checkin', input({ lastCheckinDate: ago(5), checkins: [checkin(-2)] }))?.facts).toEqual({ days: 4 });
  });
});

describe('missed_meetings', () => {
  it.each([
    [{ attended: 5, missed: 2 }, 'gentle'],
    [{ attended: 0, missed: 1 }, 'gentle'],
    [{ attended: 1, missed: 3 }, 'gentle'],
    [{ attended: 0, missed: 3 }, 'notice'],
  ] as const)('present: %j', (meetings, severity) => {
    expect(only('missed_meetings', input({ meetings }))).toEqual({
      code: 'missed_meetings', severity, facts: meetings, nextSteps: ['go_to_meeting', 'reach_out'],
    });
  });
  it.each([[{ attended: 1, missed: 1 }], [{ attended: 0, missed: 0 }], [{ attended: 4, missed: 0 }], [{ attended: NaN, missed: -3 }]])(
    'absent: %j', (meetings) => expect(only('missed_meetings', input({ meetings }))).toBeNull(),
  );
});

describe('halt', () => {
  const hungryAngry = (back: number) => checkin(back, { meals: false, stress: 8 });
  it.each([
    ['hungry and angry on 2 of the last 3 days', [hungryAngry(0), hungryAngry(2), checkin(1)], [],
      { severity: 'gentle', facts: { days: 2, ofDays: 3, hungry: 2, angry: 2, lonely: 0, tired: 0 } }],
    ['three days running is a notice', [hungryAngry(0), hungryAngry(1), checkin(2, { energy: 1, sleepHours: 5 })], [craving(2, 4, ['loneliness'])],
      { severity: 'notice', facts: { days: 3, ofDays: 3, hungry: 2, angry: 2, lonely: 1, tired: 1 } }],
    ['from craving triggers alone', [checkin(0)], [craving(0, 5, ['loneliness', 'tiredness']), craving(1, 3, ['hunger']), craving(1, 3, ['anger'])],
      { severity: 'gentle', facts: { days: 2, ofDays: 3, hungry: 1, angry: 1, lonely: 1, tired: 1 } }],
  ] as const)('present: %s', (_name, checkins, cravings, expected) => {
    expect(only('halt', input({ checkins: [...checkins], cravings: [...cravings] }))).toMatchObject(expected);
  });
  it.each([
    ['only one such day', [hungryAngry(0), checkin(1), checkin(2)]],
    ['one sign a day', [checkin(0, { meals: false }), checkin(1, { stress: 9 }), checkin(2, { energy: 1 })]],
    ['the second day is 3 days back', [hungryAngry(0), hungryAngry(3)]],
  ])('absent: %s', (_name, checkins) => {
    expect(only('halt', input({ checkins }))).toBeNull();
  });
});

const checkinArb: fc.Arbitrary<CheckinIn> = fc.record({
  date: fc.integer({ min: -2, max: 20 }).map(ago),
  mood: fc.integer({ min: 1, max: 5 }),
  energy: fc.integer({ min: 1, max: 5 }),
  craving: fc.integer({ min: 0, max: 10 }),
  stress: fc.integer({ min: 0, max: 10 }),
  sleepHours: fc.option(fc.integer({ min: 0, max: 24 }).map((h) => h / 2)),
  meals: fc.option(fc.boolean()),
});
const cravingArb: fc.Arbitrary<CravingIn> = fc.record({
  localDate: fc.integer({ min: -2, max: 20 }).map(ago),
  intensity: fc.integer({ min: 0, max: 10 }),
  triggers: fc.subarray([...CRAVING_TRIGGERS]),
  outcome: fc.constantFrom('rode_it_out' as const, 'used' as const),
});
const inputArb: fc.Arbitrary<EarlyWarningInput> = fc.record({
  today: fc.constant(TODAY),
  checkins: fc.array(checkinArb, { maxLength: 20 }),
  cravings: fc.array(cravingArb, { maxLength: 15 }),
  meetings: fc.record({ attended: fc.nat(6), missed: fc.nat(6) }),
  lastCheckinDate: fc.option(fc.integer({ min: 0, max: 30 }).map(ago)),
});
const codes = (i: EarlyWarningInput) => earlyWarningSigns(i).map((s) => s.code);

describe('earlyWarningSigns properties', () => {
  it('finds nothing in an empty input, and from a last check-in date alone at most no_recent_checkin', () => {
    expect(earlyWarningSigns(input({ lastCheckinDate: null }))).toEqual([]);
    fc.assert(
      fc.property(fc.integer({ min: -3, max: 400 }), (back) => {
        for (const code of codes(input({ lastCheckinDate: ago(back) }))) expect(code).toBe('no_recent_checkin');
      }),
    );
  });

  it('gives well-formed signals in a fixed order, deterministically, whatever the order of the records', () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        const signals = earlyWarningSigns(i);
        for (const s of signals) {
          expect(signalSchema.parse(s)).toEqual(s);
          expect(Object.values(s.facts).every(Number.isFinite)).toBe(true);
          expect(s.nextSteps.length).toBeGreaterThan(0);
        }
        const order = signals.map((s) => SIGNAL_CODES.indexOf(s.code));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        expect(earlyWarningSigns({ ...i, checkins: [...i.checkins].reverse(), cravings: [...i.cravings].reverse() })).toEqual(signals);
      }),
      { numRuns: 300 },
    );
  });

  it('an all-good check-in after everything else never adds a signal (but a first check-in starts the no-check-in count)', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 13 }), (i, back) => {
        const day = ago(back);
        const before: EarlyWarningInput = {
          ...i,
          checkins: i.checkins.filter((c) => c.date < day),
          cravings: i.cravings.filter((c) => c.localDate < day),
          lastCheckinDate: i.lastCheckinDate !== null && i.lastCheckinDate < day ? i.lastCheckinDate : null,
        };
        const good: CheckinIn = { date: day, mood: 5, energy: 5, craving: 0, stress: 0, sleepHours: 8, meals: true };
        const after = codes({ ...before, checkins: [...before.checkins, good], lastCheckinDate: day });
        const firstEver = before.lastCheckinDate === null && before.checkins.length === 0;
        for (const code of after) {
          if (!(firstEver && code === 'no_recent_checkin')) expect(codes(before)).toContain(code);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('records outside the 14 days change nothing but the date of the last check-in', () => {
    fc.assert(
      fc.property(inputArb, fc.array(fc.tuple(checkinArb, fc.integer({ min: 14, max: 60 })).map(([c, back]) => ({ ...c, date: ago(back) })), { maxLength: 6 }), (i, old) => {
        const lastCheckinDate = i.lastCheckinDate ?? ago(60);
        const base = { ...i, lastCheckinDate };
        const stale = old.filter((c) => c.date <= lastCheckinDate);
        expect(earlyWarningSigns({ ...base, checkins: [...base.checkins, ...stale] })).toEqual(earlyWarningSigns(base));
      }),
      { numRuns: 200 },
    );
  });
});
