import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import * as api from '../api/checkins.js';
import { SunIcon } from '../components/icons.js';
import { LoadState } from '../components/load-state.js';
import { useLoad } from '../lib/use-load.js';

async function loadToday() {
  const window = await api.fetchWindow();
  return { window, checkin: await api.fetchCheckin(window.today) };
}

/** Today's check-in: a summary and a way to change it once done, else an invitation to do it. */
export function TodayCheckin() {
  const { t } = useTranslation();
  const today = useLoad(loadToday, 'today-checkin');
  const checkin = today.data?.checkin;
  return (
    <section className="card today-card today-checkin" aria-labelledby="today-checkin-title">
      <div className="today-card__head">
        <span className="today-card__icon">
          <SunIcon />
        </span>
        <h2 id="today-checkin-title" className="card__title">
          {checkin ? t('todayLoop.checkin.doneTitle') : t('today.checkin.title')}
        </h2>
      </div>
      {!today.data ? (
        <LoadState error={today.error} onRetry={today.reload} />
      ) : checkin ? (
        <>
          <dl className="checkin-summary">
            <div>
              <dt>{t('checkin.mood.label')}</dt>
              <dd>{t(`checkin.mood.levels.${checkin.mood}`)}</dd>
            </div>
            <div>
              <dt>{t('checkin.energy.label')}</dt>
              <dd>{t(`checkin.energy.levels.${checkin.energy}`)}</dd>
            </div>
            <div>
              <dt>{t('checkin.craving.short')}</dt>
              <dd>{t('todayLoop.checkin.outOfTen', { n: checkin.craving })}</dd>
            </div>
            <div>
              <dt>{t('checkin.stress.short')}</dt>
              <dd>{t('todayLoop.checkin.outOfTen', { n: checkin.stress })}</dd>
            </div>
          </dl>
          <div className="today-card__actions">
            <Link to="/checkin" className="button button--secondary">
              {t('todayLoop.checkin.edit')}
            </Link>
            <Link to="/checkin/history" className="text-link">
              {t('todayLoop.checkin.calendar')}
            </Link>
          </div>
        </>
      ) : (
        <>
          <p className="today-card__body">{t('todayLoop.checkin.body')}</p>
          <div className="today-card__actions">
            <Link to="/checkin" className="button button--primary">
              {t('todayLoop.checkin.start')}
            </Link>
            <Link to="/checkin/history" className="text-link">
              {t('todayLoop.checkin.calendar')}
            </Link>
          </div>
        </>
      )}
    </section>
  );
}
