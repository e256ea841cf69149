import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { setSharing, type Partnership, type ShareScope } from '../../api/partners.js';
import { ChoiceGroup } from '../../components/choice-group.js';
import { FormAlert } from '../../components/form-alert.js';
import { Section } from '../../components/section.js';
import { errorMessage } from '../../lib/form-errors.js';
import { SHARE_SCOPES } from '../../../shared/partners.js';
import { scopeExplain, scopeLabel } from '../sharing/scope-label.js';

/** What I share with this person: my own choice, changed or stopped at any time. */
export function MySharingForm({ partnership, onSaved }: { partnership: Partnership; onSaved: (p: Partnership) => void }) {
  const { t } = useTranslation();
  const name = partnership.other.name;
  const [scopes, setScopes] = useState<ShareScope[]>(partnership.myScopes);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setStatus(null);
    try {
      const saved = await setSharing(partnership.id, scopes);
      onSaved(saved);
      setStatus({ tone: 'success', text: saved.myScopes.length ? t('partners.share.saved', { name }) : t('partners.share.savedNothing', { name }) });
    } catch (err) {
      setStatus({ tone: 'error', text: errorMessage(err, t) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Section title={t('partners.share.title', { name })} intro={t('partners.share.intro', { name })}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <ChoiceGroup
          legend={t('partners.share.legend')}
          type="checkbox"
          choices={SHARE_SCOPES.map((s) => ({ value: s, label: scopeLabel(t, s), hint: scopeExplain(t, s) }))}
          selected={scopes}
          onChange={setScopes}
        />
        <FormAlert message={status?.text ?? null} tone={status?.tone} />
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('partners.share.save')}
        </button>
      </form>
    </Section>
  );
}
