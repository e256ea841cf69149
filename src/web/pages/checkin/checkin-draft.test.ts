import { describe, expect, it } from 'vitest';
import { checkinBody, type Checkin } from '../../../shared/recovery/checkins.js';
import { addStrategy, bodyFrom, draftFrom, emptyDraft, MAX_STRATEGIES, parseHours, strategyChips } from './checkin-draft.js';

const saved: Checkin = {
  date: '2026-03-02',
  mood: 4,
  energy: 3,
  craving: 2,
  stress: 5,
  sleepHours: 7.5,
  sleepQuality: 4,
  meals: true,
  note: 'Walked by the river.',
  strategies: ['called a friend'],
  goals: [
    { goalId: 'b1c2d3e4-0000-4000-8000-000000000001', met: false },
    { goalId: 'b1c2d3e4-0000-4000-8000-00000000000a', met: true },
  ],
  createdAt: '2026-03-02T20:00:00.000Z',
  updatedAt: '2026-03-02T20:00:00.000Z',
};

describe('check-in draft', () => {
  it('round-trips a saved day into a body the shared schema accepts', () => {
    const body = bodyFrom(draftFrom(saved, ['b1c2d3e4-0000-4000-8000-000000000001']));
    const parsed = checkinBody.parse(body);
    expect(parsed).toMatchObject({ mood: 4, energy: 3, craving: 2, stress: 5, sleepHours: 7.5, sleepQuality: 4, meals: true });
    expect(parsed.goals).toEqual([{ goalId: 'b1c2d3e4-0000-4000-8000-000000000001', met: false }]);
  });

  it("starts each asked goal from the day's recorded answer, unanswered otherwise, and leaves other goals out", () => {
    const asked = ['b1c2d3e4-0000-4000-8000-00000000000a', 'b1c2d3e4-0000-4000-8000-00000000000b'];
    expect(draftFrom(saved, asked).goals).toEqual({ [asked[0]!]: true, [asked[1]!]: null });
    expect(draftFrom(null, asked).goals).toEqual({ [asked[0]!]: null, [asked[1]!]: null });
  });

  it('leaves unanswered scales for the schema to name, and unanswered goals out', () => {
    const draft = { ...emptyDraft(), mood: 3, goals: { g: null } };
    const body = bodyFrom(draft);
    expect(body.goals).toBeUndefined();
    const result = checkinBody.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0]).sort()).toEqual(['craving', 'energy', 'stress']);
  });

  it('sends an empty note as null and keeps optional answers null', () => {
    const body = bodyFrom({ ...emptyDraft(), mood: 1, energy: 1, craving: 0, stress: 0, note: '   ' });
    expect(body).toMatchObject({ note: null, sleepHours: null, sleepQuality: null, meals: null, strategies: [] });
    expect(checkinBody.safeParse(body).success).toBe(true);
  });

  it.each([
    ['7', 7],
    ['7.5', 7.5],
    ['7,5', 7.5],
    ['  ', null],
    ['lots', 'lots'],
  ])('reads sleep hours %j as %j', (text, expected) => {
    expect(parseHours(text)).toBe(expected);
  });

  it('adds typed strategies once, trimmed, up to the limit', () => {
    expect(addStrategy(['Called a friend'], '  called   a friend ')).toEqual(['Called a friend']);
    expect(addStrategy([], '  went for a walk ')).toEqual(['went for a walk']);
    expect(addStrategy(['a'], '   ')).toEqual(['a']);
    const full = Array.from({ length: MAX_STRATEGIES }, (_, i) => `s${i}`);
    expect(addStrategy(full, 'one more')).toEqual(full);
  });

  it('shows recent strategies, then chosen ones that are not among them', () => {
    expect(strategyChips(['Walk', 'Tea'], ['tea', 'Journal'])).toEqual(['Walk', 'Tea', 'Journal']);
  });
});
