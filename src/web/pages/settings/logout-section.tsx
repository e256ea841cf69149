import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as api from '../../api/account.js';
import { ApiError } from '../../api/client.js';
import { useAccount } from '../../auth/account-context.js';
import { FormAlert } from '../../components/form-alert.js';
import { errorMessage } from '../../lib/form-errors.js';
import { SettingsSection } from './section.js';

export function LogoutSection() {
  const { t } = useTranslation();
  const { signedOut } = useAccount();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function logout() {
    setBusy(true);
    setError(null);
    try {
      await api.logout();
    } catch (e) {
      // Already signed out on the server is still signed out.
      if (!(e instanceof ApiError && e.status === 401)) {
        setError(errorMessage(e, t));
        setBusy(false);
        return;
      }
    }
    signedOut('loggedOut');
  }

  return (
    <SettingsSection title={t('settings.logout.title')} intro={t('settings.logout.intro')}>
      <FormAlert message={error} />
      <button type="button" className="button button--secondary" onClick={() => void logout()} disabled={busy}>
        {t('settings.logout.submit')}
      </button>
    </SettingsSection>
  );
}
