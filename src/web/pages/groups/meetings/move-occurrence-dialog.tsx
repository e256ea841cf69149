import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidDate, isValidTime, localDate, localToUtc } from '../../../../shared/recurrence.js';
import * as api from '../../../api/meetings.js';
import { Field } from '../../../components/field.js';
import { FormAlert } from '../../../components/form-alert.js';
import { Modal } from '../../../components/modal.js';
import { errorsFromApi } from '../../../lib/form-errors.js';
import { meetingTime } from '../../../lib/meeting-time.js';

const LENGTHS = [30, 45, 60, 75, 90, 120];

/** HH:MM of an instant on a zone's wall clock. */
function wallTime(at: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(at));
}

interface Props {
  groupId: string;
  occurrence: api.OccurrenceView;
  onMoved: (moved: api.OccurrenceView) => void;
  onClose: () => void;
}

/** One date of a series to another day or time, set on the group's clock (where the meeting happens). */
export function MoveOccurrenceDialog({ groupId, occurrence: o, onMoved, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const zone = o.timeZone;
  const length = Math.round((Date.parse(o.endsAt) - Date.parse(o.startsAt)) / 60_000);
  const [date, setDate] = useState(() => localDate(zone, new Date(o.startsAt)));
  const [time, setTime] = useState(() => wallTime(o.startsAt, zone));
  const [minutes, setMinutes] = useState(String(length));
  const [errors, setErrors] = useState<{ date?: string; time?: string }>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Where the rule puts this date, on the same clock as the fields below.
  const planned = meetingTime(o.originalStartsAt ?? o.startsAt, zone, zone, i18n.language);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const problems = {
      ...(!isValidDate(date) && { date: t('validation.invalid') }),
      ...(!isValidTime(time) && { time: t('validation.invalid') }),
    };
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const startsAt = localToUtc(zone, date, time).toISOString();
      onMoved(await api.moveOccurrence(groupId, o.seriesId, o.date, startsAt, Number(minutes)));
    } catch (e) {
      const result = errorsFromApi(e, t, ['startsAt', 'durationMinutes']);
      setErrors({ date: result.fields.startsAt });
      setMessage(result.form ?? t('errors.invalid'));
      setBusy(false);
    }
  }

  return (
    <Modal open onClose={onClose} labelledBy="move-title" describedBy="move-intro">
      <form className="form" onSubmit={submit} noValidate>
        <h2 id="move-title" className="modal__title">
          {t('meetings.move.title', { title: o.title })}
        </h2>
        <p id="move-intro" className="modal__intro">
          {t('meetings.move.intro', { day: planned.day, time: planned.time, zone: zone.replaceAll('_', ' ') })}
        </p>
        <div className="form__pair">
          <Field label={t('meetings.move.date')} error={errors.date}>
            {(a11y) => <input {...a11y} type="date" required value={date} onChange={(e) => setDate(e.target.value)} data-autofocus />}
          </Field>
          <Field label={t('meetings.move.time')} error={errors.time}>
            {(a11y) => <input {...a11y} type="time" required value={time} onChange={(e) => setTime(e.target.value)} />}
          </Field>
        </div>
        <Field label={t('meetings.form.duration')}>
          {(a11y) => (
            <select {...a11y} value={minutes} onChange={(e) => setMinutes(e.target.value)}>
              {(LENGTHS.includes(length) ? LENGTHS : [...LENGTHS, length].sort((a, b) => a - b)).map((m) => (
                <option key={m} value={m}>
                  {t('meetings.minutes', { count: m })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <FormAlert message={message} />
        <div className="modal__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('meetings.move.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
