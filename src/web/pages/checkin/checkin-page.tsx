import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BACKFILL_DAYS } from '../../../shared/recovery/checkins.js';
import { isCalendarDate } from '../../../shared/recovery/local-date.js';
import * as api from '../../api/checkins.js';
import { LoadState } from '../../components/load-state.js';
import { Page } from '../../components/page.js';
import { useLoad } from '../../lib/use-load.js';
import { draftFrom } from './checkin-draft.js';
import { CheckinForm } from './checkin-form.js';
import { CheckinSaved } from './checkin-saved.js';
import { formatDay, SHORT_DAY } from './day-format.js';
import { DeleteCheckin } from './delete-checkin.js';

/** Everything the form needs for one day: the window, the saved check-in (with its goal answers), abstain goals. */
async function loadDay(param: string | undefined, language: string) {
  const window = await api.fetchWindow();
  const date = param ?? window.today;
  if (!isCalendarDate(date) || date > window.today || date < window.earliest) return { window, date, day: null };
  const [checkin, goals, strategies] = await Promise.all([api.fetchCheckin(date), api.abstainGoalsOn(date), api.recentStrategies()]);
  const draft = draftFrom(checkin, goals.map((g) => g.id));
  if (!checkin) for (const a of await api.recordedAnswersOn(goals, date)) draft.goals[a.goalId] = a.met;
  // Sleep hours as the member writes numbers: "7,5" in Spanish.
  if (checkin?.sleepHours != null) draft.sleepHours = new Intl.NumberFormat(language, { useGrouping: false }).format(checkin.sleepHours);
  return { window, date, day: { checkin, goals, strategies, draft } };
}

/** `/checkin` (today) and `/checkin/:date` (back-fill or edit an earlier day). */
export function CheckinPage() {
  const { t, i18n } = useTranslation();
  const { date: param } = useParams();
  const key = param ?? 'today';
  // Which day was just saved (and its lapses): another day's page starts with its form again.
  const [saved, setSaved] = useState<{ key: string; lapses: api.Goal[] } | null>(null);
  const loaded = useLoad(() => loadDay(param, i18n.language), key);
  const data = loaded.data;

  if (!data) {
    return (
      <Page title={t('checkin.title')}>
        <LoadState error={loaded.error} onRetry={loaded.reload} />
      </Page>
    );
  }
  const isToday = data.date === data.window.today;
  const dayText = isCalendarDate(data.date) ? formatDay(data.date, i18n.language, SHORT_DAY) : data.date;
  const heading = isToday ? t('checkin.title') : t('checkin.headingFor', { day: dayText });

  if (!data.day) {
    return (
      <Page title={t('checkin.title')} heading={t('checkin.outside.title')}>
        <div className="card">
          <p>{t('checkin.outside.body', { days: BACKFILL_DAYS })}</p>
          <Link to="/checkin/history" className="button button--primary">
            {t('checkin.openCalendar')}
          </Link>
        </div>
      </Page>
    );
  }
  if (saved?.key === key) {
    return (
      <Page title={heading}>
        <CheckinSaved isToday={isToday} lapses={saved.lapses} />
      </Page>
    );
  }
  const intro = data.day.checkin
    ? t('checkin.introEditing')
    : isToday
      ? t('checkin.introToday', { day: dayText })
      : t('checkin.introBackfill');
  return (
    <Page title={heading} intro={intro} className="checkin-page">
      <CheckinForm
        key={data.date}
        date={data.date}
        isToday={isToday}
        goals={data.day.goals}
        suggestions={data.day.strategies}
        initial={data.day.draft}
        onSaved={(lapses) => setSaved({ key, lapses })}
      />
      {data.day.checkin && <DeleteCheckin date={data.date} dayText={dayText} />}
    </Page>
  );
}
