import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AGENDA, agendaSchema } from '../../../../shared/meetings.js';
import { catalog } from '../../../i18n/catalog.js';
import { phaseTitle } from '../../../lib/phase-title.js';
import { AGENDA_LIMITS, agendaProblems, agendaToDraft, agendaToInput, defaultAgenda, movePhase, newPhase, totalMinutes } from './agenda-draft.js';

describe('the agenda editor’s draft', () => {
  it('mirrors the shared schema’s limits', () => {
    const phase = (minutes: number, title = 'x') => ({ kind: 'custom' as const, title, minutes });
    expect(agendaSchema.safeParse(Array.from({ length: AGENDA_LIMITS.phases }, () => phase(1))).success).toBe(true);
    expect(agendaSchema.safeParse(Array.from({ length: AGENDA_LIMITS.phases + 1 }, () => phase(1))).success).toBe(false);
    expect(agendaSchema.safeParse([phase(AGENDA_LIMITS.minutesMax)]).success).toBe(true);
    expect(agendaSchema.safeParse([phase(AGENDA_LIMITS.minutesMax + 1)]).success).toBe(false);
    expect(agendaSchema.safeParse([phase(AGENDA_LIMITS.minutesMin - 1)]).success).toBe(false);
    expect(agendaSchema.safeParse([phase(1, 'x'.repeat(AGENDA_LIMITS.titleMax + 1))]).success).toBe(false);
  });

  it('offers the default structure with the given titles', () => {
    const draft = defaultAgenda((kind) => `title of ${kind}`);
    expect(agendaToInput(draft)).toEqual(DEFAULT_AGENDA.map((p) => ({ ...p, title: `title of ${p.kind}` })));
    expect(totalMinutes(draft)).toBe(60);
  });

  it('opens default titles pre-filled in Spanish in English for an English reader, and a group’s own as written', () => {
    const stored = [
      { kind: 'opening_checkin' as const, title: catalog.es.meetings.agenda.kinds.opening_checkin, minutes: 10 },
      { kind: 'custom' as const, title: 'Nuestra parte', minutes: 5 },
    ];
    expect(agendaToDraft(stored).map((p) => p.title)).toEqual(['Ronda de apertura', 'Nuestra parte']);
    const inEnglish = (key: string) => catalog.en.meetings.agenda.kinds[key.replace('meetings.agenda.kinds.', '') as 'opening_checkin'];
    expect(agendaToDraft(stored, (p) => phaseTitle(inEnglish, p)).map((p) => p.title)).toEqual(['Opening check-in', 'Nuestra parte']);
  });

  it('moves a phase up and down, and never past either end', () => {
    const draft = agendaToDraft(DEFAULT_AGENDA);
    const titles = (list: typeof draft) => list.map((p) => p.title);
    expect(titles(movePhase(draft, 2, -1))).toEqual(['Opening check-in', 'Skill practice', 'Shared discussion', 'Closing reflections']);
    expect(titles(movePhase(draft, 0, 1))).toEqual(['Shared discussion', 'Opening check-in', 'Skill practice', 'Closing reflections']);
    expect(titles(movePhase(draft, 0, -1))).toEqual(titles(draft));
    expect(titles(movePhase(draft, 3, 1))).toEqual(titles(draft));
  });

  it('keeps every phase exactly once, whatever the moves', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 40 }), (size, moves) => {
        let list = Array.from({ length: size }, () => newPhase());
        const keys = list.map((p) => p.key).sort();
        for (const [at, up] of moves) list = movePhase(list, at % size, up ? -1 : 1);
        expect(list.map((p) => p.key).sort()).toEqual(keys);
      }),
    );
  });

  it('names the first problem and counts only valid minutes', () => {
    const draft = agendaToDraft(DEFAULT_AGENDA);
    expect(agendaProblems(draft)).toBeNull();
    expect(agendaProblems([...draft, newPhase()])).toBe('meetings.agenda.needTitle');
    expect(agendaProblems([{ ...draft[0]!, minutes: 'ten' }])).toBe('meetings.agenda.badMinutes');
    expect(agendaProblems([{ ...draft[0]!, minutes: '241' }])).toBe('meetings.agenda.badMinutes');
    expect(agendaProblems(Array.from({ length: 13 }, () => ({ ...newPhase(), title: 'x' })))).toBe('meetings.agenda.tooMany');
    expect(totalMinutes([{ ...draft[0]!, minutes: 'ten' }, draft[1]!])).toBe(25);
  });
});
