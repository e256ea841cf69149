import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import * as api from '../../api/account.js';
import { useAccount } from '../../auth/account-context.js';
import { Field } from '../../components/field.js';
import { Modal } from '../../components/modal.js';
import { errorsFromApi } from '../../lib/form-errors.js';
import { SettingsSection } from './section.js';

export function DangerZone() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <SettingsSection title={t('settings.delete.title')} intro={t('settings.delete.intro')} danger>
      <button type="button" className="button button--danger" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('settings.delete.open')}
      </button>
      <Modal open={open} onClose={() => setOpen(false)} labelledBy="delete-account-title" describedBy="delete-account-body">
        <DeleteAccountForm onCancel={() => setOpen(false)} />
      </Modal>
    </SettingsSection>
  );
}

function DeleteAccountForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const { signedOut } = useAccount();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!password) {
      setError(t('validation.required'));
      return;
    }
    setBusy(true);
    try {
      await api.deleteMe(password);
      signedOut('deleted');
    } catch (e) {
      const result = errorsFromApi(e, t, ['password']);
      setError(result.fields.password ?? result.form ?? undefined);
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="form">
      <h2 id="delete-account-title" className="modal__title">
        {t('settings.delete.dialogTitle')}
      </h2>
      <p id="delete-account-body">{t('settings.delete.dialogBody')}</p>
      <Field label={t('fields.password')} error={error}>
        {(a11y) => (
          <input
            {...a11y}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            data-autofocus
          />
        )}
      </Field>
      <div className="modal__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--danger" disabled={busy}>
          {t('settings.delete.confirm')}
        </button>
      </div>
    </form>
  );
}
