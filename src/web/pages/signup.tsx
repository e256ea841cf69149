import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { signupBody, type SignupInput } from '../../shared/account.js';
import type { Locale } from '../../shared/locales.js';
import * as api from '../api/account.js';
import { useAccount } from '../auth/account-context.js';
import { CountrySelect } from '../components/country-select.js';
import { Field } from '../components/field.js';
import { FormAlert } from '../components/form-alert.js';
import { LanguageSelect } from '../components/language-select.js';
import { TimeZoneSelect } from '../components/time-zone-select.js';
import { usePageTitle } from '../components/use-page-title.js';
import { useFocusFirstError } from '../components/use-focus-first-error.js';
import { currentLocale, setLocale } from '../i18n/index.js';
import { browserLanguages, countryFromLanguages } from '../lib/countries.js';
import { errorsFromApi, fieldErrorsFromIssues, type FieldErrors } from '../lib/form-errors.js';
import { readSetting } from '../lib/storage.js';
import { browserTimeZone } from '../lib/time-zones.js';

const FIELDS = ['username', 'password', 'displayName', 'email', 'timeZone', 'locale', 'country'];

interface SignupValues {
  username: string;
  password: string;
  displayName: string;
  email: string;
  timeZone: string;
  country: string;
}

/** Optional fields left blank are simply not sent. */
function toInput(values: SignupValues, locale: Locale): Record<keyof SignupInput, unknown> {
  const trimmedName = values.displayName.trim();
  const email = values.email.trim();
  return {
    username: values.username.trim(),
    password: values.password,
    displayName: trimmedName || undefined,
    email: email || undefined,
    timeZone: values.timeZone,
    locale,
    country: values.country || undefined,
  };
}

export function SignupPage() {
  const { t } = useTranslation();
  const { signedIn } = useAccount();
  const [params] = useSearchParams();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<SignupValues>(() => ({
    username: '',
    password: '',
    displayName: '',
    email: '',
    timeZone: browserTimeZone(),
    country: readSetting('country') ?? countryFromLanguages(browserLanguages()) ?? '',
  }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  usePageTitle(t('auth.signup.title'));
  useFocusFirstError(formRef, attempt);
  const set = (patch: Partial<SignupValues>) => setValues((v) => ({ ...v, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const parsed = signupBody.safeParse(toInput(values, currentLocale()));
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues, t));
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      signedIn(await api.signup(parsed.data));
    } catch (error) {
      const result = errorsFromApi(error, t, FIELDS);
      setErrors(result.fields);
      setFormError(result.form);
      setAttempt((n) => n + 1);
      setBusy(false);
    }
  }

  const loginHref = params.get('next') ? `/login?next=${encodeURIComponent(params.get('next') ?? '')}` : '/login';
  return (
    <div className="auth-page">
      <h1 className="auth-page__title">{t('auth.signup.heading')}</h1>
      <p className="auth-page__intro">{t('auth.signup.intro')}</p>
      <form ref={formRef} className="card form" onSubmit={submit} noValidate>
        <FormAlert message={formError} />
        <Field label={t('fields.username')} hint={t('auth.signup.usernameHint')} error={errors.username}>
          {(a11y) => (
            <input
              {...a11y}
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              value={values.username}
              onChange={(e) => set({ username: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('fields.password')} hint={t('auth.signup.passwordHint')} error={errors.password}>
          {(a11y) => (
            <input
              {...a11y}
              type="password"
              name="password"
              autoComplete="new-password"
              value={values.password}
              onChange={(e) => set({ password: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('fields.displayName')} optional hint={t('auth.signup.displayNameHint')} error={errors.displayName}>
          {(a11y) => (
            <input
              {...a11y}
              name="displayName"
              autoComplete="nickname"
              value={values.displayName}
              onChange={(e) => set({ displayName: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('fields.email')} optional hint={t('auth.signup.emailHint')} error={errors.email}>
          {(a11y) => (
            <input
              {...a11y}
              type="email"
              name="email"
              autoComplete="email"
              value={values.email}
              onChange={(e) => set({ email: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('fields.timeZone')} error={errors.timeZone}>
          {(a11y) => <TimeZoneSelect {...a11y} value={values.timeZone} onChange={(timeZone) => set({ timeZone })} />}
        </Field>
        <Field label={t('fields.language')} error={errors.locale}>
          {(a11y) => <LanguageSelect {...a11y} value={currentLocale()} onChange={(locale) => void setLocale(locale)} />}
        </Field>
        <Field label={t('fields.country')} optional hint={t('auth.signup.countryHint')} error={errors.country}>
          {(a11y) => (
            <CountrySelect
              id={a11y.id}
              describedBy={a11y['aria-describedby']}
              value={values.country}
              emptyLabel={t('fields.countryNone')}
              onChange={(country) => set({ country })}
            />
          )}
        </Field>
        <button type="submit" className="button button--primary button--block" disabled={busy}>
          {busy ? t('auth.signup.busy') : t('auth.signup.submit')}
        </button>
        <p className="form__footnote">{t('auth.signup.privacy')}</p>
      </form>
      <p className="auth-page__switch">
        {t('auth.signup.haveAccount')}{' '}
        <Link to={loginHref} className="text-link">
          {t('auth.signup.loginLink')}
        </Link>
      </p>
    </div>
  );
}
