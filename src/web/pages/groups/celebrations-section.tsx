import { useTranslation } from 'react-i18next';
import type { Group } from '../../../shared/groups.js';
import * as api from '../../api/groups.js';
import { Section } from '../../components/section.js';
import { useLoad } from '../../lib/use-load.js';

/**
 * Milestones members chose to celebrate here: the milestone and their own words, never the
 * goal behind it. Hidden while there is nothing to celebrate, so it never reads as a scoreboard.
 */
export function CelebrationsSection({ group }: { group: Group }) {
  const { t, i18n } = useTranslation();
  const celebrations = useLoad(() => api.listCelebrations(group.id), `celebrations-${group.id}`);
  if (!celebrations.data || celebrations.data.length === 0) return null;
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <Section title={t('groups.celebrations.title')} intro={t('groups.celebrations.intro')} className="celebrations">
      <ul className="celebration-list">
        {celebrations.data.map((c) => (
          <li key={c.id} className="celebration">
            <p className="celebration__what">
              <span aria-hidden="true" className="celebration__mark">
                ✦
              </span>{' '}
              {t(`groups.celebrations.${c.kind}`, { name: c.displayName, count: c.days, context: c.kind === 'achieved' ? undefined : c.unit })}
            </p>
            {c.message && <blockquote className="celebration__message">{c.message}</blockquote>}
            <p className="celebration__when muted">{day.format(new Date(c.createdAt))}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}
