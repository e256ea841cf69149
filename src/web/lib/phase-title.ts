import { useTranslation } from 'react-i18next';
import { catalog } from '../i18n/catalog.js';

type Kind = keyof typeof catalog.en.meetings.agenda.kinds;
const kindKey = (kind: string) => `meetings.agenda.kinds.${kind}`;

/**
 * Each phase kind's default title in every language, as the meeting editor pre-fills it
 * (and as the server's default agenda stores it, in English): a phase still called that
 * was never renamed, so it reads in the viewer's language.
 */
const DEFAULT_TITLES: ReadonlySet<string> = new Set(
  Object.values(catalog).flatMap((c) => Object.entries(c.meetings.agenda.kinds).map(([kind, title]) => `${kind}\n${title}`)),
);

/** A phase's title as the viewer reads it: a group's own titles as written, the defaults translated. */
export function phaseTitle(translate: (key: string) => string, phase: { kind: string; title: string }): string {
  return DEFAULT_TITLES.has(`${phase.kind}\n${phase.title}`) ? translate(kindKey(phase.kind as Kind)) : phase.title;
}

export function usePhaseTitle(): (phase: { kind: string; title: string }) => string {
  const { t } = useTranslation();
  return (phase) => phaseTitle((key) => t(key), phase);
}
