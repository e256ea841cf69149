import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { updateGoalBody, type Goal } from '../../../shared/recovery/goals.js';
import * as api from '../../api/goals.js';
import { Field } from '../../components/field.js';
import { FormAlert } from '../../components/form-alert.js';
import { useSchemaForm } from '../../components/use-schema-form.js';
import { errorMessage } from '../../lib/form-errors.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { TargetFields } from './target-fields.js';

/** Edit the title and target, mark achieved, archive or bring back, delete. */
export function ManageGoal({ goal, onChanged }: { goal: Goal; onChanged: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const [statusError, setStatusError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function setStatus(status: Goal['status']) {
    setStatusError(null);
    setBusy(true);
    try {
      await api.updateGoal(goal.id, { status });
      onChanged();
    } catch (e) {
      setStatusError(errorMessage(e, t));
    }
    setBusy(false);
  }

  async function remove() {
    setBusy(true);
    try {
      await api.deleteGoal(goal.id);
      navigate('/goals', { replace: true });
    } catch (e) {
      setDeleteError(errorMessage(e, t));
      setBusy(false);
    }
  }

  return (
    <section className="card section manage-goal" aria-labelledby={id}>
      <h2 id={id} className="card__title">
        {t('goals.manage.title')}
      </h2>
      <EditGoalForm goal={goal} onSaved={onChanged} />
      <FormAlert message={statusError} />
      <div className="manage-goal__status">
        {goal.status === 'active' && (
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void setStatus('achieved')}>
            {t('goals.manage.achieve')}
          </button>
        )}
        {goal.status === 'active' ? (
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void setStatus('archived')}>
            {t('goals.manage.archive')}
          </button>
        ) : (
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void setStatus('active')}>
            {t('goals.manage.reactivate')}
          </button>
        )}
        <button type="button" className="button button--quiet manage-goal__delete" aria-haspopup="dialog" onClick={() => setDeleting(true)}>
          {t('goals.manage.delete')}
        </button>
      </div>
      <p className="field__hint">{t('goals.manage.statusHint')}</p>
      <ConfirmDialog
        open={deleting}
        title={t('goals.manage.deleteTitle', { title: goal.title })}
        body={<p>{t('goals.manage.deleteBody')}</p>}
        confirm={t('goals.manage.deleteConfirm')}
        error={deleteError}
        busy={busy}
        onConfirm={() => void remove()}
        onClose={() => setDeleting(false)}
      />
    </section>
  );
}

function EditGoalForm({ goal, onSaved }: { goal: Goal; onSaved: () => void }) {
  const { t } = useTranslation();
  const counted = goal.kind !== 'abstain';
  const { formRef, values, set, errors, message, busy, submit } = useSchemaForm({
    initialValues: () => ({
      title: goal.title,
      amount: goal.target ? String(goal.target.amount) : '',
      per: goal.target?.per ?? ('day' as const),
      unit: goal.unit ?? '',
    }),
    schema: updateGoalBody,
    apiFields: ['title', 'target', 'unit'],
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const input = {
      title: values.title,
      ...(counted && { target: { amount: Number(values.amount), per: values.per }, unit: values.unit.trim() || null }),
    };
    void submit(input, async (body) => {
      await api.updateGoal(goal.id, body);
      onSaved();
      return t('goals.manage.saved');
    });
  }

  return (
    <form ref={formRef} className="form manage-goal__form" onSubmit={onSubmit} noValidate>
      <FormAlert message={message?.text ?? null} tone={message?.tone} />
      <Field label={t('goals.fields.title')} error={errors.title}>
        {(a11y) => <input {...a11y} value={values.title} maxLength={80} onChange={(e) => set({ title: e.target.value })} />}
      </Field>
      {counted && (
        <TargetFields
          kind={goal.kind}
          amount={values.amount}
          per={values.per}
          unit={values.unit}
          errors={{ amount: errors.target, unit: errors.unit }}
          onChange={set}
        />
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('goals.manage.save')}
        </button>
      </div>
    </form>
  );
}
