import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ITEMS, PLAN_SECTIONS, isContactSection, type PlanContact, type SafetyPlanContent } from '../../../shared/safety-plan.js';
import { ApiError } from '../../api/client.js';
import { savePlan, type SafetyPlan } from '../../api/safety.js';
import { FormAlert } from '../../components/form-alert.js';
import { errorMessage } from '../../lib/form-errors.js';
import { AddContact, AddText, contactFrom, emptyContact, type ContactDraft } from './add-item.js';
import { StepItems } from './step-items.js';

const EXAMPLE_KEYS = ['a', 'b', 'c'] as const;
type Item = string | PlanContact;

/** The guided editor: one step at a time, with a one-line explanation and ideas that add themselves. */
export function PlanEditor({ initial, onSaved, onCancel }: { initial: SafetyPlanContent; onSaved: (plan: SafetyPlan) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [draft, setDraft] = useState<SafetyPlanContent>(initial);
  const [step, setStep] = useState(0);
  const [text, setText] = useState('');
  const [contact, setContact] = useState<ContactDraft>(emptyContact());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const section = PLAN_SECTIONS[step]!;
  const contacts = isContactSection(section);
  const items = draft[section] as Item[];
  const full = items.length >= MAX_ITEMS;

  const setItems = (next: Item[], of = section) => setDraft((d) => ({ ...d, [of]: next }));
  const has = (label: string) => items.some((i) => (typeof i === 'string' ? i : i.name).toLowerCase() === label.toLowerCase());

  /** What was typed but not yet added still counts when moving on or saving. */
  function withPending(plan: SafetyPlanContent): SafetyPlanContent {
    if (full) return plan;
    if (contacts) {
      const result = contactFrom(contact);
      return 'contact' in result ? { ...plan, [section]: [...plan[section], result.contact] } : plan;
    }
    return text.trim() ? { ...plan, [section]: [...(plan[section] as string[]), text.trim()] } : plan;
  }

  function addTyped() {
    const next = withPending(draft);
    setDraft(next);
    setText('');
    if (next !== draft) setContact(emptyContact());
  }

  function go(to: number) {
    setDraft(withPending(draft));
    setText('');
    setContact(emptyContact());
    setError(null);
    setStep(to);
    requestAnimationFrame(() => document.getElementById(headingId)?.focus());
  }

  async function save() {
    const plan = withPending(draft);
    setDraft(plan);
    setText('');
    setContact(emptyContact());
    setBusy(true);
    setError(null);
    try {
      onSaved(await savePlan(plan));
    } catch (e) {
      // Send the member to the step the server named (e.g. body.helpContacts.0.phone).
      const field = e instanceof ApiError ? e.details?.[0]?.field.split('.')[1] : undefined;
      const at = PLAN_SECTIONS.findIndex((s) => s === field);
      if (at >= 0) setStep(at);
      setError(at >= 0 ? `${t('safety.editor.saveError')} (${t(`safety.sections.${PLAN_SECTIONS[at]}.title`)})` : errorMessage(e, t));
      setBusy(false);
    }
  }

  const last = step === PLAN_SECTIONS.length - 1;
  return (
    <section className="card safety-editor" aria-labelledby={headingId}>
      <p className="safety-editor__progress">
        <span>{t('safety.editor.step', { n: step + 1, total: PLAN_SECTIONS.length })}</span>
        <progress max={PLAN_SECTIONS.length} value={step + 1} aria-hidden="true" />
      </p>
      <h2 id={headingId} className="card__title" tabIndex={-1}>
        {t(`safety.sections.${section}.title`)}
      </h2>
      <p className="section__intro">{t(`safety.sections.${section}.body`)}</p>

      <StepItems items={items} onChange={(next) => setItems(next)} />
      {full && <p className="muted">{t('safety.editor.full')}</p>}

      <div className="safety-editor__examples">
        <p className="safety-editor__examples-label">{t('safety.editor.examples')}</p>
        <div className="safety-editor__chips">
          {EXAMPLE_KEYS.map((k) => {
            const example = t(`safety.sections.${section}.examples.${k}`);
            if (has(example)) return null;
            return (
              <button key={k} type="button" className="chip safety-editor__chip" disabled={full} onClick={() => setItems([...items, contacts ? { name: example } : example])}>
                <span aria-hidden="true">+ </span>
                {example}
              </button>
            );
          })}
        </div>
      </div>

      {contacts ? (
        <AddContact value={contact} onValue={setContact} onAdd={addTyped} disabled={full || busy} />
      ) : (
        <AddText value={text} onValue={setText} onAdd={addTyped} disabled={full || busy} />
      )}

      <FormAlert message={error} />
      <div className="safety-editor__nav">
        {step > 0 ? (
          <button type="button" className="button button--secondary" onClick={() => go(step - 1)} disabled={busy}>
            {t('safety.editor.back')}
          </button>
        ) : (
          <button type="button" className="button button--quiet" onClick={onCancel} disabled={busy}>
            {t('safety.editor.cancel')}
          </button>
        )}
        {last ? (
          <button type="button" className="button button--primary" onClick={() => void save()} disabled={busy}>
            {busy ? t('safety.editor.saving') : t('safety.editor.save')}
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={() => go(step + 1)} disabled={busy}>
            {t('safety.editor.next')}
          </button>
        )}
      </div>
      {!last && (
        <div className="safety-editor__save-early">
          <button type="button" className="button button--quiet" onClick={() => void save()} disabled={busy}>
            {busy ? t('safety.editor.saving') : t('safety.editor.save')}
          </button>
          {step > 0 && (
            <button type="button" className="button button--quiet" onClick={onCancel} disabled={busy}>
              {t('safety.editor.cancel')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
