import { useId, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { checkinBody } from '../../../shared/recovery/checkins.js';
import * as api from '../../api/checkins.js';
import { Field } from '../../components/field.js';
import { FormAlert } from '../../components/form-alert.js';
import { useSchemaForm } from '../../components/use-schema-form.js';
import { bodyFrom, type CheckinDraft } from './checkin-draft.js';
import { GoalAnswers } from './goal-answers.js';
import { ScaleChoice, type ScaleOption } from './scale-choice.js';
import { StrategyPicker } from './strategy-picker.js';

const FIELDS = ['mood', 'energy', 'craving', 'stress', 'sleepHours', 'sleepQuality', 'meals', 'note', 'strategies', 'goals'];
const ZERO_TO_TEN = Array.from({ length: 11 }, (_, n) => ({ value: n, label: String(n) }));

interface CheckinFormProps {
  date: string;
  isToday: boolean;
  goals: readonly api.Goal[];
  suggestions: readonly string[];
  initial: CheckinDraft;
  /** Called with the abstain goals answered "no", once the day is saved. */
  onSaved: (lapses: api.Goal[]) => void;
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="card checkin-group" aria-labelledby={id}>
      <h2 id={id} className="checkin-group__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The whole day on one screen, grouped so it takes about twenty seconds on a phone. */
export function CheckinForm({ date, isToday, goals, suggestions, initial, onSaved }: CheckinFormProps) {
  const { t } = useTranslation();
  const { formRef, values, set, errors, message, busy, submit } = useSchemaForm({
    initialValues: initial,
    schema: checkinBody,
    apiFields: FIELDS,
  });

  const words = (scale: string): ScaleOption<number>[] =>
    [1, 2, 3, 4, 5].map((n) => ({ value: n, label: t(`checkin.${scale}.levels.${n}`) }));
  /** Only ever missing (the tiles allow nothing else), and no longer once answered. */
  const scaleError = (field: 'mood' | 'energy' | 'craving' | 'stress') =>
    errors[field] && values[field] === null ? t('checkin.chooseOne') : undefined;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(bodyFrom(values), async (input) => {
      await api.saveCheckin(date, input);
      onSaved(goals.filter((g) => values.goals[g.id] === false));
    });
  }

  return (
    <form ref={formRef} className="form checkin-form" onSubmit={onSubmit} noValidate>
      <FormAlert message={message?.text ?? null} tone={message?.tone} />
      <Group title={t('checkin.groups.feeling')}>
        <ScaleChoice legend={t('checkin.mood.label')} variant="words" options={words('mood')} value={values.mood} onChange={(mood) => set({ mood })} error={scaleError('mood')} />
        <ScaleChoice legend={t('checkin.energy.label')} variant="words" options={words('energy')} value={values.energy} onChange={(energy) => set({ energy })} error={scaleError('energy')} />
      </Group>
      <Group title={t('checkin.groups.pressure')}>
        <ScaleChoice
          legend={t('checkin.craving.label')}
          variant="numbers"
          options={ZERO_TO_TEN}
          value={values.craving}
          onChange={(craving) => set({ craving })}
          ends={[t('checkin.craving.low'), t('checkin.craving.high')]}
          error={scaleError('craving')}
        />
        <ScaleChoice
          legend={t('checkin.stress.label')}
          variant="numbers"
          options={ZERO_TO_TEN}
          value={values.stress}
          onChange={(stress) => set({ stress })}
          ends={[t('checkin.stress.low'), t('checkin.stress.high')]}
          error={scaleError('stress')}
        />
      </Group>
      <Group title={t('checkin.groups.body')}>
        <Field label={t('checkin.sleep.hours')} optional hint={t('checkin.sleep.hoursHint')} error={errors.sleepHours}>
          {(a11y) => (
            <input
              {...a11y}
              className="checkin-hours"
              inputMode="decimal"
              autoComplete="off"
              value={values.sleepHours}
              onChange={(e) => set({ sleepHours: e.target.value })}
            />
          )}
        </Field>
        <ScaleChoice
          legend={t('checkin.sleep.quality')}
          optional
          variant="words"
          options={words('sleep')}
          value={values.sleepQuality}
          onChange={(sleepQuality) => set({ sleepQuality })}
          error={errors.sleepQuality}
        />
        <ScaleChoice<'yes' | 'no'>
          legend={t(isToday ? 'checkin.meals.labelToday' : 'checkin.meals.labelThatDay')}
          optional
          variant="numbers"
          options={[
            { value: 'yes', label: t('checkin.yes') },
            { value: 'no', label: t('checkin.no') },
          ]}
          value={values.meals === null ? null : values.meals ? 'yes' : 'no'}
          onChange={(v) => set({ meals: v === 'yes' })}
          error={errors.meals}
        />
      </Group>
      {goals.length > 0 && (
        <Group title={t('checkin.groups.goals')}>
          <GoalAnswers
            goals={goals}
            answers={values.goals}
            isToday={isToday}
            onChange={(goalId, met) => set({ goals: { ...values.goals, [goalId]: met } })}
          />
          {errors.goals && <p className="field__error">{errors.goals}</p>}
        </Group>
      )}
      <Group title={t(isToday ? 'checkin.strategies.titleToday' : 'checkin.strategies.titleThatDay')}>
        <StrategyPicker suggestions={suggestions} chosen={values.strategies} onChange={(strategies) => set({ strategies })} error={errors.strategies} />
      </Group>
      <Group title={t('checkin.note.title')}>
        <Field label={t('checkin.note.label')} optional hint={t('checkin.note.hint')} error={errors.note}>
          {(a11y) => <textarea {...a11y} rows={3} maxLength={4000} value={values.note} onChange={(e) => set({ note: e.target.value })} />}
        </Field>
      </Group>
      <button type="submit" className="button button--primary button--large button--block" disabled={busy}>
        {t('checkin.save')}
      </button>
    </form>
  );
}
