import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listGoals } from '../api/goals.js';
import { GrowthIcon } from '../components/icons.js';
import { useLoad } from '../lib/use-load.js';

/** My active goals at a glance: each one's current streak, a tap from its page. */
export function TodayGoals() {
  const { t } = useTranslation();
  const goals = useLoad(listGoals, 'today-goals');
  const active = (goals.data ?? []).filter((g) => g.status === 'active').slice(0, 4);
  if (goals.error) return null;
  return (
    <section className="card today-card" aria-labelledby="today-goals-title">
      <div className="today-card__head">
        <span className="today-card__icon">
          <GrowthIcon />
        </span>
        <h2 id="today-goals-title" className="card__title">
          {t('todayLoop.goals.title')}
        </h2>
      </div>
      {goals.data && active.length === 0 && <p className="today-card__body">{t('todayLoop.goals.none')}</p>}
      {active.length > 0 && (
        <ul className="today-goals">
          {active.map((g) => (
            <li key={g.id}>
              <Link to={`/goals/${g.id}`} className="today-goals__link">
                <span className="today-goals__title">{g.title}</span>
                <span className="today-goals__streak">
                  {g.progress.currentStreak === 0
                    ? t('todayLoop.goals.freshStart')
                    : t(`todayLoop.goals.streak_${g.progress.unit}`, { count: g.progress.currentStreak })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <div className="today-card__actions">
        <Link to={active.length === 0 ? '/goals/new' : '/goals'} className="text-link">
          {active.length === 0 ? t('todayLoop.goals.set') : t('todayLoop.goals.all')}
        </Link>
      </div>
    </section>
  );
}
