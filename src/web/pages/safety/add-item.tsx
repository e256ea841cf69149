import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ITEM_LENGTH, PHONE_PATTERN, type PlanContact } from '../../../shared/safety-plan.js';
import { Field } from '../../components/field.js';

export interface ContactDraft {
  name: string;
  phone: string;
  note: string;
}
export const emptyContact = (): ContactDraft => ({ name: '', phone: '', note: '' });

/** A typed contact, ready to add; or the problem with it, keyed by the field it belongs to. */
export function contactFrom(draft: ContactDraft): { contact: PlanContact } | { problem: 'name' | 'phone' } {
  const name = draft.name.trim();
  const phone = draft.phone.trim();
  if (!name) return { problem: 'name' };
  if (phone && !PHONE_PATTERN.test(phone)) return { problem: 'phone' };
  return { contact: { name, ...(phone ? { phone } : {}), ...(draft.note.trim() ? { note: draft.note.trim() } : {}) } };
}

/** "Add your own" for a step of plain items; Enter adds. */
export function AddText({ value, onValue, onAdd, disabled }: { value: string; onValue: (v: string) => void; onAdd: () => void; disabled: boolean }) {
  const { t } = useTranslation();
  function submit(event: FormEvent) {
    event.preventDefault();
    onAdd();
  }
  return (
    <form className="safety-editor__add" onSubmit={submit}>
      <Field label={t('safety.editor.newItem')}>
        {(control) => <input {...control} type="text" value={value} maxLength={MAX_ITEM_LENGTH} disabled={disabled} onChange={(e) => onValue(e.target.value)} />}
      </Field>
      <button type="submit" className="button button--secondary" disabled={disabled || !value.trim()}>
        {t('safety.editor.add')}
      </button>
    </form>
  );
}

/** Name, phone and a note for someone to call. */
export function AddContact({ value, onValue, onAdd, disabled }: { value: ContactDraft; onValue: (v: ContactDraft) => void; onAdd: () => void; disabled: boolean }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<'name' | 'phone' | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    const result = contactFrom(value);
    if ('problem' in result) return setProblem(result.problem);
    setProblem(null);
    onAdd();
  }
  const set = (patch: Partial<ContactDraft>) => onValue({ ...value, ...patch });
  return (
    <form className="safety-editor__add safety-editor__add--contact" onSubmit={submit} noValidate>
      <Field label={t('safety.editor.contactName')} error={problem === 'name' ? t('safety.editor.nameRequired') : undefined}>
        {(control) => <input {...control} type="text" autoComplete="off" value={value.name} maxLength={MAX_ITEM_LENGTH} disabled={disabled} onChange={(e) => set({ name: e.target.value })} />}
      </Field>
      <Field label={t('safety.editor.contactPhone')} optional error={problem === 'phone' ? t('safety.editor.phoneInvalid') : undefined}>
        {(control) => <input {...control} type="tel" inputMode="tel" autoComplete="off" value={value.phone} maxLength={30} disabled={disabled} onChange={(e) => set({ phone: e.target.value })} />}
      </Field>
      <Field label={t('safety.editor.contactNote')} optional>
        {(control) => <input {...control} type="text" value={value.note} maxLength={MAX_ITEM_LENGTH} disabled={disabled} onChange={(e) => set({ note: e.target.value })} />}
      </Field>
      <button type="submit" className="button button--secondary" disabled={disabled || !value.name.trim()}>
        {t('safety.editor.addContact')}
      </button>
    </form>
  );
}
