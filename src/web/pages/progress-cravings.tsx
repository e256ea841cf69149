import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Craving } from '../../shared/recovery/cravings.js';
import { cravingsByPartOfDay, triggerCounts } from '../../shared/recovery/insights.js';
import { BarList } from '../components/charts/bar-list.js';
import { EmptyStateCard } from '../components/empty-state-card.js';
import { HeartIcon } from '../components/icons.js';
import { Section } from '../components/section.js';

/** What tends to set cravings off, and when in the day they come: bars that read as a list. */
export function CravingCharts({ cravings, range }: { cravings: readonly Craving[]; range: number }) {
  const { t } = useTranslation();
  if (cravings.length === 0) {
    return (
      <EmptyStateCard
        Icon={HeartIcon}
        title={t('progressCharts.cravings.emptyTitle')}
        footer={
          <Link to="/cravings" className="text-link">
            {t('progressCharts.cravings.emptyLink')}
          </Link>
        }
      >
        <p>{t('progressCharts.cravings.emptyBody')}</p>
      </EmptyStateCard>
    );
  }
  const triggers = triggerCounts(cravings);
  const parts = cravingsByPartOfDay(cravings);
  const busiest = Math.max(...parts.map((p) => p.count));
  const times = (count: number) => t('progressCharts.cravings.times', { count });
  return (
    <Section
      title={t('progressCharts.cravings.title')}
      intro={t('progressCharts.cravings.intro', { count: cravings.length, days: range })}
      className="craving-charts"
    >
      <div className="chart-grid">
        <div className="chart">
          <h3 className="chart__title chart__name">{t('progressCharts.cravings.byTrigger')}</h3>
          {triggers.length === 0 ? (
            <p className="muted">{t('progressCharts.cravings.noTriggers')}</p>
          ) : (
            <BarList
              label={t('progressCharts.cravings.byTrigger')}
              bars={triggers.map((x) => ({ key: x.trigger, label: t(`progressCharts.triggers.${x.trigger}`), value: x.count, valueText: times(x.count) }))}
            />
          )}
        </div>
        <div className="chart">
          <h3 className="chart__title chart__name">{t('progressCharts.cravings.byTime')}</h3>
          <BarList
            label={t('progressCharts.cravings.byTime')}
            bars={parts.map((x) => ({
              key: x.part,
              label: t(`progressCharts.dayParts.${x.part}`),
              value: x.count,
              valueText: times(x.count),
              accent: x.count > 0 && x.count === busiest,
            }))}
          />
        </div>
      </div>
    </Section>
  );
}
