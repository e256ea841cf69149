import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import * as api from '../../api/goals.js';
import { EmptyStateCard } from '../../components/empty-state-card.js';
import { GrowthIcon } from '../../components/icons.js';
import { LoadState } from '../../components/load-state.js';
import { Page } from '../../components/page.js';
import { useLoad } from '../../lib/use-load.js';
import { MilestoneCelebration } from './celebration.js';
import { formatPercent } from './format.js';
import { sortGoals } from './goal-figures.js';

export function GoalsPage() {
  const { t } = useTranslation();
  const goals = useLoad(api.listGoals, 'goals');
  return (
    <Page title={t('goals.title')} intro={t('goals.intro')} className="goals-page">
      <div className="page__actions">
        <Link to="/goals/new" className="button button--primary">
          {t('goals.create')}
        </Link>
      </div>
      {!goals.data ? (
        <LoadState error={goals.error} onRetry={goals.reload} />
      ) : goals.data.length === 0 ? (
        <EmptyStateCard Icon={GrowthIcon} title={t('goals.empty.title')}>
          <p>{t('goals.empty.body')}</p>
        </EmptyStateCard>
      ) : (
        <>
          {goals.data.map((goal) => (
            <MilestoneCelebration key={goal.id} goal={goal} milestones={goal.progress.milestones} unit={goal.progress.unit} showGoalTitle />
          ))}
          <ul className="goal-list" aria-label={t('goals.listLabel')}>
            {sortGoals(goals.data).map((goal) => (
              <li key={goal.id}>
                <GoalCard goal={goal} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}

function GoalCard({ goal }: { goal: api.GoalWithProgress }) {
  const { t, i18n } = useTranslation();
  const p = goal.progress;
  const percent = formatPercent(p.percentDaysMet30, i18n.language);
  return (
    <article className="card goal-card">
      <h2 className="card__title goal-card__title">
        <Link to={`/goals/${goal.id}`} className="goal-card__link">
          {goal.title}
        </Link>
      </h2>
      <p className="goal-card__meta">
        <span className="badge">{t(`goals.kinds.${goal.kind}.label`)}</span>
        {goal.status !== 'active' && <span className="badge badge--accent">{t(`goals.status.${goal.status}`)}</span>}
      </p>
      <p className="goal-card__figure">
        <span className="goal-card__number">{t(`goals.clock.count.${p.unit}`, { count: p.currentStreak })}</span>{' '}
        <span className="goal-card__label">{t(goal.kind === 'abstain' ? 'goals.clock.currentAbstain' : 'goals.clock.current')}</span>
      </p>
      {percent && <p className="goal-card__more muted">{t('goals.card.percent30', { percent })}</p>}
    </article>
  );
}
