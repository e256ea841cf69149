import type { TFunction } from 'i18next';
import type { MentorSuggestion } from '../../api/partners.js';

type Reason = MentorSuggestion['reasons'][number];

/** A reason in plain words: "Speaks Spanish", "2 h apart", "Family". */
export function reasonText(t: TFunction, reason: Reason, locale: string): string {
  if (reason.kind === 'language') {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(reason.language) ?? reason.language;
    return t('partners.reasons.speaks', { language: name });
  }
  if (reason.kind === 'time_zone') {
    return reason.hoursApart === 0 ? t('partners.reasons.sameZone') : t('partners.reasons.hoursApart', { hours: reason.hoursApart });
  }
  return t('partners.reasons.focus', { focus: t(`partners.focus.${reason.focus}`) });
}
