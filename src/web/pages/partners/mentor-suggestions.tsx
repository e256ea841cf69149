import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { askMentor, mentorSuggestions, type MentorSuggestion } from '../../api/partners.js';
import { LoadState } from '../../components/load-state.js';
import { Section } from '../../components/section.js';
import { errorMessage } from '../../lib/form-errors.js';
import { useLoad } from '../../lib/use-load.js';
import { reasonText } from './reason-text.js';

/** Mentors in my groups with room, best match first, each with why they were suggested. */
export function MentorSuggestions({ version, onAsked }: { version: number; onAsked: (name: string) => void }) {
  const { t, i18n } = useTranslation();
  const list = useLoad(mentorSuggestions, `suggestions:${version}`);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function ask(m: MentorSuggestion) {
    setBusy(m.accountId);
    setError(null);
    try {
      await askMentor(m.accountId, m.groupId);
      onAsked(m.name);
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(null);
    }
  }
  return (
    <Section title={t('partners.mentors.title')} intro={t('partners.mentors.intro')}>
      {!list.data ? (
        <LoadState error={list.error} onRetry={list.reload} />
      ) : list.data.length === 0 ? (
        <p className="muted">{t('partners.mentors.none')}</p>
      ) : (
        <ul className="mentor-list">
          {list.data.slice(0, 5).map((m) => (
            <li key={m.accountId} className="mentor">
              <h3 className="mentor__name">{m.name}</h3>
              <p className="mentor__group muted">{m.groupName}</p>
              <ul className="mentor__reasons" aria-label={t('partners.mentors.why', { name: m.name })}>
                {m.reasons.map((r, i) => (
                  <li key={i} className="badge">{reasonText(t, r, i18n.language)}</li>
                ))}
              </ul>
              {m.availability && <p className="mentor__availability">{m.availability}</p>}
              <button type="button" className="button button--secondary" disabled={busy !== null} onClick={() => void ask(m)}>
                {t('partners.mentors.ask', { name: m.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <p className="alert alert--error" role="alert">{error}</p>}
    </Section>
  );
}
