import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { signupBody, type SignupInput } from '../../shared/account.js';
import type { Locale } from '../../shared/locales.js';
import * as api from '../api/account.js';
import { useAccount } from '../auth/account-context.js';
import { CountrySelect } from '../components/country-select.js';
import { AuthPage } from '../components/auth-page.js';
import { Field } from '../components/field.js';
import { FormAlert } from '../components/form-alert.js';
import { LanguageSelect } from '../components/language-select.js';
import { TimeZoneSelect } from '../components/time-zone-select.js';
import { useSchemaForm } from '../components/use-schema-form.js';
import { UsernameInput } from '../components/username-input.js';
import { currentLocale, setLocale } from '../i18n/index.js';
import { browserLanguages, countryFromLanguages } from '../lib/countries.js';
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
  const { formRef, values, set, errors, message, busy, submit } = useSchemaForm({
    initialValues: (): SignupValues => ({
      username: '',
      password: '',
      displayName: '',
      email: '',
      timeZone: browserTimeZone(),
      country: readSetting('country') ?? countryFromLanguages(browserLanguages()) ?? '',
    }),
    schema: signupBody,
    apiFields: FIELDS,
    staysBusyOnSuccess: true,
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(toInput(values, currentLocale()), async (data) => signedIn(await api.signup(data)));
  }

  return (
    <AuthPage
      title={t('auth.signup.title')}
      heading={t('auth.signup.heading')}
      intro={t('auth.signup.intro')}
      switchPrompt={t('auth.signup.haveAccount')}
      switchLabel={t('auth.signup.loginLink')}
      switchTo="/login"
    >
      <form ref={formRef} className="card form" onSubmit={onSubmit} noValidate>
        <FormAlert message={message?.text ?? null} tone={message?.tone} />
        <Field label={t('fields.username')} hint={t('auth.signup.usernameHint')} error={errors.username}>
          {(a11y) => <UsernameInput {...a11y} value={values.username} onChange={(username) => set({ username })} />}
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
          {(a11y) => <CountrySelect {...a11y} value={values.country} onChange={(country) => set({ country })} />}
        </Field>
        <button type="submit" className="button button--primary button--block" disabled={busy}>
          {busy ? t('auth.signup.busy') : t('auth.signup.submit')}
        </button>
        <p className="form__footnote">{t('auth.signup.privacy')}</p>
      </form>
    </AuthPage>
  );
}
