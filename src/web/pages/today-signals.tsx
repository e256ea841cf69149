import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import * as api from '../api/checkins.js';
import { HeartIcon } from '../components/icons.js';
import { useLoad } from '../lib/use-load.js';
import { nextStepsOf, signalMessage } from './checkin/signal-text.js';

/**
 * Early-warning signs from the last two weeks, said gently with the reason each was found,
 * then the next steps they suggest. Nothing at all when there are none (or they can't be loaded).
 */
export function TodaySignals({ onLogCraving }: { onLogCraving: () => void }) {
  const { t, i18n } = useTranslation();
  const signals = useLoad(api.fetchSignals, 'today-signals').data;
  if (!signals || signals.length === 0) return null;
  const steps = nextStepsOf(signals);
  const notice = signals.some((s) => s.severity === 'notice');
  return (
    <section className={`card today-card today-signals${notice ? ' today-signals--notice' : ''}`} aria-labelledby="today-signals-title">
      <div className="today-card__head">
        <span className="today-card__icon">
          <HeartIcon />
        </span>
        <h2 id="today-signals-title" className="card__title">
          {t('earlyWarning.title')}
        </h2>
      </div>
      <p className="today-card__body">{t('earlyWarning.intro', { count: signals.length })}</p>
      <ul className="signal-list">
        {signals.map((s) => (
          <li key={s.code}>{signalMessage(s, t, i18n.language)}</li>
        ))}
      </ul>
      <p className="today-signals__next">{t('earlyWarning.nextSteps')}</p>
      {(steps.includes('reach_out') || steps.includes('rest')) && (
        <ul className="signal-steps">
          {steps.includes('reach_out') && <li>{t('earlyWarning.reachOut')}</li>}
          {steps.includes('rest') && <li>{t('earlyWarning.rest')}</li>}
        </ul>
      )}
      <div className="today-card__actions">
        <Link to="/plan" className="button button--secondary">
          {t('earlyWarning.plan')}
        </Link>
        {steps.includes('go_to_meeting') && (
          <Link to="/groups" className="button button--secondary">
            {t('earlyWarning.meeting')}
          </Link>
        )}
        {steps.includes('log_craving') && (
          <button type="button" className="button button--secondary" onClick={onLogCraving}>
            {t('cravingLog.add')}
          </button>
        )}
      </div>
    </section>
  );
}
