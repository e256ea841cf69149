import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../components/form-alert.js';

/** A wave: a craving rises, peaks and passes. Decorative, like the shared icons. */
export function WaveIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M2 15c2.5 0 2.5-3 5-3s2.5 3 5 3 2.5-3 5-3 2.5 3 5 3" />
      <path d="M2 19c2.5 0 2.5-2 5-2s2.5 2 5 2 2.5-2 5-2 2.5 2 5 2" />
      <path d="M12 4v5M9.5 6.5L12 9l2.5-2.5" />
    </svg>
  );
}

/** "Log a craving" from Today; the dialog itself belongs to the Today page. */
export function TodayCravings({ onLog, notice }: { onLog: () => void; notice: string | null }) {
  const { t } = useTranslation();
  return (
    <section className="card today-card" aria-labelledby="today-cravings-title">
      <div className="today-card__head">
        <span className="today-card__icon">
          <WaveIcon />
        </span>
        <h2 id="today-cravings-title" className="card__title">
          {t('todayLoop.cravings.title')}
        </h2>
      </div>
      <p className="today-card__body">{t('todayLoop.cravings.body')}</p>
      <FormAlert message={notice} tone="success" />
      <div className="today-card__actions">
        <button type="button" className="button button--primary" onClick={onLog}>
          {t('cravingLog.add')}
        </button>
        <Link to="/cravings" className="text-link">
          {t('todayLoop.cravings.list')}
        </Link>
      </div>
    </section>
  );
}
