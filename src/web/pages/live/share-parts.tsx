import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/form-alert.js';

/** A checkbox with a line saying what it means (keep my line, say my commitment aloud). */
export function ChoiceCheck({ checked, onChange, label, hint }: { checked: boolean; onChange: (checked: boolean) => void; label: string; hint: string }) {
  return (
    <label className="choice live-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span className="choice__text">
        <span className="choice__label">{label}</span>
        <span className="choice__hint">{hint}</span>
      </span>
    </label>
  );
}

/** The end of a turn's form: any error, then Share and — always without comment — Pass. */
export function ShareActions({ busy, error, onPass }: { busy: boolean; error: string | null; onPass: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <FormAlert message={error} />
      <div className="live-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('live.share.share')}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onPass}>
          {t('live.share.pass')}
        </button>
      </div>
    </>
  );
}
