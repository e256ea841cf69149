import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal, GoalDay } from '../../../shared/recovery/goals.js';
import * as api from '../../api/goals.js';
import { Field } from '../../components/field.js';
import { FormAlert } from '../../components/form-alert.js';
import { errorMessage } from '../../lib/form-errors.js';
import { amountMeetsTarget } from './goal-figures.js';

export interface Recorded {
  day: GoalDay;
}

interface Props {
  goal: Goal;
  today: string;
  onRecorded: (recorded: Recorded) => void;
}

/** Abstain goals: record a lapse for a day (optionally the time). Reduce and build: how much, on a day. */
export function RecordDay({ goal, today, onRecorded }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const abstain = goal.kind === 'abstain';
  const [date, setDate] = useState(today);
  const [time, setTime] = useState('');
  const [amount, setAmount] = useState('');
  const [errors, setErrors] = useState<{ date?: string; amount?: string }>({});
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const problems: typeof errors = {};
    if (!date) problems.date = t('validation.required');
    else if (date > today) problems.date = t('goals.record.future');
    else if (date < goal.startDate) problems.date = t('goals.record.beforeStart');
    const value = Number(amount);
    if (!abstain && (amount.trim() === '' || !Number.isFinite(value) || value < 0)) problems.amount = t('goals.record.amountInvalid');
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const record = abstain ? { met: false, time: time || null } : { met: amountMeetsTarget(goal, value), amount: value };
      const day = await api.recordDay(goal.id, date, record);
      if (!abstain) setMessage({ tone: 'success', text: t('goals.record.saved') });
      setAmount('');
      setTime('');
      onRecorded({ day });
    } catch (e) {
      setMessage({ tone: 'error', text: errorMessage(e, t) });
    }
    setBusy(false);
  }

  return (
    <section className="card section record-day" aria-labelledby={id}>
      <h2 id={id} className="card__title">
        {t(abstain ? 'goals.record.lapseTitle' : 'goals.record.dayTitle')}
      </h2>
      <p className="section__intro">{t(abstain ? 'goals.record.lapseIntro' : `goals.record.dayIntro.${goal.kind}`)}</p>
      <form className="form" onSubmit={submit} noValidate>
        <FormAlert message={message?.text ?? null} tone={message?.tone} />
        <div className="form__pair">
          <Field label={t('goals.record.date')} error={errors.date}>
            {(a11y) => <input {...a11y} type="date" min={goal.startDate} max={today} value={date} onChange={(e) => setDate(e.target.value)} />}
          </Field>
          {abstain ? (
            <Field label={t('goals.record.time')} optional hint={t('goals.record.timeHint')}>
              {(a11y) => <input {...a11y} type="time" value={time} onChange={(e) => setTime(e.target.value)} />}
            </Field>
          ) : (
            <Field label={goal.unit ? t('goals.record.amountOf', { unit: goal.unit }) : t('goals.record.amount')} error={errors.amount}>
              {(a11y) => (
                <input {...a11y} type="number" inputMode="decimal" min={0} step="any" value={amount} onChange={(e) => setAmount(e.target.value)} />
              )}
            </Field>
          )}
        </div>
        <div className="form__actions">
          <button type="submit" className={abstain ? 'button button--secondary' : 'button button--primary'} disabled={busy}>
            {t(abstain ? 'goals.record.lapseSubmit' : 'goals.record.daySubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}
