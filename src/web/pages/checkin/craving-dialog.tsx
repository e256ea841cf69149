import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CRAVING_OUTCOMES, CRAVING_TRIGGERS, cravingBody, type CravingTrigger } from '../../../shared/recovery/cravings.js';
import * as api from '../../api/cravings.js';
import { ChoiceGroup } from '../../components/choice-group.js';
import { Field } from '../../components/field.js';
import { FormAlert } from '../../components/form-alert.js';
import { CloseIcon } from '../../components/icons.js';
import { Modal } from '../../components/modal.js';
import { useSchemaForm } from '../../components/use-schema-form.js';
import { instantFromWallClock, wallClockInput } from './craving-time.js';
import { ScaleChoice } from './scale-choice.js';

const FIELDS = ['at', 'intensity', 'triggers', 'situation', 'durationMinutes', 'action', 'outcome'];
const ZERO_TO_TEN = Array.from({ length: 11 }, (_, n) => ({ value: n, label: String(n) }));
type Outcome = (typeof CRAVING_OUTCOMES)[number];

interface Draft {
  at: string;
  intensity: number | null;
  triggers: CravingTrigger[];
  situation: string;
  duration: string;
  action: string;
  outcome: Outcome | null;
}

const text = (value: string) => (value.trim() === '' ? null : value.trim());
const minutes = (value: string) => (value.trim() === '' ? null : Number(value));

interface CravingDialogProps {
  timeZone: string;
  onClose: () => void;
  onLogged: (craving: api.Craving) => void;
}

/** Quick to fill in while a craving is still fresh: only intensity and outcome are needed. */
export function CravingDialog({ timeZone, onClose, onLogged }: CravingDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [now] = useState(() => Date.now());
  const { formRef, values, set, errors, message, busy, submit } = useSchemaForm<Draft, typeof cravingBody>({
    initialValues: { at: wallClockInput(now, timeZone), intensity: null, triggers: [], situation: '', duration: '', action: '', outcome: null },
    schema: cravingBody,
    apiFields: FIELDS,
  });
  const [detailsOpen, setDetailsOpen] = useState(false);
  // A problem in a detail field opens the details so it can be seen and focused.
  const detailError = Boolean(errors.situation || errors.durationMinutes || errors.action);
  if (detailError && !detailsOpen) setDetailsOpen(true);
  /** Only ever missing (the tiles allow nothing else), and no longer once answered. */
  const choose = (field: 'intensity' | 'outcome') => (errors[field] && values[field] === null ? t('checkin.chooseOne') : undefined);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = {
      at: instantFromWallClock(values.at, timeZone) ?? values.at,
      intensity: values.intensity ?? undefined,
      triggers: values.triggers,
      situation: text(values.situation),
      durationMinutes: minutes(values.duration),
      action: text(values.action),
      outcome: values.outcome ?? undefined,
    };
    void submit(body, async (input) => {
      onLogged(await api.logCraving(input));
      onClose();
    });
  }

  return (
    <Modal open onClose={onClose} labelledBy={titleId} className="modal--wide craving-dialog">
      <div className="modal__header">
        <h2 id={titleId} className="modal__title">
          {t('cravingLog.dialog.title')}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('common.close')}>
          <CloseIcon />
        </button>
      </div>
      <p className="modal__intro">{t('cravingLog.dialog.intro')}</p>
      <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
        <FormAlert message={message?.text ?? null} tone={message?.tone} />
        <ScaleChoice
          legend={t('cravingLog.intensity')}
          variant="numbers"
          options={ZERO_TO_TEN}
          value={values.intensity}
          onChange={(intensity) => set({ intensity })}
          ends={[t('cravingLog.intensityLow'), t('cravingLog.intensityHigh')]}
          error={choose('intensity')}
        />
        <ChoiceGroup<CravingTrigger>
          legend={t('cravingLog.triggers')}
          hint={t('cravingLog.triggersHint')}
          type="checkbox"
          compact
          choices={CRAVING_TRIGGERS.map((value) => ({ value, label: t(`cravingLog.trigger.${value}`) }))}
          selected={values.triggers}
          onChange={(triggers) => set({ triggers })}
          error={errors.triggers}
        />
        <ScaleChoice<Outcome>
          legend={t('cravingLog.outcome')}
          hint={t('cravingLog.outcomeHint')}
          variant="numbers"
          options={CRAVING_OUTCOMES.map((value) => ({ value, label: t(`cravingLog.outcomes.${value}`) }))}
          value={values.outcome}
          onChange={(outcome) => set({ outcome })}
          error={choose('outcome')}
        />
        <Field label={t('cravingLog.when')} error={errors.at}>
          {(a11y) => (
            <input {...a11y} type="datetime-local" max={wallClockInput(now, timeZone)} value={values.at} onChange={(e) => set({ at: e.target.value })} />
          )}
        </Field>
        <details className="craving-details" open={detailsOpen} onToggle={(e) => setDetailsOpen(e.currentTarget.open)}>
          <summary>{t('cravingLog.details')}</summary>
          <div className="craving-details__fields">
            <Field label={t('cravingLog.situation')} optional hint={t('cravingLog.situationHint')} error={errors.situation}>
              {(a11y) => <textarea {...a11y} rows={2} maxLength={1000} value={values.situation} onChange={(e) => set({ situation: e.target.value })} />}
            </Field>
            <Field label={t('cravingLog.duration')} optional error={errors.durationMinutes}>
              {(a11y) => (
                <input {...a11y} className="checkin-hours" inputMode="numeric" value={values.duration} onChange={(e) => set({ duration: e.target.value })} />
              )}
            </Field>
            <Field label={t('cravingLog.action')} optional hint={t('cravingLog.actionHint')} error={errors.action}>
              {(a11y) => <textarea {...a11y} rows={2} maxLength={1000} value={values.action} onChange={(e) => set({ action: e.target.value })} />}
            </Field>
          </div>
        </details>
        <div className="modal__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('cravingLog.dialog.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
