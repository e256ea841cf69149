import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_MESSAGE, REMINDER_DAYS, reminderBody, reminderPatch, WEEKDAYS_ONLY, type ReminderKind } from '../../../shared/reminders.js';
import type { Weekday } from '../../../shared/recurrence.js';
import * as api from '../../api/reminders.js';
import { ChoiceGroup } from '../../components/choice-group.js';
import { Field } from '../../components/field.js';
import { FormAlert } from '../../components/form-alert.js';
import { CloseIcon } from '../../components/icons.js';
import { Modal } from '../../components/modal.js';
import { useSchemaForm } from '../../components/use-schema-form.js';
import { dayNames, daysKind } from './reminder-text.js';

const FIELDS = ['days', 'time', 'endTime', 'message', 'tellPartner'];

interface Draft {
  days: Weekday[];
  time: string;
  endTime: string;
  message: string;
  tellPartner: boolean;
}

interface ReminderDialogProps {
  kind: ReminderKind;
  /** The reminder to change; a new one when absent. */
  reminder?: api.Reminder;
  timeZone: string;
  onClose: () => void;
  onSaved: (reminder: api.Reminder) => void;
}

/** Add or change a check-in reminder or a harder time: days (with quick choices), time, and for a harder time its end, my words, my partner. */
export function ReminderDialog({ kind, reminder, timeZone, onClose, onSaved }: ReminderDialogProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const highRisk = kind === 'high_risk';
  const { formRef, values, set, errors, message, busy, submit } = useSchemaForm<Draft, typeof reminderBody | typeof reminderPatch>({
    initialValues: {
      days: reminder?.days ?? (highRisk ? ['FR'] : [...REMINDER_DAYS]),
      time: reminder?.time ?? (highRisk ? '17:00' : '20:00'),
      endTime: reminder?.endTime ?? (highRisk && !reminder ? '21:00' : ''),
      message: reminder?.message ?? '',
      tellPartner: reminder?.tellPartner ?? false,
    },
    schema: reminder ? reminderPatch : reminderBody,
    apiFields: FIELDS,
  });
  const shortNames = dayNames(REMINDER_DAYS, i18n.language, 'short');
  const preset = daysKind(values.days);
  const mode = reminder ? 'edit' : 'new';

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const fields = {
      days: REMINDER_DAYS.filter((d) => values.days.includes(d)),
      time: values.time,
      ...(highRisk && { endTime: values.endTime || null, message: values.message.trim() || null, tellPartner: values.tellPartner }),
    };
    void submit(reminder ? fields : { kind, ...fields }, async (input) => {
      onSaved(reminder ? await api.updateReminder(reminder.id, input) : await api.createReminder(input as api.ReminderInput));
      onClose();
    });
  }

  return (
    <Modal open onClose={onClose} labelledBy={titleId} className="reminder-dialog">
      <div className="modal__header">
        <h2 id={titleId} className="modal__title">
          {t(`reminders.form.${kind}.${mode}`)}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('common.close')}>
          <CloseIcon />
        </button>
      </div>
      <p className="modal__intro">{t(`reminders.form.${kind}.intro`)}</p>
      <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
        <FormAlert message={message?.text ?? null} tone={message?.tone} />
        <ChoiceGroup<Weekday>
          legend={t('reminders.form.days')}
          type="checkbox"
          compact
          choices={REMINDER_DAYS.map((value, i) => ({ value, label: shortNames[i] ?? value }))}
          selected={values.days}
          onChange={(days) => set({ days })}
          error={errors.days}
        />
        <div className="reminder-dialog__presets" role="group" aria-label={t('reminders.form.presets')}>
          {(['everyDay', 'weekdays'] as const).map((p) => (
            <button key={p} type="button" className="toggle" aria-pressed={preset === p} onClick={() => set({ days: p === 'everyDay' ? [...REMINDER_DAYS] : [...WEEKDAYS_ONLY] })}>
              {t(`reminders.form.${p}`)}
            </button>
          ))}
        </div>
        <div className="form__pair">
          <Field label={t(highRisk ? 'reminders.form.start' : 'reminders.form.time')} error={errors.time}>
            {(a11y) => <input {...a11y} type="time" required value={values.time} onChange={(e) => set({ time: e.target.value })} />}
          </Field>
          {highRisk && (
            <Field label={t('reminders.form.end')} optional error={errors.endTime}>
              {(a11y) => <input {...a11y} type="time" value={values.endTime} onChange={(e) => set({ endTime: e.target.value })} />}
            </Field>
          )}
        </div>
        <p className="field__hint">{t('reminders.form.timeZone', { zone: timeZone })}</p>
        {highRisk && (
          <>
            <Field label={t('reminders.form.message')} optional hint={t('reminders.form.messageHint')} error={errors.message}>
              {(a11y) => <textarea {...a11y} rows={3} maxLength={MAX_MESSAGE} value={values.message} onChange={(e) => set({ message: e.target.value })} />}
            </Field>
            <label className="reminder-dialog__partner">
              <input type="checkbox" checked={values.tellPartner} aria-describedby={`${titleId}-partner`} onChange={(e) => set({ tellPartner: e.target.checked })} />
              <span>{t('reminders.form.tellPartner')}</span>
            </label>
            <p id={`${titleId}-partner`} className="field__hint">
              {t('reminders.form.tellPartnerHint')}
            </p>
          </>
        )}
        <div className="modal__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('reminders.form.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
