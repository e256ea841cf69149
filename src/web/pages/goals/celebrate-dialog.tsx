import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Milestone } from '../../../shared/recovery/progress-schema.js';
import * as goalsApi from '../../api/goals.js';
import * as groupsApi from '../../api/groups.js';
import { ChoiceGroup } from '../../components/choice-group.js';
import { Field } from '../../components/field.js';
import { FormAlert } from '../../components/form-alert.js';
import { LoadState } from '../../components/load-state.js';
import { Modal } from '../../components/modal.js';
import { errorMessage } from '../../lib/form-errors.js';
import { useLoad } from '../../lib/use-load.js';
import { useMilestoneName } from './use-milestone-name.js';

interface Props {
  open: boolean;
  goalId: string;
  milestone: Milestone;
  unit: 'day' | 'week';
  /** Groups where this milestone is already celebrated: not offered again. */
  sharedGroupIds: readonly string[];
  onClose: () => void;
  onShared: () => void;
}

/** Share one milestone with one of my groups: the milestone and an optional message, never the goal or records. */
export function CelebrateDialog({ open, goalId, milestone, unit, sharedGroupIds, onClose, onShared }: Props) {
  const id = useId();
  return (
    <Modal open={open} onClose={onClose} labelledBy={`${id}-title`} describedBy={`${id}-intro`}>
      <CelebrateForm titleId={`${id}-title`} introId={`${id}-intro`} {...{ goalId, milestone, unit, sharedGroupIds, onClose, onShared }} />
    </Modal>
  );
}

type FormProps = Omit<Props, 'open'> & { titleId: string; introId: string };

function CelebrateForm({ titleId, introId, goalId, milestone, unit, sharedGroupIds, onClose, onShared }: FormProps) {
  const { t } = useTranslation();
  const milestoneName = useMilestoneName();
  const groups = useLoad(groupsApi.listMyGroups, 'my-groups');
  const active = (groups.data ?? []).filter((g) => g.myMembership.status === 'active' && !sharedGroupIds.includes(g.id));
  const [groupId, setGroupId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [groupError, setGroupError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const chosen = groupId ?? (active.length === 1 ? active[0]!.id : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) {
      setGroupError(t('milestones.celebrate.pickGroup'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await goalsApi.celebrateInGroup(goalId, milestone, chosen, message.trim() || undefined);
      onShared();
    } catch (e) {
      setError(errorMessage(e, t));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="form">
      <h2 id={titleId} className="modal__title">
        {t('milestones.celebrate.dialogTitle', { milestone: milestoneName(milestone, unit) })}
      </h2>
      <p id={introId} className="modal__intro">
        {t('milestones.celebrate.dialogIntro')}
      </p>
      <FormAlert message={error} />
      {!groups.data ? (
        <LoadState error={groups.error} onRetry={groups.reload} />
      ) : active.length === 0 ? (
        <p>
          {t('milestones.celebrate.noGroups')}{' '}
          <Link to="/groups" className="text-link">
            {t('milestones.celebrate.findGroup')}
          </Link>
        </p>
      ) : (
        <>
          <ChoiceGroup
            legend={t('milestones.celebrate.group')}
            error={groupError}
            type="radio"
            choices={active.map((g) => ({ value: g.id, label: g.name }))}
            selected={chosen ? [chosen] : []}
            onChange={([value]) => {
              setGroupId(value ?? null);
              setGroupError(undefined);
            }}
          />
          <Field label={t('milestones.celebrate.message')} optional hint={t('milestones.celebrate.messageHint')}>
            {(a11y) => <textarea {...a11y} rows={3} maxLength={280} value={message} onChange={(e) => setMessage(e.target.value)} />}
          </Field>
        </>
      )}
      <div className="modal__actions">
        <button type="button" className="button button--secondary" onClick={onClose} data-autofocus>
          {t('milestones.celebrate.notNow')}
        </button>
        {active.length > 0 && (
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('milestones.celebrate.share')}
          </button>
        )}
      </div>
    </form>
  );
}
