import { describe, expect, it } from 'vitest';
import { DEFAULT_AGENDA } from '../../shared/meetings.js';
import { catalog } from '../i18n/catalog.js';
import { phaseTitle } from './phase-title.js';

const inSpanish = (key: string) => {
  const kind = key.replace('meetings.agenda.kinds.', '') as keyof typeof catalog.es.meetings.agenda.kinds;
  return catalog.es.meetings.agenda.kinds[kind];
};
const inEnglish = (key: string) => {
  const kind = key.replace('meetings.agenda.kinds.', '') as keyof typeof catalog.en.meetings.agenda.kinds;
  return catalog.en.meetings.agenda.kinds[kind];
};

describe('phaseTitle', () => {
  it("reads the server's default agenda (stored in English) in the viewer's language", () => {
    expect(DEFAULT_AGENDA.map((p) => phaseTitle(inSpanish, p))).toEqual([
      'Ronda de apertura',
      'Conversación compartida',
      'Práctica de habilidades',
      'Reflexiones de cierre',
    ]);
  });

  it('reads a default title pre-filled in Spanish in English, and the other way round', () => {
    expect(phaseTitle(inEnglish, { kind: 'opening_checkin', title: 'Ronda de apertura' })).toBe('Opening check-in');
    expect(phaseTitle(inSpanish, { kind: 'closing_reflection', title: 'Closing reflections' })).toBe('Reflexiones de cierre');
  });

  it("keeps a group's own titles as written, and a default title under another kind too", () => {
    expect(phaseTitle(inSpanish, { kind: 'discussion', title: 'Weekend plans' })).toBe('Weekend plans');
    expect(phaseTitle(inSpanish, { kind: 'custom', title: 'Opening check-in' })).toBe('Opening check-in');
  });
});
