import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { profilePatch, type Account } from '../../../shared/account.js';
import type { Locale } from '../../../shared/locales.js';
import * as api from '../../api/account.js';
import { useAccount } from '../../auth/account-context.js';
import { CountrySelect } from '../../components/country-select.js';
import { Field } from '../../components/field.js';
import { FormAlert } from '../../components/form-alert.js';
import { LanguageSelect } from '../../components/language-select.js';
import { TimeZoneSelect } from '../../components/time-zone-select.js';
import { useFocusFirstError } from '../../components/use-focus-first-error.js';
import { errorsFromApi, fieldErrorsFromIssues, type FieldErrors } from '../../lib/form-errors.js';
import { SettingsSection } from './section.js';

const FIELDS = ['displayName', 'email', 'timeZone', 'locale', 'country'];

export function ProfileForm({ account }: { account: Account }) {
  const { t } = useTranslation();
  const { signedIn } = useAccount();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({
    displayName: account.displayName,
    email: account.email ?? '',
    timeZone: account.timeZone,
    country: account.country ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useFocusFirstError(formRef, attempt);
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));

  async function save(patch: Record<string, unknown>, successText: string) {
    const parsed = profilePatch.safeParse(patch);
    setMessage(null);
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues, t));
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      signedIn(await api.updateMe(parsed.data));
      setMessage({ tone: 'success', text: successText });
    } catch (error) {
      const result = errorsFromApi(error, t, FIELDS);
      setErrors(result.fields);
      if (result.form) setMessage({ tone: 'error', text: result.form });
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const email = values.email.trim();
    void save(
      { displayName: values.displayName, email: email || null, timeZone: values.timeZone, country: values.country || null },
      t('settings.profile.saved'),
    );
  }

  /** The language applies at once: saved to the account and switched immediately. */
  function changeLanguage(locale: Locale) {
    void save({ locale }, t('settings.profile.languageSaved', { lng: locale }));
  }

  return (
    <SettingsSection title={t('settings.profile.title')} intro={t('settings.profile.intro')}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        {message && <FormAlert message={message.text} tone={message.tone} />}
        <Field label={t('fields.displayName')} hint={t('settings.profile.displayNameHint')} error={errors.displayName}>
          {(a11y) => (
            <input {...a11y} autoComplete="nickname" value={values.displayName} onChange={(e) => set({ displayName: e.target.value })} />
          )}
        </Field>
        <Field label={t('fields.email')} optional hint={t('settings.profile.emailHint')} error={errors.email}>
          {(a11y) => (
            <input {...a11y} type="email" autoComplete="email" value={values.email} onChange={(e) => set({ email: e.target.value })} />
          )}
        </Field>
        <Field label={t('fields.timeZone')} error={errors.timeZone}>
          {(a11y) => <TimeZoneSelect {...a11y} value={values.timeZone} onChange={(timeZone) => set({ timeZone })} />}
        </Field>
        <Field label={t('fields.country')} optional hint={t('settings.profile.countryHint')} error={errors.country}>
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
        <Field label={t('fields.language')} hint={t('settings.profile.languageHint')} error={errors.locale}>
          {(a11y) => <LanguageSelect {...a11y} value={account.locale} onChange={changeLanguage} />}
        </Field>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('settings.profile.submit')}
        </button>
      </form>
    </SettingsSection>
  );
}
