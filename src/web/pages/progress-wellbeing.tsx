import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Checkin } from '../../shared/recovery/checkins.js';
import { dailySeries, type SeriesField } from '../../shared/recovery/insights.js';
import { ChartTable } from '../components/charts/chart-table.js';
import { summarise } from '../components/charts/chart-data.js';
import { LineChart } from '../components/charts/line-chart.js';
import { EmptyStateCard } from '../components/empty-state-card.js';
import { SunIcon } from '../components/icons.js';
import { Section } from '../components/section.js';
import { formatDay } from './goals/format.js';

const MEASURES: readonly { key: string; field: SeriesField; min: number; max: number }[] = [
  { key: 'mood', field: 'mood', min: 1, max: 5 },
  { key: 'craving', field: 'craving', min: 0, max: 10 },
  { key: 'stress', field: 'stress', min: 0, max: 10 },
  { key: 'sleep', field: 'sleepHours', min: 0, max: 12 },
];

interface Props {
  from: string;
  to: string;
  checkins: readonly Checkin[];
  range: number;
}

/** Mood, craving, stress and sleep over the range, each a small chart with its words and table. */
export function WellbeingCharts({ from, to, checkins, range }: Props) {
  const { t } = useTranslation();
  if (checkins.length === 0) {
    return (
      <EmptyStateCard
        Icon={SunIcon}
        title={t('progressCharts.wellbeing.emptyTitle')}
        footer={
          <Link to="/checkin" className="text-link">
            {t('progressCharts.wellbeing.emptyLink')}
          </Link>
        }
      >
        <p>{t('progressCharts.wellbeing.emptyBody')}</p>
      </EmptyStateCard>
    );
  }
  return (
    <Section title={t('progressCharts.wellbeing.title')} intro={t('progressCharts.wellbeing.intro', { count: range })} className="wellbeing">
      <div className="chart-grid">
        {MEASURES.map((m) => (
          <MeasureChart key={m.key} measure={m} from={from} to={to} checkins={checkins} />
        ))}
      </div>
    </Section>
  );
}

interface MeasureProps {
  measure: (typeof MEASURES)[number];
  from: string;
  to: string;
  checkins: readonly Checkin[];
}

function MeasureChart({ measure, from, to, checkins }: MeasureProps) {
  const { t, i18n } = useTranslation();
  const { dates, values } = useMemo(() => {
    const series = dailySeries(checkins, from, to, measure.field);
    return { dates: series.map((p) => p.date), values: series.map((p) => p.value) };
  }, [checkins, from, to, measure]);
  const summary = summarise(values);
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const name = t(`progressCharts.wellbeing.${measure.key}.name`);
  return (
    <figure className="chart">
      <figcaption className="chart__title">
        <span className="chart__name">{name}</span>
        <span className="chart__scale">{t(`progressCharts.wellbeing.${measure.key}.scale`)}</span>
      </figcaption>
      {summary ? (
        <>
          <p className="chart__summary">
            {t('progressCharts.wellbeing.summary', {
              mean: number.format(summary.mean),
              min: number.format(summary.min),
              max: number.format(summary.max),
              count: summary.count,
            })}
          </p>
          <LineChart dates={dates} values={values} min={measure.min} max={measure.max} locale={i18n.language} />
          <ChartTable
            caption={name}
            headers={[t('progressCharts.date'), name]}
            rows={dates.flatMap((d, i) => (values[i] === null ? [] : [{ key: d, cells: [formatDay(d, i18n.language), number.format(values[i]!)] }]))}
          />
        </>
      ) : (
        <p className="muted">{t('progressCharts.wellbeing.noValues')}</p>
      )}
    </figure>
  );
}
