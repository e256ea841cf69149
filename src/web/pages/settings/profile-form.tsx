import type { FormEvent } from 'react';
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
import { useSchemaForm } from '../../components/use-schema-form.js';
import { SettingsSection } from './section.js';

const FIELDS = ['displayName', 'email', 'timeZone', 'locale', 'country'];

export function ProfileForm({ account }: { account: Account }) {
  const { t } = useTranslation();
  const { signedIn } = useAccount();
  const { formRef, values, set, errors, message, busy, submit } = useSchemaForm({
    initialValues: {
      displayName: account.displayName,
      email: account.email ?? '',
      timeZone: account.timeZone,
      country: account.country ?? '',
    },
    schema: profilePatch,
    apiFields: FIELDS,
  });

  function save(patch: Record<string, unknown>, successText: string) {
    void submit(patch, async (data) => {
      signedIn(await api.updateMe(data));
      return successText;
    });
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const email = values.email.trim();
    save(
      { displayName: values.displayName, email: email || null, timeZone: values.timeZone, country: values.country || null },
      t('settings.profile.saved'),
    );
  }

  /** The language applies at once: saved to the account and switched immediately. */
  function changeLanguage(locale: Locale) {
    save({ locale }, t('settings.profile.languageSaved', { lng: locale }));
  }

  return (
    <SettingsSection title={t('settings.profile.title')} intro={t('settings.profile.intro')}>
      <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
        <FormAlert message={message?.text ?? null} tone={message?.tone} />
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
          {(a11y) => <CountrySelect {...a11y} value={values.country} onChange={(country) => set({ country })} />}
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
