import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, type Partnership } from '../../api/partners.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { errorMessage } from '../../lib/form-errors.js';

/** Ending is always allowed and says plainly that sharing stops both ways. */
export function EndPartnership({ partnership, onEnded }: { partnership: Partnership; onEnded: (p: Partnership) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = partnership.other.name;
  const key = partnership.kind === 'mentor' ? 'mentorship' : 'partnership';
  async function end() {
    setBusy(true);
    setError(null);
    try {
      onEnded(await answer(partnership.id, 'end'));
      setOpen(false);
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="card settings-section--danger partner-end" aria-labelledby="partner-end-title">
      <h2 id="partner-end-title" className="card__title">{t(`partners.end.${key}.title`)}</h2>
      <p>{t('partners.end.intro', { name })}</p>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        {t(`partners.end.${key}.button`)}
      </button>
      <ConfirmDialog
        open={open}
        title={t(`partners.end.${key}.confirmTitle`, { name })}
        body={<p>{t('partners.end.confirmBody', { name })}</p>}
        confirm={t(`partners.end.${key}.button`)}
        error={error}
        busy={busy}
        onConfirm={() => void end()}
        onClose={() => setOpen(false)}
      />
    </section>
  );
}
