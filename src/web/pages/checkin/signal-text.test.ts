import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Signal } from '../../api/checkins.js';
import { catalog } from '../../i18n/catalog.js';
import { nextStepsOf, signalMessage } from './signal-text.js';

const i18n = i18next.createInstance();
await i18n.init({ resources: { en: { translation: catalog.en }, es: { translation: catalog.es } }, lng: 'en', initAsync: false });
const en = i18n.getFixedT('en');
const es = i18n.getFixedT('es');

const sign = (code: Signal['code'], facts: Record<string, number>, nextSteps: Signal['nextSteps'] = []): Signal => ({ code, severity: 'gentle', facts, nextSteps });

describe('early-warning messages', () => {
  it.each([
    [sign('cravings_rising', { days: 6, risePerWeek: 2.1, latest: 7 }), 'about 2.1 points a week', '2,1'],
    [sign('mood_falling', { days: 7, dropPerWeek: 0.8, latest: 2 }), 'most recently low', 'mal'],
    [sign('short_sleep', { nights: 3, hours: 6, days: 14 }), 'under 6 hours on 3 of the last 14 nights', '3'],
    [sign('no_recent_checkin', { days: 4 }), '4 days', '4'],
    [sign('missed_meetings', { missed: 2, attended: 0 }), '2 meetings', '2'],
    [sign('halt', { days: 2, ofDays: 3, hungry: 0, angry: 1, lonely: 2, tired: 2 }), 'angry, lonely and tired', 'enfado, soledad y cansancio'],
  ])('says why, from the facts: %#', (signal, english, spanish) => {
    expect(signalMessage(signal, en, 'en')).toContain(english);
    expect(signalMessage(signal, es, 'es')).toContain(spanish);
  });

  it('speaks in the singular for one', () => {
    expect(signalMessage(sign('missed_meetings', { missed: 1, attended: 0 }), en, 'en')).toContain('1 meeting ');
  });

  it('offers each next step once, in a fixed order', () => {
    const signals = [sign('halt', {}, ['reach_out', 'rest', 'open_safety_plan']), sign('cravings_rising', {}, ['log_craving', 'open_safety_plan', 'reach_out'])];
    expect(nextStepsOf(signals)).toEqual(['open_safety_plan', 'log_craving', 'reach_out', 'rest']);
    expect(nextStepsOf([])).toEqual([]);
  });
});
