import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as api from '../../api/cravings.js';
import { useAccount } from '../../auth/account-context.js';
import { FormAlert } from '../../components/form-alert.js';
import { LoadState } from '../../components/load-state.js';
import { Page } from '../../components/page.js';
import { useLoad } from '../../lib/use-load.js';
import { CravingDialog } from './craving-dialog.js';
import { CravingItem } from './craving-item.js';

const RECENT_DAYS = 90;

async function loadRecent() {
  const to = new Date(Date.now() + 60_000);
  const from = new Date(to.getTime() - RECENT_DAYS * 86_400_000);
  const cravings = await api.listCravings(from, to);
  return [...cravings].sort((a, b) => b.at.localeCompare(a.at));
}

/** The member's recent cravings, newest first; each can be deleted. */
export function CravingsPage() {
  const { t } = useTranslation();
  const { account } = useAccount();
  const recent = useLoad(loadRecent, 'cravings');
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  if (!account) return null;

  return (
    <Page title={t('cravingLog.title')} intro={t('cravingLog.intro', { days: RECENT_DAYS })} className="cravings-page">
      <div className="page__actions">
        <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
          {t('cravingLog.add')}
        </button>
      </div>
      <FormAlert message={notice} tone="success" />
      {!recent.data ? (
        <LoadState error={recent.error} onRetry={recent.reload} />
      ) : recent.data.length === 0 ? (
        <p className="card card--soft">{t('cravingLog.empty')}</p>
      ) : (
        <ul className="craving-list">
          {recent.data.map((craving) => (
            <li key={craving.id}>
              <CravingItem
                craving={craving}
                onDeleted={() => {
                  recent.setData(recent.data!.filter((c) => c.id !== craving.id));
                  setNotice(t('cravingLog.deleted'));
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {adding && (
        <CravingDialog
          timeZone={account.timeZone}
          onClose={() => setAdding(false)}
          onLogged={() => {
            setNotice(t('cravingLog.logged'));
            recent.reload();
          }}
        />
      )}
    </Page>
  );
}
