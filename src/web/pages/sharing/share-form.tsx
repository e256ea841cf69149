import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PURPOSE, SCOPES, type Scope } from '../../../shared/sharing.js';
import { createGrant, type Person } from '../../api/sharing.js';
import { ChoiceGroup } from '../../components/choice-group.js';
import { Field } from '../../components/field.js';
import { FormAlert } from '../../components/form-alert.js';
import { errorsFromApi, type FieldErrors } from '../../lib/form-errors.js';
import { scopeExplain, scopeLabel } from './scope-label.js';

const API_FIELDS = ['granteeAccountId', 'scopes', 'expiresAt', 'purpose'];

function tomorrow(): string {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** "Share with someone": a person I know here, what they may see (explained), and optionally until when and why. */
export function ShareForm({ people, onShared }: { people: Person[]; onShared: (name: string) => void }) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [person, setPerson] = useState('');
  const [scopes, setScopes] = useState<Scope[]>([]);
  const [until, setUntil] = useState('');
  const [purpose, setPurpose] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const focusFirstError = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .choices.field--error input, [data-form-alert]')?.focus());

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setAlert(null);
    const found: FieldErrors = {};
    if (!person) found.granteeAccountId = t('sharing.form.pickPerson');
    if (scopes.length === 0) found.scopes = t('sharing.form.pickScope');
    if (until && until < tomorrow()) found.expiresAt = t('sharing.form.expiryPast');
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstError();
    setBusy(true);
    try {
      // The end of the chosen day, on this device's clock.
      const expiresAt = until ? new Date(`${until}T23:59:59`).toISOString() : null;
      const grant = await createGrant({ granteeAccountId: person, scopes: SCOPES.filter((s) => scopes.includes(s)), expiresAt, purpose: purpose.trim() || null });
      setPerson('');
      setScopes([]);
      setUntil('');
      setPurpose('');
      onShared(grant.granteeName);
    } catch (error) {
      const result = errorsFromApi(error, t, API_FIELDS);
      setErrors(result.fields);
      setAlert(result.form);
      focusFirstError();
    } finally {
      setBusy(false);
    }
  }

  const option = (p: Person) =>
    p.partner ? t('sharing.form.partner', { name: p.name }) : p.groups.length ? t('sharing.form.inGroups', { name: p.name, groups: p.groups.join(', ') }) : p.name;

  return (
    <form ref={formRef} className="form sharing-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <h3 className="privacy__heading">{t('sharing.form.title')}</h3>
      <p className="muted">{people.length === 0 ? t('sharing.form.nobody') : t('sharing.form.intro')}</p>
      <FormAlert message={alert} />
      <Field label={t('sharing.form.person')} error={errors.granteeAccountId}>
        {(a11y) => (
          <select {...a11y} value={person} onChange={(e) => setPerson(e.target.value)}>
            <option value="">{t('sharing.form.choose')}</option>
            {people.map((p) => (
              <option key={p.accountId} value={p.accountId}>
                {option(p)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ChoiceGroup
        legend={t('sharing.form.scopes')}
        hint={t('sharing.form.scopesHint')}
        error={errors.scopes}
        type="checkbox"
        choices={SCOPES.map((s) => ({ value: s, label: scopeLabel(t, s), hint: scopeExplain(t, s) }))}
        selected={scopes}
        onChange={setScopes}
      />
      <Field label={t('sharing.form.expiry')} optional hint={t('sharing.form.expiryHint')} error={errors.expiresAt}>
        {(a11y) => <input {...a11y} type="date" min={tomorrow()} value={until} onChange={(e) => setUntil(e.target.value)} />}
      </Field>
      <Field label={t('sharing.form.purpose')} optional hint={t('sharing.form.purposeHint')} error={errors.purpose}>
        {(a11y) => <input {...a11y} maxLength={MAX_PURPOSE} value={purpose} onChange={(e) => setPurpose(e.target.value)} />}
      </Field>
      <button type="submit" className="button button--primary" disabled={busy || people.length === 0}>
        {t('sharing.form.submit')}
      </button>
    </form>
  );
}
