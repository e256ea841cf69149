import { useTranslation } from 'react-i18next';
import { DEFAULT_AGENDA } from '../../../shared/meetings.js';

/**
 * A phase's title as the viewer reads it: a group's own titles as written, but the default
 * agenda's titles (stored in English when the meeting was made) in the viewer's language.
 */
export function usePhaseTitle(): (phase: { kind: string; title: string }) => string {
  const { t } = useTranslation();
  return (phase) => (DEFAULT_AGENDA.some((d) => d.kind === phase.kind && d.title === phase.title) ? t(`live.kinds.${phase.kind}`) : phase.title);
}
