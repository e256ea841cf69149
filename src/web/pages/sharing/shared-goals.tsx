import { useTranslation } from 'react-i18next';
import type { SharedGoal } from '../../../shared/sharing.js';
import { Section } from '../../components/section.js';
import { formatDay } from './format.js';

/** Each active goal with its streaks and the latest milestones: progress, not a scorecard. */
export function SharedGoals({ goals }: { goals: SharedGoal[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Section title={t('sharing.scopes.goals.label')} className="shared-section">
      {goals.length === 0 ? (
        <p className="muted">{t('sharing.view.noGoals')}</p>
      ) : (
        <ul className="shared-list">
          {goals.map((g) => (
            <li key={g.id} className="shared-list__item">
              <h3 className="shared-goal__title">{g.title}</h3>
              <dl className="shared-stats">
                <div>
                  <dt>{t('sharing.view.currentStreak')}</dt>
                  <dd>{t(`sharing.view.periods.${g.unitPeriod}`, { count: g.currentStreak })}</dd>
                </div>
                <div>
                  <dt>{t('sharing.view.longestStreak')}</dt>
                  <dd>{t(`sharing.view.periods.${g.unitPeriod}`, { count: g.longestStreak })}</dd>
                </div>
                {g.percentDaysMet30 != null && (
                  <div>
                    <dt>{t('sharing.view.last30')}</dt>
                    <dd>{t('sharing.view.percent', { n: Math.round(g.percentDaysMet30) })}</dd>
                  </div>
                )}
              </dl>
              {g.milestones.length > 0 && (
                <ul className="shared-milestones" aria-label={t('milestones.title')}>
                  {g.milestones.map((m) => (
                    <li key={`${m.kind}:${m.days}`}>
                      {m.kind === 'achieved' ? t('milestones.name.achieved') : t(`milestones.name.${m.kind}.${g.unitPeriod}`, { count: m.days })}
                      {' · '}
                      <span className="muted">{formatDay(m.reachedOn, i18n.language, { day: 'numeric', month: 'short', year: 'numeric' })}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
