import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { createGoalBody, GOAL_KINDS, MAX_STEPS, TARGET_PERIODS, type GoalKind } from '../../../shared/recovery/goals.js';
import * as api from '../../api/goals.js';
import { useAccount } from '../../auth/account-context.js';
import { ChoiceGroup } from '../../components/choice-group.js';
import { Field } from '../../components/field.js';
import { FormAlert } from '../../components/form-alert.js';
import { Page } from '../../components/page.js';
import { useSchemaForm } from '../../components/use-schema-form.js';
import { todayIn } from './format.js';
import { TargetFields } from './target-fields.js';

const FIELDS = ['kind', 'title', 'startDate', 'target', 'unit', 'steps'];

export function NewGoalPage() {
  const { t } = useTranslation();
  const { account } = useAccount();
  const navigate = useNavigate();
  const today = todayIn(account?.timeZone ?? 'UTC');
  const { formRef, values, set, errors, message, busy, submit } = useSchemaForm({
    initialValues: () => ({
      kind: 'abstain' as GoalKind,
      title: '',
      startDate: today,
      amount: '',
      per: 'day' as (typeof TARGET_PERIODS)[number],
      unit: '',
      steps: ['', ''],
    }),
    schema: createGoalBody,
    apiFields: FIELDS,
    staysBusyOnSuccess: true,
  });
  const counted = values.kind !== 'abstain';

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const steps = values.steps.map((s) => s.trim()).filter(Boolean);
    const input = {
      kind: values.kind,
      title: values.title,
      startDate: values.startDate,
      ...(counted && { target: { amount: Number(values.amount), per: values.per }, unit: values.unit.trim() || null }),
      ...(steps.length > 0 && { steps }),
    };
    void submit(input, async (body) => {
      const goal = await api.createGoal(body);
      navigate(`/goals/${goal.id}`, { state: { created: true } });
    });
  }

  const setStep = (index: number, value: string) => set({ steps: values.steps.map((s, i) => (i === index ? value : s)) });

  return (
    <Page title={t('goals.new.title')} intro={t('goals.new.intro')}>
      <form ref={formRef} className="form card" onSubmit={onSubmit} noValidate>
        <FormAlert message={message?.text ?? null} tone={message?.tone} />
        <ChoiceGroup
          legend={t('goals.new.kind')}
          error={errors.kind}
          type="radio"
          choices={GOAL_KINDS.map((kind) => ({ value: kind, label: t(`goals.kinds.${kind}.label`), hint: t(`goals.kinds.${kind}.hint`) }))}
          selected={[values.kind]}
          onChange={([kind]) => kind && set({ kind })}
        />
        <Field label={t('goals.fields.title')} hint={t(`goals.new.titleHint.${values.kind}`)} error={errors.title}>
          {(a11y) => <input {...a11y} value={values.title} maxLength={80} onChange={(e) => set({ title: e.target.value })} />}
        </Field>
        <Field
          label={t(values.kind === 'abstain' ? 'goals.fields.since' : 'goals.fields.startDate')}
          hint={t(values.kind === 'abstain' ? 'goals.new.sinceHint' : 'goals.new.startHint')}
          error={errors.startDate}
        >
          {(a11y) => <input {...a11y} type="date" max={today} value={values.startDate} onChange={(e) => set({ startDate: e.target.value })} />}
        </Field>
        {counted && (
          <TargetFields
            kind={values.kind}
            amount={values.amount}
            per={values.per}
            unit={values.unit}
            errors={{ amount: errors.target, unit: errors.unit }}
            onChange={set}
          />
        )}
        <fieldset className="subfields">
          <legend className="choices__legend">{t('goals.steps.legend')}</legend>
          <p className="field__hint">{t('goals.steps.hint')}</p>
          {values.steps.map((step, index) => (
            <Field key={index} label={t('goals.steps.numbered', { n: index + 1 })} optional error={index === 0 ? errors.steps : undefined}>
              {(a11y) => <input {...a11y} value={step} maxLength={120} onChange={(e) => setStep(index, e.target.value)} />}
            </Field>
          ))}
          {values.steps.length < MAX_STEPS && (
            <button type="button" className="button button--quiet goal-form__more" onClick={() => set({ steps: [...values.steps, ''] })}>
              {t('goals.steps.another')}
            </button>
          )}
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('goals.new.submit')}
          </button>
          <Link to="/goals" className="button button--quiet">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </Page>
  );
}
