import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { createGroupBody, JOIN_POLICIES, type JoinPolicy } from '../../../shared/groups.js';
import * as api from '../../api/groups.js';
import { useAccount } from '../../auth/account-context.js';
import { ChoiceGroup } from '../../components/choice-group.js';
import { Field } from '../../components/field.js';
import { FormAlert } from '../../components/form-alert.js';
import { Page } from '../../components/page.js';
import { TimeZoneSelect } from '../../components/time-zone-select.js';
import { useSchemaForm } from '../../components/use-schema-form.js';
import { GROUP_LANGUAGES, languageName } from '../../lib/languages.js';

const FIELDS = ['name', 'description', 'timeZone', 'languages', 'joinPolicy', 'listed'];

export function CreateGroupPage() {
  const { t, i18n } = useTranslation();
  const { account } = useAccount();
  const navigate = useNavigate();
  const { formRef, values, set, errors, message, busy, submit } = useSchemaForm({
    initialValues: () => ({
      name: '',
      description: '',
      timeZone: account?.timeZone ?? 'UTC',
      languages: [account?.locale ?? 'en'] as string[],
      joinPolicy: 'invite' as JoinPolicy,
      listed: false,
    }),
    schema: createGroupBody,
    apiFields: FIELDS,
    staysBusyOnSuccess: true,
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const description = values.description.trim();
    void submit({ ...values, description: description || undefined }, async (input) => {
      const group = await api.createGroup(input);
      navigate(`/groups/${group.id}`, { state: { created: true } });
    });
  }

  return (
    <Page title={t('groups.new.title')} intro={t('groups.new.intro')}>
      <form ref={formRef} className="form card" onSubmit={onSubmit} noValidate>
        <FormAlert message={message?.text ?? null} tone={message?.tone} />
        <Field label={t('groups.fields.name')} hint={t('groups.new.nameHint')} error={errors.name}>
          {(a11y) => <input {...a11y} value={values.name} maxLength={80} onChange={(e) => set({ name: e.target.value })} />}
        </Field>
        <Field label={t('groups.fields.description')} optional hint={t('groups.new.descriptionHint')} error={errors.description}>
          {(a11y) => <textarea {...a11y} rows={4} value={values.description} onChange={(e) => set({ description: e.target.value })} />}
        </Field>
        <Field label={t('fields.timeZone')} hint={t('groups.new.timeZoneHint')} error={errors.timeZone}>
          {(a11y) => <TimeZoneSelect {...a11y} value={values.timeZone} onChange={(timeZone) => set({ timeZone })} />}
        </Field>
        <ChoiceGroup
          legend={t('groups.fields.languages')}
          hint={t('groups.new.languagesHint')}
          error={errors.languages}
          type="checkbox"
          compact
          choices={GROUP_LANGUAGES.map((code) => ({ value: code as string, label: languageName(code, i18n.language) }))}
          selected={values.languages}
          onChange={(languages) => set({ languages })}
        />
        <ChoiceGroup
          legend={t('groups.fields.joinPolicy')}
          error={errors.joinPolicy}
          type="radio"
          choices={JOIN_POLICIES.map((policy) => ({
            value: policy,
            label: t(`groups.joinPolicy.${policy}.label`),
            hint: t(`groups.joinPolicy.${policy}.hint`),
          }))}
          selected={[values.joinPolicy]}
          onChange={([joinPolicy]) => joinPolicy && set({ joinPolicy })}
        />
        <label className="choice choice--single">
          <input type="checkbox" checked={values.listed} onChange={(e) => set({ listed: e.target.checked })} />
          <span className="choice__text">
            <span className="choice__label">{t('groups.fields.listed')}</span>
            <span className="choice__hint">{t('groups.new.listedHint')}</span>
          </span>
        </label>
        <p className="form__footnote">{t('groups.new.agreementNote')}</p>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('groups.new.busy') : t('groups.new.submit')}
          </button>
          <Link to="/groups" className="button button--quiet">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </Page>
  );
}
