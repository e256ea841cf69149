import { useTranslation } from 'react-i18next';
import { EXPORT_URL, listAccessLog } from '../../api/privacy.js';
import { useAccount } from '../../auth/account-context.js';
import { LoadState } from '../../components/load-state.js';
import { useLoad } from '../../lib/use-load.js';
import { scopeLabel } from '../sharing/scope-label.js';
import { groupAccessEvents } from './access-groups.js';
import { SettingsSection } from './section.js';

/** My records are mine: download them all, and see who has read what I chose to share. */
export function PrivacySection() {
  const { t } = useTranslation();
  return (
    <SettingsSection title={t('privacy.title')} intro={t('privacy.intro')}>
      <div className="privacy__export">
        <h3 className="privacy__heading">{t('privacy.export.title')}</h3>
        <p className="muted">{t('privacy.export.body')}</p>
        <a className="button button--secondary" href={EXPORT_URL} download>
          {t('privacy.export.download')}
        </a>
      </div>
      <AccessLog />
    </SettingsSection>
  );
}

function AccessLog() {
  const { t, i18n } = useTranslation();
  const { account } = useAccount();
  const events = useLoad(listAccessLog, 'access-log');
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: account?.timeZone });
  return (
    <div className="privacy__log">
      <h3 className="privacy__heading">{t('privacy.log.title')}</h3>
      <p className="muted">{t('sharing.log.body')}</p>
      {!events.data ? (
        <LoadState error={events.error} onRetry={events.reload} />
      ) : events.data.length === 0 ? (
        <p className="privacy__nobody">{t('privacy.log.nobody')}</p>
      ) : (
        <ul className="session-list" aria-label={t('privacy.log.title')}>
          {groupAccessEvents(events.data, account?.timeZone).map((e, i) => (
            <li key={`${e.at}:${i}`} className="session">
              <div className="session__text">
                <p className="session__device">{t('sharing.log.entry', { name: e.actorName ?? t('privacy.log.someone'), scope: scopeLabel(t, e.scope) })}</p>
                <p className="session__meta">
                  {format.format(new Date(e.at))}
                  {e.count > 1 && ` · ${t('privacy.log.times', { count: e.count })}`}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
