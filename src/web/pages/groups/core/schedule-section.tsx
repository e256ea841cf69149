import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/groups.js';
import * as api from '../../../api/meetings.js';
import { FormAlert } from '../../../components/form-alert.js';
import { LoadState } from '../../../components/load-state.js';
import { Section } from '../../../components/section.js';
import { useLoad } from '../../../lib/use-load.js';
import { DeleteMeetingDialog } from '../meetings/delete-meeting-dialog.js';
import { SeriesSummary } from '../meetings/series-summary.js';

// The editor carries the Meeting Guide type names; only the core team ever downloads it.
const EditMeetingDialog = lazy(() => import('../meetings/edit-meeting-dialog.js').then((m) => ({ default: m.EditMeetingDialog })));

interface Props {
  group: Group;
  /** Changes when a meeting was added elsewhere on the page. */
  version: number;
  /** Tells the page the schedule changed, so the upcoming list follows. */
  onChanged: () => void;
}

/** The group's meeting series, each to edit (schedule, place, agenda) or delete. */
export function ScheduleSection({ group, version, onChanged }: Props) {
  const { t } = useTranslation();
  const list = useLoad(() => api.listMeetings(group.id), `${group.id}:${version}`);
  const [editing, setEditing] = useState<api.MeetingSeries | null>(null);
  const [deleting, setDeleting] = useState<api.MeetingSeries | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  function saved(series: api.MeetingSeries) {
    setEditing(null);
    setStatus(t('meetings.edit.saved', { title: series.title }));
    list.reload();
    onChanged();
  }

  function deleted(series: api.MeetingSeries) {
    setDeleting(null);
    setStatus(t('meetings.delete.done', { title: series.title }));
    list.reload();
    onChanged();
  }

  return (
    <Section title={t('meetings.schedule.title')} intro={t('meetings.schedule.intro')}>
      <FormAlert message={status} tone="success" />
      {!list.data ? (
        <LoadState error={list.error} onRetry={list.reload} />
      ) : list.data.length === 0 ? (
        <p className="muted">{t('meetings.schedule.none')}</p>
      ) : (
        <ul className="row-list">
          {list.data.map((s) => (
            <li key={s.id} className="row-list__item row-list__item--stack series-row">
              <SeriesSummary series={s} />
              <div className="row-list__actions">
                <button type="button" className="button button--secondary" aria-haspopup="dialog" onClick={() => (setStatus(null), setEditing(s))}>
                  {t('meetings.schedule.edit')}
                  <span className="visually-hidden"> ({s.title})</span>
                </button>
                <button type="button" className="button button--quiet" aria-haspopup="dialog" onClick={() => (setStatus(null), setDeleting(s))}>
                  {t('meetings.schedule.delete')}
                  <span className="visually-hidden"> ({s.title})</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
          <EditMeetingDialog group={group} series={editing} onSaved={saved} onClose={() => setEditing(null)} />
        </Suspense>
      )}
      {deleting && <DeleteMeetingDialog group={group} series={deleting} onDeleted={deleted} onClose={() => setDeleting(null)} />}
    </Section>
  );
}
