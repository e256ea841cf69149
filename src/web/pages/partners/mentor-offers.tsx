import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { myMentoring, offerToMentor, type MyMentoring } from '../../api/partners.js';
import { Section } from '../../components/section.js';
import { errorMessage } from '../../lib/form-errors.js';

/** Where my offer to mentor stands in each of my groups, and a way to offer. */
export function MentorOffers({ mentoring, onChanged }: { mentoring: MyMentoring; onChanged: (m: MyMentoring) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function offer(groupId: string) {
    setBusy(true);
    setError(null);
    try {
      await offerToMentor(groupId);
      onChanged(await myMentoring());
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Section title={t('partners.mentoring.groups')} intro={t('partners.mentoring.groupsIntro')}>
      {mentoring.offers.length === 0 ? (
        <p className="muted">{t('partners.mentoring.noGroups')}</p>
      ) : (
        <ul className="offer-list">
          {mentoring.offers.map((o) => (
            <li key={o.groupId} className="offer">
              <span className="offer__group">{o.groupName}</span>
              {o.status === 'none' || o.status === 'declined' ? (
                <button type="button" className="button button--secondary" disabled={busy || !mentoring.profile} onClick={() => void offer(o.groupId)}>
                  {t('partners.mentoring.offer', { group: o.groupName })}
                </button>
              ) : (
                <span className={o.status === 'approved' ? 'badge badge--accent' : 'badge'}>{t(`partners.mentoring.status.${o.status}`)}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {!mentoring.profile && mentoring.offers.length > 0 && <p className="field__hint">{t('partners.mentoring.profileFirst')}</p>}
      {error && <p className="alert alert--error" role="alert">{error}</p>}
    </Section>
  );
}
