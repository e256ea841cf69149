import type { Checkin } from '../../../shared/recovery/checkins.js';

export const MAX_STRATEGIES = 10;

/** The check-in form's editable state: `null` is "not answered yet". */
export interface CheckinDraft {
  mood: number | null;
  energy: number | null;
  craving: number | null;
  stress: number | null;
  /** As typed, so "7,5" and "" survive until saving. */
  sleepHours: string;
  sleepQuality: number | null;
  meals: boolean | null;
  note: string;
  strategies: string[];
  /** "Substance-free today?" per abstain goal id; `true` = yes, `false` = a lapse. */
  goals: Record<string, boolean | null>;
}

export function emptyDraft(): CheckinDraft {
  return { mood: null, energy: null, craving: null, stress: null, sleepHours: '', sleepQuality: null, meals: null, note: '', strategies: [], goals: {} };
}

/**
 * A saved day, ready to edit. `askedGoals` are the abstain goals the form asks about: each
 * starts from the check-in's recorded answer, or unanswered; answers for other goals (archived
 * since, say) stay out, so saving never touches them.
 */
export function draftFrom(checkin: Checkin | null, askedGoals: readonly string[] = []): CheckinDraft {
  const recorded = new Map((checkin?.goals ?? []).map((a) => [a.goalId, a.met]));
  const goals = Object.fromEntries(askedGoals.map((id) => [id, recorded.get(id) ?? null]));
  if (!checkin) return { ...emptyDraft(), goals };
  return {
    mood: checkin.mood,
    energy: checkin.energy,
    craving: checkin.craving,
    stress: checkin.stress,
    sleepHours: checkin.sleepHours === null ? '' : String(checkin.sleepHours),
    sleepQuality: checkin.sleepQuality,
    meals: checkin.meals,
    note: checkin.note ?? '',
    strategies: [...checkin.strategies],
    goals,
  };
}

/** "7.5", "7,5" → 7.5; "" → null; anything else stays as typed so the schema names the field. */
export function parseHours(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? value : trimmed;
}

/**
 * The request body for `PUT /api/checkins/:date`. Unanswered required scales stay
 * `undefined` so the shared schema reports them; goals nobody answered are left out.
 */
export function bodyFrom(draft: CheckinDraft): Record<string, unknown> {
  const goals = Object.entries(draft.goals)
    .filter((entry): entry is [string, boolean] => entry[1] !== null)
    .map(([goalId, met]) => ({ goalId, met }));
  const note = draft.note.trim();
  return {
    mood: draft.mood ?? undefined,
    energy: draft.energy ?? undefined,
    craving: draft.craving ?? undefined,
    stress: draft.stress ?? undefined,
    sleepHours: parseHours(draft.sleepHours),
    sleepQuality: draft.sleepQuality,
    meals: draft.meals,
    note: note === '' ? null : draft.note,
    strategies: draft.strategies,
    ...(goals.length > 0 ? { goals } : {}),
  };
}

/** Adds a strategy typed by the member: trimmed, once (ignoring case), at most MAX_STRATEGIES. */
export function addStrategy(list: readonly string[], text: string): string[] {
  const strategy = text.trim().replace(/\s+/g, ' ');
  if (!strategy || list.length >= MAX_STRATEGIES) return [...list];
  if (list.some((s) => s.toLocaleLowerCase() === strategy.toLocaleLowerCase())) return [...list];
  return [...list, strategy];
}

/** Suggestions first (the member's recent ones), then any chosen strategy not among them. */
export function strategyChips(suggestions: readonly string[], chosen: readonly string[]): string[] {
  const known = new Set(suggestions.map((s) => s.toLocaleLowerCase()));
  return [...suggestions, ...chosen.filter((s) => !known.has(s.toLocaleLowerCase()))];
}
