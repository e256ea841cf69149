import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CrisisDialog } from './crisis-dialog.js';
import { LifebuoyIcon } from './icons.js';

/** The "Need help now" button and its dialog, shown on every page. */
export function NeedHelpButton({ className }: { className?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={['button', 'button--help', className].filter(Boolean).join(' ')}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <LifebuoyIcon />
        <span>{t('crisis.button')}</span>
      </button>
      <CrisisDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
