import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import * as api from '../api/checkins.js';
import { HeartIcon } from '../components/icons.js';
import { useLoad } from '../lib/use-load.js';

/**
 * Early-warning signs from the last two weeks, said gently, each with the server's plain
 * reason, then a few next steps. Nothing at all when there are none (or they can't be loaded).
 */
export function TodaySignals({ onLogCraving }: { onLogCraving: () => void }) {
  const { t } = useTranslation();
  const signals = useLoad(api.fetchSignals, 'today-signals');
  if (!signals.data || signals.data.length === 0) return null;
  return (
    <section className="card today-card today-signals" aria-labelledby="today-signals-title">
      <div className="today-card__head">
        <span className="today-card__icon">
          <HeartIcon />
        </span>
        <h2 id="today-signals-title" className="card__title">
          {t('earlyWarning.title')}
        </h2>
      </div>
      <p className="today-card__body">{t('earlyWarning.intro')}</p>
      <ul className="signal-list">
        {signals.data.map((s) => (
          <li key={s.kind}>{t(`earlyWarning.kinds.${s.kind}`, { defaultValue: s.reason })}</li>
        ))}
      </ul>
      <p className="today-signals__next">{t('earlyWarning.nextSteps')}</p>
      <div className="today-card__actions today-signals__actions">
        <Link to="/plan" className="button button--secondary">
          {t('earlyWarning.plan')}
        </Link>
        <Link to="/groups" className="button button--secondary">
          {t('earlyWarning.meeting')}
        </Link>
        <button type="button" className="button button--quiet" onClick={onLogCraving}>
          {t('cravingLog.add')}
        </button>
      </div>
    </section>
  );
}
