import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_STEPS, type Goal } from '../../../shared/recovery/goals.js';
import * as api from '../../api/goals.js';
import { FormAlert } from '../../components/form-alert.js';
import { CloseIcon } from '../../components/icons.js';
import { errorMessage } from '../../lib/form-errors.js';

/** A few small, concrete next steps the member ticks off. */
export function StepsSection({ goal, onChange }: { goal: Goal; onChange: (goal: Goal) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const steps = goal.steps;

  async function run(action: () => Promise<Goal['steps']>) {
    setError(null);
    setBusy(true);
    try {
      onChange({ ...goal, steps: await action() });
    } catch (e) {
      setError(errorMessage(e, t));
    }
    setBusy(false);
  }

  const toggle = (stepId: string, done: boolean) =>
    run(async () => {
      const step = await api.updateStep(goal.id, stepId, { done });
      return steps.map((s) => (s.id === stepId ? step : s));
    });
  const remove = (stepId: string) =>
    run(async () => {
      await api.removeStep(goal.id, stepId);
      return steps.filter((s) => s.id !== stepId);
    });

  function add(event: FormEvent) {
    event.preventDefault();
    const text = title.trim();
    if (!text) return;
    void run(async () => {
      const step = await api.addStep(goal.id, text);
      setTitle('');
      return [...steps, step];
    });
  }

  return (
    <section className="card section steps" aria-labelledby={id}>
      <h2 id={id} className="card__title">
        {t('goals.steps.title')}
      </h2>
      <FormAlert message={error} />
      {steps.length === 0 ? (
        <p className="muted">{t('goals.steps.empty')}</p>
      ) : (
        <ul className="steps__list">
          {steps.map((step) => (
            <li key={step.id} className="steps__item">
              <label className="steps__check">
                <input type="checkbox" checked={step.done} disabled={busy} onChange={(e) => void toggle(step.id, e.target.checked)} />
                <span className={step.done ? 'steps__title steps__title--done' : 'steps__title'}>{step.title}</span>
              </label>
              <button
                type="button"
                className="icon-button"
                disabled={busy}
                aria-label={t('goals.steps.remove', { step: step.title })}
                onClick={() => void remove(step.id)}
              >
                <CloseIcon />
              </button>
            </li>
          ))}
        </ul>
      )}
      {steps.length < MAX_STEPS && (
        <form className="steps__add" onSubmit={add} noValidate>
          <label htmlFor={`${id}-new`} className="visually-hidden">
            {t('goals.steps.new')}
          </label>
          <input id={`${id}-new`} value={title} maxLength={120} placeholder={t('goals.steps.placeholder')} onChange={(e) => setTitle(e.target.value)} />
          <button type="submit" className="button button--secondary" disabled={busy || !title.trim()}>
            {t('goals.steps.add')}
          </button>
        </form>
      )}
    </section>
  );
}
