import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../shared/recovery/goals.js';
import type { GoalProgress } from '../../../shared/recovery/progress-schema.js';
import { formatPercent } from './format.js';
import { whatStaysTrue } from './goal-figures.js';

/** The recovery clock: the current streak large, the figures that never reset beside it. */
export function RecoveryClock({ goal, progress: p }: { goal: Goal; progress: GoalProgress }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const count = (n: number) => t(`goals.clock.count.${p.unit}`, { count: n });
  const none = t('goals.clock.notYet');
  const figures = [
    { label: t('goals.clock.longest'), value: count(p.longestStreak) },
    { label: t(`goals.clock.totalMet.${goal.kind === 'abstain' ? 'abstain' : 'other'}`), value: count(p.totalDaysMet) },
    { label: t('goals.clock.tracked'), value: count(p.daysTracked) },
    { label: t('goals.clock.last30'), value: formatPercent(p.percentDaysMet30, i18n.language) ?? none },
    { label: t('goals.clock.last90'), value: formatPercent(p.percentDaysMet90, i18n.language) ?? none },
  ];
  const stays = whatStaysTrue(p);
  return (
    <section className="card clock" aria-labelledby={id}>
      <h2 id={id} className="card__title">
        {t('goals.clock.title')}
      </h2>
      <p className="clock__now">
        <span className="clock__number">{count(p.currentStreak)}</span>
        <span className="clock__label">{t(goal.kind === 'abstain' ? 'goals.clock.currentAbstain' : 'goals.clock.current')}</span>
      </p>
      {p.currentStreak === 0 && p.daysTracked === 0 && <p className="muted">{t('goals.clock.startsTomorrow')}</p>}
      <dl className="clock__figures">
        {figures.map((f) => (
          <div key={f.label} className="clock__figure">
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      {stays && (
        <p className="clock__true">
          {t(`goals.staysTrue.${goal.kind === 'abstain' ? 'abstain' : 'other'}.${p.unit}`, { met: stays.met, count: stays.tracked })}
        </p>
      )}
    </section>
  );
}
