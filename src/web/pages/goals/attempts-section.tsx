import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalProgress } from '../../../shared/recovery/progress-schema.js';
import { BarList } from '../../components/charts/bar-list.js';
import { formatCompactDay } from './format.js';

/** Every attempt (streak) with its start and end: history that a lapse never wipes. */
export function AttemptsSection({ progress: p }: { progress: GoalProgress }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="card section attempts" aria-labelledby={id}>
      <h2 id={id} className="card__title">
        {t('goals.attempts.title')}
      </h2>
      <p className="section__intro">{t('goals.attempts.intro')}</p>
      {p.attempts.length === 0 ? <p className="muted">{t('goals.attempts.none')}</p> : <AttemptBars progress={p} />}
    </section>
  );
}

/** Newest first; the ongoing attempt is highlighted. Shared with the Progress page. */
export function AttemptBars({ progress: p }: { progress: GoalProgress }) {
  const { t, i18n } = useTranslation();
  const day = (date: string) => formatCompactDay(date, i18n.language, p.asOf);
  const attempts = [...p.attempts].sort((a, b) => b.start.localeCompare(a.start));
  return (
    <BarList
      label={t('goals.attempts.title')}
      bars={attempts.map((a) => ({
        key: a.start,
        label:
          a.end === null
            ? t('goals.attempts.since', { start: day(a.start) })
            : t('goals.attempts.range', { start: day(a.start), end: day(a.end) }),
        value: a.length,
        valueText: t(`goals.clock.count.${p.unit}`, { count: a.length }),
        accent: a.end === null,
      }))}
    />
  );
}
