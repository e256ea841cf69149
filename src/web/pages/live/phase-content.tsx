import { useTranslation } from 'react-i18next';
import { activePhase } from '../../../shared/live-session/machine.js';
import { DiscussionSection } from './discussion-section.js';
import { PracticeSection } from './practice-section.js';
import { RoundSection } from './round-section.js';
import { useSession } from './session-context.js';

/**
 * What the active phase asks of people: a round, a discussion, a practice, or the group's own
 * item. `room` is the screen the whole room sees: nothing to do there, only to follow.
 */
export function PhaseContent({ runner, room = false }: { runner: boolean; room?: boolean }) {
  const { t } = useTranslation();
  const { state } = useSession();
  switch (activePhase(state).kind) {
    case 'opening_checkin':
    case 'closing_reflection':
      return <RoundSection runner={runner} />;
    case 'discussion':
      return <DiscussionSection runner={runner} room={room} />;
    case 'skill_practice':
      return <PracticeSection runner={runner} />;
    case 'custom':
      return <p className="card live-custom">{runner ? t('live.custom.runner') : t('live.custom.member')}</p>;
  }
}
