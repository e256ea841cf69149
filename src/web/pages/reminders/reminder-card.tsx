import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reminder } from '../../api/reminders.js';
import { dayList, daysKind, nextTimeText } from './reminder-text.js';

interface ReminderCardProps {
  reminder: Reminder;
  timeZone: string;
  onToggle: (active: boolean) => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** One reminder in plain words, when it comes next, and its switch, edit and delete. */
export function ReminderCard({ reminder, timeZone, onToggle, onEdit, onDelete }: ReminderCardProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const kind = daysKind(reminder.days);
  const days = kind === 'some' ? t('reminders.days.some', { days: dayList(reminder.days, i18n.language) }) : t(`reminders.days.${kind}`);
  const what =
    reminder.kind === 'checkin'
      ? t('reminders.checkinText', { days, time: reminder.time })
      : reminder.endTime
        ? t('reminders.highRiskWindow', { days, time: reminder.time, end: reminder.endTime })
        : t('reminders.highRiskFrom', { days, time: reminder.time });
  return (
    <article className={reminder.active ? 'card reminder-card' : 'card reminder-card reminder-card--off'} aria-labelledby={`${id}-what`}>
      <p id={`${id}-what`} className="reminder-card__what">
        {what}
      </p>
      {reminder.message && <blockquote className="reminder-card__words">{reminder.message}</blockquote>}
      {reminder.kind === 'high_risk' && reminder.tellPartner && <p className="reminder-card__partner">{t('reminders.partnerWillKnow')}</p>}
      <p className="reminder-card__next">
        {reminder.active && reminder.nextAt ? t('reminders.next', { when: nextTimeText(reminder.nextAt, i18n.language, timeZone) }) : t('reminders.off')}
      </p>
      <div className="reminder-card__actions">
        <label className="reminder-switch">
          <input type="checkbox" role="switch" checked={reminder.active} aria-describedby={`${id}-what`} onChange={(e) => onToggle(e.target.checked)} />
          <span>{t('reminders.switchLabel')}</span>
        </label>
        <button type="button" className="button button--secondary" aria-describedby={`${id}-what`} onClick={onEdit}>
          {t('reminders.edit')}
        </button>
        <button type="button" className="button button--quiet" aria-describedby={`${id}-what`} onClick={onDelete}>
          {t('reminders.delete')}
        </button>
      </div>
    </article>
  );
}
