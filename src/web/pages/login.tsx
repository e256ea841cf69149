import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { loginBody } from '../../shared/account.js';
import * as api from '../api/account.js';
import { useAccount } from '../auth/account-context.js';
import { Field } from '../components/field.js';
import { FormAlert } from '../components/form-alert.js';
import { usePageTitle } from '../components/use-page-title.js';
import { useFocusFirstError } from '../components/use-focus-first-error.js';
import { errorsFromApi, fieldErrorsFromIssues, type FieldErrors } from '../lib/form-errors.js';

export function LoginPage() {
  const { t } = useTranslation();
  const { signedIn } = useAccount();
  const [params] = useSearchParams();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ username: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  usePageTitle(t('auth.login.title'));
  useFocusFirstError(formRef, attempt);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = loginBody.safeParse(values);
    setFormError(null);
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues, t));
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      // The signed-out guard sends us on to ?next= once the account is known.
      signedIn(await api.login(parsed.data.username, parsed.data.password));
    } catch (error) {
      const result = errorsFromApi(error, t, ['username', 'password']);
      setErrors(result.fields);
      setFormError(result.form);
      setAttempt((n) => n + 1);
      setBusy(false);
    }
  }

  const signupHref = params.get('next') ? `/signup?next=${encodeURIComponent(params.get('next') ?? '')}` : '/signup';
  return (
    <div className="auth-page">
      <h1 className="auth-page__title">{t('auth.login.heading')}</h1>
      <p className="auth-page__intro">{t('auth.login.intro')}</p>
      <form ref={formRef} className="card form" onSubmit={submit} noValidate>
        <FormAlert message={formError} />
        <Field label={t('fields.username')} error={errors.username}>
          {(a11y) => (
            <input
              {...a11y}
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              value={values.username}
              onChange={(e) => setValues({ ...values, username: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('fields.password')} error={errors.password}>
          {(a11y) => (
            <input
              {...a11y}
              type="password"
              name="password"
              autoComplete="current-password"
              value={values.password}
              onChange={(e) => setValues({ ...values, password: e.target.value })}
            />
          )}
        </Field>
        <button type="submit" className="button button--primary button--block" disabled={busy}>
          {busy ? t('auth.login.busy') : t('auth.login.submit')}
        </button>
      </form>
      <p className="auth-page__switch">
        {t('auth.login.noAccount')}{' '}
        <Link to={signupHref} className="text-link">
          {t('auth.login.signupLink')}
        </Link>
      </p>
    </div>
  );
}
