import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { loginBody } from '../../shared/account.js';
import * as api from '../api/account.js';
import { useAccount } from '../auth/account-context.js';
import { AuthPage } from '../components/auth-page.js';
import { Field } from '../components/field.js';
import { FormAlert } from '../components/form-alert.js';
import { useSchemaForm } from '../components/use-schema-form.js';
import { UsernameInput } from '../components/username-input.js';

export function LoginPage() {
  const { t } = useTranslation();
  const { signedIn } = useAccount();
  const { formRef, values, set, errors, message, busy, submit } = useSchemaForm({
    initialValues: { username: '', password: '' },
    schema: loginBody,
    apiFields: ['username', 'password'],
    staysBusyOnSuccess: true,
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    // The signed-out guard sends us on to ?next= once the account is known.
    void submit(values, async (data) => signedIn(await api.login(data.username, data.password)));
  }

  return (
    <AuthPage
      title={t('auth.login.title')}
      heading={t('auth.login.heading')}
      intro={t('auth.login.intro')}
      switchPrompt={t('auth.login.noAccount')}
      switchLabel={t('auth.login.signupLink')}
      switchTo="/signup"
    >
      <form ref={formRef} className="card form" onSubmit={onSubmit} noValidate>
        <FormAlert message={message?.text ?? null} tone={message?.tone} />
        <Field label={t('fields.username')} error={errors.username}>
          {(a11y) => <UsernameInput {...a11y} value={values.username} onChange={(username) => set({ username })} />}
        </Field>
        <Field label={t('fields.password')} error={errors.password}>
          {(a11y) => (
            <input
              {...a11y}
              type="password"
              name="password"
              autoComplete="current-password"
              value={values.password}
              onChange={(e) => set({ password: e.target.value })}
            />
          )}
        </Field>
        <button type="submit" className="button button--primary button--block" disabled={busy}>
          {busy ? t('auth.login.busy') : t('auth.login.submit')}
        </button>
      </form>
    </AuthPage>
  );
}
