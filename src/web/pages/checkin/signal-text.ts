import type { TFunction } from 'i18next';
import type { Signal } from '../../api/checkins.js';

/** The order next steps are offered in, whichever signs suggested them. */
const STEP_ORDER: readonly Signal['nextSteps'][number][] = ['open_safety_plan', 'go_to_meeting', 'log_craving', 'reach_out', 'rest'];
const HALT_SIGNS = ['hungry', 'angry', 'lonely', 'tired'] as const;

/** Each next step once, in a calm fixed order. */
export function nextStepsOf(signals: readonly Signal[]): Signal['nextSteps'] {
  const wanted = new Set(signals.flatMap((s) => s.nextSteps));
  return STEP_ORDER.filter((step) => wanted.has(step));
}

/**
 * The plain reason for one sign, from the numbers the server found (`facts`), numbers
 * written the member's way ("1,5" in Spanish).
 */
export function signalMessage(signal: Signal, t: TFunction, language: string): string {
  const f = signal.facts;
  const n = (value: number | undefined) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value ?? 0);
  switch (signal.code) {
    case 'cravings_rising':
      return t('earlyWarning.signal.cravings_rising', { perWeek: n(f.risePerWeek), latest: n(f.latest) });
    case 'mood_falling':
      return t('earlyWarning.signal.mood_falling', { latest: t(`checkin.mood.levels.${Math.round(f.latest ?? 3)}`).toLocaleLowerCase(language) });
    case 'short_sleep':
      return t('earlyWarning.signal.short_sleep', { count: f.nights ?? 0, hours: n(f.hours), days: n(f.days) });
    case 'no_recent_checkin':
      return t('earlyWarning.signal.no_recent_checkin', { count: f.days ?? 0 });
    case 'missed_meetings':
      return t('earlyWarning.signal.missed_meetings', { count: f.missed ?? 0 });
    case 'halt': {
      const signs = HALT_SIGNS.filter((s) => (f[s] ?? 0) > 0).map((s) => t(`earlyWarning.halt.${s}`));
      const list = new Intl.ListFormat(language, { type: 'conjunction' }).format(signs);
      return t('earlyWarning.signal.halt', { count: f.days ?? 0, ofDays: n(f.ofDays), signs: list });
    }
    default:
      return t('earlyWarning.signal.other');
  }
}
