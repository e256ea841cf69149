import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNameOf, useSession } from './session-context.js';

/**
 * When the running passes to someone else (handed over, taken over, or picked up after the
 * runner left), a calm note says who runs it now: the screen changes under people's hands.
 * It sits above the member and runner views so it outlives the switch between them.
 */
export function RunnerNotice() {
  const { t } = useTranslation();
  const { state, me } = useSession();
  const nameOf = useNameOf();
  const [seen, setSeen] = useState(state.facilitatorId);
  const [changed, setChanged] = useState(false);
  if (state.facilitatorId !== seen) {
    setSeen(state.facilitatorId);
    setChanged(true);
  }
  const mine = state.facilitatorId === me.accountId;
  // The status region stays in the page, empty until there is news, so screen readers announce it.
  return (
    <div className={changed ? 'alert alert--success live-notice' : 'live-notice live-notice--quiet'}>
      <p role="status">{changed && (mine ? t('live.notice.you') : t('live.notice.them', { name: nameOf(state.facilitatorId) }))}</p>
      {changed && (
        <button type="button" className="button button--quiet" onClick={() => setChanged(false)}>
          {t('live.notice.dismiss')}
        </button>
      )}
    </div>
  );
}
