import { useTranslation } from 'react-i18next';
import { activePhase } from '../../../shared/live-session/machine.js';
import type { Phase } from '../../../shared/live-session/schema.js';
import { clockText, phaseClock } from './phase-clock.js';
import { useSession } from './session-context.js';
import { useNow } from './use-now.js';
import { usePhaseTitle } from '../../lib/phase-title.js';

/** Remaining time of a running phase, or a calm note once past it (nothing moves on by itself). */
export function PhaseTimer({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  const now = useNow();
  const clock = phaseClock(phase, now);
  if (!clock) return null;
  return (
    <p className={clock.over ? 'live-timer live-timer--over' : 'live-timer'} role="timer">
      <span className="live-timer__time">{clockText(clock.left)}</span>{' '}
      <span className="live-timer__label">{clock.over ? t('live.timer.over') : t('live.timer.left')}</span>
      <span className="live-timer__planned">{t('live.timer.planned', { count: phase.minutes })}</span>
    </p>
  );
}

/** The phase now, large: where we are in the agenda, its title and its time. */
export function PhaseHero() {
  const { t } = useTranslation();
  const { state } = useSession();
  const phaseTitle = usePhaseTitle();
  const phase = activePhase(state);
  return (
    <section className="live-phase" aria-labelledby="live-phase-title">
      <p className="live-phase__step">{t('live.phase.step', { n: state.current + 1, count: state.phases.length })}</p>
      <h2 id="live-phase-title" className="live-phase__title">
        {phaseTitle(phase)}
      </h2>
      <PhaseTimer phase={phase} />
    </section>
  );
}
