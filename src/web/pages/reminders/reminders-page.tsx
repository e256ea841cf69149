import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MAX_REMINDERS, type ReminderKind } from '../../../shared/reminders.js';
import * as api from '../../api/reminders.js';
import { useAccount } from '../../auth/account-context.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { EmptyStateCard } from '../../components/empty-state-card.js';
import { FormAlert } from '../../components/form-alert.js';
import { CalendarIcon } from '../../components/icons.js';
import { LoadState } from '../../components/load-state.js';
import { Page } from '../../components/page.js';
import { errorMessage } from '../../lib/form-errors.js';
import { useLoad } from '../../lib/use-load.js';
import { ReminderCard } from './reminder-card.js';
import { ReminderDialog } from './reminder-dialog.js';

type Editing = { kind: ReminderKind; reminder?: api.Reminder };

/** My reminders: daily check-in reminders and harder times of the week, each with its next time. */
export function RemindersPage() {
  const { t } = useTranslation();
  const { account } = useAccount();
  const list = useLoad(api.listReminders, 'reminders');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<api.Reminder | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  if (!account) return null;
  const reminders = list.data ?? [];
  const full = reminders.length >= MAX_REMINDERS;

  const replace = (saved: api.Reminder) =>
    list.setData(reminders.some((r) => r.id === saved.id) ? reminders.map((r) => (r.id === saved.id ? saved : r)) : [...reminders, saved]);

  async function toggle(reminder: api.Reminder, active: boolean) {
    setError(null);
    try {
      replace(await api.updateReminder(reminder.id, { active }));
    } catch (e) {
      setError(errorMessage(e, t));
    }
  }

  async function remove() {
    if (!deleting) return;
    setBusy(true);
    setDeleteError(null);
    try {
      await api.deleteReminder(deleting.id);
      list.setData(reminders.filter((r) => r.id !== deleting.id));
      setDeleting(null);
    } catch (e) {
      setDeleteError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('reminders.title')} intro={t('reminders.intro')} className="reminders-page">
      <p className="reminders-page__how">
        {t('reminders.howTheyArrive')} <Link to="/settings#notifications">{t('reminders.notificationsLink')}</Link>
      </p>
      <div className="reminders-page__add">
        <button type="button" className="button button--primary" disabled={full} onClick={() => setEditing({ kind: 'checkin' })}>
          {t('reminders.addCheckin')}
        </button>
        <button type="button" className="button button--secondary" disabled={full} onClick={() => setEditing({ kind: 'high_risk' })}>
          {t('reminders.addHighRisk')}
        </button>
      </div>
      {full && <p className="reminders-page__full">{t('reminders.full', { count: MAX_REMINDERS })}</p>}
      <FormAlert message={error} />
      {!list.data ? (
        <LoadState error={list.error} onRetry={list.reload} />
      ) : reminders.length === 0 ? (
        <EmptyStateCard Icon={CalendarIcon} title={t('reminders.empty.title')}>
          <p>{t('reminders.empty.body')}</p>
        </EmptyStateCard>
      ) : (
        <ul className="reminder-list" aria-label={t('reminders.listLabel')}>
          {reminders.map((reminder) => (
            <li key={reminder.id}>
              <ReminderCard
                reminder={reminder}
                timeZone={account.timeZone}
                onToggle={(active) => void toggle(reminder, active)}
                onEdit={() => setEditing({ kind: reminder.kind, reminder })}
                onDelete={() => {
                  setDeleteError(null);
                  setDeleting(reminder);
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <ReminderDialog kind={editing.kind} reminder={editing.reminder} timeZone={account.timeZone} onClose={() => setEditing(null)} onSaved={replace} />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('reminders.deleteConfirm.title')}
        body={<p>{t('reminders.deleteConfirm.body')}</p>}
        confirm={t('reminders.deleteConfirm.confirm')}
        error={deleteError}
        busy={busy}
        onConfirm={() => void remove()}
        onClose={() => setDeleting(null)}
      />
    </Page>
  );
}
