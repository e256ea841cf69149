import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changePasswordBody } from '../../../shared/account.js';
import * as api from '../../api/account.js';
import { useAccount } from '../../auth/account-context.js';
import { Field } from '../../components/field.js';
import { FormAlert } from '../../components/form-alert.js';
import { useFocusFirstError } from '../../components/use-focus-first-error.js';
import { errorsFromApi, fieldErrorsFromIssues, type FieldErrors } from '../../lib/form-errors.js';
import { SettingsSection } from './section.js';

const EMPTY = { currentPassword: '', newPassword: '' };

export function PasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const { account } = useAccount();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useFocusFirstError(formRef, attempt);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const parsed = changePasswordBody.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues, t));
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await api.changePassword(parsed.data.currentPassword, parsed.data.newPassword);
      setValues(EMPTY);
      setMessage({ tone: 'success', text: t('settings.password.changed') });
      onChanged();
    } catch (error) {
      const result = errorsFromApi(error, t, ['currentPassword', 'newPassword']);
      setErrors(result.fields);
      if (result.form) setMessage({ tone: 'error', text: result.form });
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  return (
    <SettingsSection title={t('settings.password.title')} intro={t('settings.password.intro')}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        {message && <FormAlert message={message.text} tone={message.tone} />}
        {/* Lets password managers know whose password this is. */}
        <input type="text" name="username" autoComplete="username" value={account?.username ?? ''} readOnly hidden />
        <Field label={t('fields.currentPassword')} error={errors.currentPassword}>
          {(a11y) => (
            <input
              {...a11y}
              type="password"
              autoComplete="current-password"
              value={values.currentPassword}
              onChange={(e) => setValues({ ...values, currentPassword: e.target.value })}
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
              onChange={(e) => setValues({ ...values, newPassword: e.target.value })}
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
