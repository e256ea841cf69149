import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GoalWithProgress } from '../api/goals.js';
import { EmptyStateCard } from '../components/empty-state-card.js';
import { GrowthIcon } from '../components/icons.js';
import { Section } from '../components/section.js';
import { AttemptBars } from './goals/attempts-section.js';
import { sortGoals } from './goals/goal-figures.js';

/** Each goal's clock and its streak history (attempts), with a way to the goal pages. */
export function ProgressGoals({ goals }: { goals: readonly GoalWithProgress[] }) {
  const { t } = useTranslation();
  if (goals.length === 0) {
    return (
      <EmptyStateCard
        Icon={GrowthIcon}
        title={t('progress.goals.title')}
        footer={
          <Link to="/goals/new" className="text-link">
            {t('goals.create')}
          </Link>
        }
      >
        <p>{t('progress.goals.body')}</p>
      </EmptyStateCard>
    );
  }
  return (
    <Section title={t('progressCharts.goals.title')} intro={t('progressCharts.goals.intro')} className="progress-goals">
      <ul className="progress-goals__list">
        {sortGoals(goals)
          .filter((g) => g.status !== 'archived')
          .map((goal) => (
            <li key={goal.id} className="progress-goal">
              <h3 className="progress-goal__title">
                <Link to={`/goals/${goal.id}`}>{goal.title}</Link>
              </h3>
              <p className="progress-goal__now">
                <strong>{t(`goals.clock.count.${goal.progress.unit}`, { count: goal.progress.currentStreak })}</strong>{' '}
                {t(goal.kind === 'abstain' ? 'goals.clock.currentAbstain' : 'goals.clock.current')}
                {' · '}
                {t('progressCharts.goals.longest', { value: t(`goals.clock.count.${goal.progress.unit}`, { count: goal.progress.longestStreak }) })}
              </p>
              {goal.progress.attempts.length > 1 && <AttemptBars progress={goal.progress} />}
            </li>
          ))}
      </ul>
      <div className="page__actions progress-goals__actions">
        <Link to="/goals" className="button button--secondary">
          {t('progressCharts.goals.all')}
        </Link>
        <Link to="/goals/new" className="button button--quiet">
          {t('goals.create')}
        </Link>
      </div>
    </Section>
  );
}
