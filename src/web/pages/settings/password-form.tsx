import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changePasswordBody } from '../../../shared/account.js';
import * as api from '../../api/account.js';
import { useAccount } from '../../auth/account-context.js';
import { Field } from '../../components/field.js';
import { FormAlert } from '../../components/form-alert.js';
import { useSchemaForm } from '../../components/use-schema-form.js';
import { SettingsSection } from './section.js';

const EMPTY = { currentPassword: '', newPassword: '' };

export function PasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const { account } = useAccount();
  const { formRef, values, setValues, set, errors, message, busy, submit } = useSchemaForm({
    initialValues: EMPTY,
    schema: changePasswordBody,
    apiFields: ['currentPassword', 'newPassword'],
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(values, async (data) => {
      await api.changePassword(data.currentPassword, data.newPassword);
      setValues(EMPTY);
      onChanged();
      return t('settings.password.changed');
    });
  }

  return (
    <SettingsSection title={t('settings.password.title')} intro={t('settings.password.intro')}>
      <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
        <FormAlert message={message?.text ?? null} tone={message?.tone} />
        {/* Lets password managers know whose password this is. */}
        <input type="text" name="username" autoComplete="username" value={account?.username ?? ''} readOnly hidden />
        <Field label={t('fields.currentPassword')} error={errors.currentPassword}>
          {(a11y) => (
            <input
              {...a11y}
              type="password"
              autoComplete="current-password"
              value={values.currentPassword}
              onChange={(e) => set({ currentPassword: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('fields.newPassword')} hint={t('auth.signup.passwordHint')} error={errors.newPassword}>
          {(a11y) => (
            <input
              {...a11y}
              type="password"
              autoComplete="new-password"
              value={values.newPassword}
              onChange={(e) => set({ newPassword: e.target.value })}
            />
          )}
        </Field>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('settings.password.submit')}
        </button>
      </form>
    </SettingsSection>
  );
}
