import type { AgendaPhase } from '../../../api/meetings.js';

/** Mirrors agendaSchema in src/shared/meetings.ts (kept out of the first download with zod). */
export const AGENDA_LIMITS = { phases: 12, titleMax: 80, minutesMin: 1, minutesMax: 240 } as const;

type Kind = AgendaPhase['kind'];

/** One phase as the editor holds it; `key` keeps React rows and focus stable while phases move. */
export interface AgendaDraft {
  key: string;
  kind: Kind;
  title: string;
  minutes: string;
}

let nextKey = 0;
const newKey = () => `phase-${++nextKey}`;

/**
 * The stored agenda as the editor holds it; `title` gives each phase's title as the viewer
 * reads it (usePhaseTitle: a default title, whoever's language pre-filled it, in the viewer's).
 */
export function agendaToDraft(phases: readonly AgendaPhase[], title: (phase: AgendaPhase) => string = (p) => p.title): AgendaDraft[] {
  return phases.map((p) => ({ key: newKey(), kind: p.kind, title: title(p), minutes: String(p.minutes) }));
}

/** The default structure, with titles in the facilitator's language: they become the series' own titles. */
export function defaultAgenda(title: (kind: Kind) => string): AgendaDraft[] {
  const phases: Array<[Kind, number]> = [
    ['opening_checkin', 10],
    ['discussion', 25],
    ['skill_practice', 15],
    ['closing_reflection', 10],
  ];
  return phases.map(([kind, minutes]) => ({ key: newKey(), kind, title: title(kind), minutes: String(minutes) }));
}

export function newPhase(minutes = 10): AgendaDraft {
  return { key: newKey(), kind: 'custom', title: '', minutes: String(minutes) };
}

/** The list with the phase at `index` swapped with its neighbour `delta` (-1 up, +1 down) away. */
export function movePhase(list: readonly AgendaDraft[], index: number, delta: -1 | 1): AgendaDraft[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export function minutesValid(minutes: string): boolean {
  const n = Number(minutes);
  return /^\d+$/.test(minutes.trim()) && n >= AGENDA_LIMITS.minutesMin && n <= AGENDA_LIMITS.minutesMax;
}

export function totalMinutes(list: readonly AgendaDraft[]): number {
  return list.reduce((sum, p) => sum + (minutesValid(p.minutes) ? Number(p.minutes) : 0), 0);
}

/** Translation key of the first problem, or null. An empty draft means "the server's default". */
export function agendaProblems(list: readonly AgendaDraft[]): string | null {
  if (list.some((p) => !p.title.trim())) return 'meetings.agenda.needTitle';
  if (list.some((p) => !minutesValid(p.minutes))) return 'meetings.agenda.badMinutes';
  if (list.length > AGENDA_LIMITS.phases) return 'meetings.agenda.tooMany';
  return null;
}

export function agendaToInput(list: readonly AgendaDraft[]): AgendaPhase[] {
  return list.map((p) => ({ kind: p.kind, title: p.title.trim(), minutes: Number(p.minutes) }));
}
