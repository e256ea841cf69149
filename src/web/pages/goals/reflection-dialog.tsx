import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalDay } from '../../../shared/recovery/goals.js';
import * as api from '../../api/goals.js';
import { Field } from '../../components/field.js';
import { FormAlert } from '../../components/form-alert.js';
import { Modal } from '../../components/modal.js';
import { errorMessage } from '../../lib/form-errors.js';
import { formatDay } from './format.js';

export const REFLECTION_FIELDS = ['whatHappened', 'trigger', 'whatHelped', 'nextTime'] as const;
type Answers = Record<(typeof REFLECTION_FIELDS)[number], string>;

interface Props {
  open: boolean;
  goalId: string;
  day: GoalDay;
  onClose: () => void;
  onSaved: (day: GoalDay) => void;
}

/** A short, private reflection on a day: every question may stay blank. */
export function ReflectionDialog({ open, goalId, day, onClose, onSaved }: Props) {
  const id = useId();
  return (
    <Modal open={open} onClose={onClose} labelledBy={`${id}-title`} describedBy={`${id}-intro`} className="modal--wide">
      <ReflectionForm titleId={`${id}-title`} introId={`${id}-intro`} goalId={goalId} day={day} onClose={onClose} onSaved={onSaved} />
    </Modal>
  );
}

function ReflectionForm({ titleId, introId, goalId, day, onClose, onSaved }: Omit<Props, 'open'> & { titleId: string; introId: string }) {
  const { t, i18n } = useTranslation();
  const [answers, setAnswers] = useState<Answers>(() => ({
    whatHappened: day.reflection?.whatHappened ?? '',
    trigger: day.reflection?.trigger ?? '',
    whatHelped: day.reflection?.whatHelped ?? '',
    nextTime: day.reflection?.nextTime ?? '',
  }));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = Object.fromEntries(REFLECTION_FIELDS.map((f) => [f, answers[f].trim() || null]));
      onSaved(await api.saveReflection(goalId, day.date, body));
    } catch (e) {
      setError(errorMessage(e, t));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="form">
      <h2 id={titleId} className="modal__title">
        {t('goals.reflection.title', { date: formatDay(day.date, i18n.language, 'long') })}
      </h2>
      <p id={introId} className="modal__intro">
        {t('goals.reflection.intro')}
      </p>
      <FormAlert message={error} />
      {REFLECTION_FIELDS.map((field, index) => (
        <Field key={field} label={t(`goals.reflection.${field}`)} optional>
          {(a11y) => (
            <textarea
              {...a11y}
              rows={3}
              maxLength={field === 'whatHappened' ? 2000 : 1000}
              value={answers[field]}
              onChange={(e) => setAnswers((a) => ({ ...a, [field]: e.target.value }))}
              data-autofocus={index === 0 ? true : undefined}
            />
          )}
        </Field>
      ))}
      <div className="modal__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('goals.reflection.save')}
        </button>
      </div>
    </form>
  );
}
