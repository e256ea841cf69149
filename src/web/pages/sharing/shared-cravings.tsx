import { useTranslation } from 'react-i18next';
import type { SharedCraving } from '../../../shared/sharing.js';
import { Section } from '../../components/section.js';
import { formatDay } from './format.js';

/** The last 14 days of cravings: when, how strong, what set them off, how they ended. */
export function SharedCravings({ cravings }: { cravings: SharedCraving[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Section title={t('sharing.scopes.cravings.label')} className="shared-section">
      {cravings.length === 0 ? (
        <p className="muted">{t('sharing.view.noCravings')}</p>
      ) : (
        <ul className="shared-list">
          {cravings.map((c) => (
            <li key={c.at} className="shared-list__item">
              <p className="shared-list__meta">
                {formatDay(c.localDate, i18n.language)} · {c.localTime}
              </p>
              <p>
                {t('cravingLog.intensityOf', { n: c.intensity })} · {t(`cravingLog.outcomeShort.${c.outcome}`)}
                {c.durationMinutes != null && <> · {t('cravingLog.minutes', { count: c.durationMinutes })}</>}
              </p>
              {c.triggers.length > 0 && <p className="muted">{c.triggers.map((tr) => t(`cravingLog.trigger.${tr}`)).join(', ')}</p>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
