import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { crisisLinesFor } from '../../shared/crisis-lines.js';
import { useAccount } from '../auth/account-context.js';
import { browserLanguages, countryFromLanguages } from '../lib/countries.js';
import { readSetting, writeSetting } from '../lib/storage.js';
import { SosConfirm } from '../pages/safety/sos-confirm.js';
import { CountrySelect } from './country-select.js';
import { CrisisLineCard } from './crisis-line-card.js';
import { CloseIcon } from './icons.js';
import { Modal } from './modal.js';

/** Signed in: the account's country. Otherwise the country picked here before, else the browser's region. */
function initialCountry(accountCountry: string | null | undefined): string {
  return accountCountry ?? readSetting('country') ?? countryFromLanguages(browserLanguages()) ?? '';
}

export function CrisisDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { account } = useAccount();
  const titleId = useId();
  const introId = useId();
  const countryId = useId();
  const [picked, setPicked] = useState<string | null>(null);
  const country = picked ?? initialCountry(account?.country);
  const lines = crisisLinesFor(country || null);
  // Signed-in members can alert their people; that asks first, in this same dialog.
  const [askingSos, setAskingSos] = useState(false);
  const close = () => {
    setAskingSos(false);
    onClose();
  };

  if (askingSos && account) {
    return (
      <Modal open={open} onClose={close} labelledBy={titleId} className="crisis-dialog">
        <SosConfirm titleId={titleId} onCancel={() => setAskingSos(false)} onSent={close} />
      </Modal>
    );
  }

  return (
    <Modal open={open} onClose={close} labelledBy={titleId} describedBy={introId} className="crisis-dialog">
      <div className="modal__header">
        <h2 id={titleId} className="modal__title">
          {t('crisis.title')}
        </h2>
        <button type="button" className="icon-button" onClick={close} aria-label={t('common.close')}>
          <CloseIcon />
        </button>
      </div>
      <p id={introId} className="modal__intro">
        {t('crisis.intro')}
      </p>
      {account && (
        <button type="button" className="button button--danger button--block button--large sos-button" onClick={() => setAskingSos(true)}>
          {t('sos.button')}
        </button>
      )}
      <div className="field field--inline">
        <label htmlFor={countryId}>{t('crisis.countryLabel')}</label>
        <CountrySelect
          id={countryId}
          value={country}
          emptyLabel={t('crisis.anyCountry')}
          onChange={(value) => {
            setPicked(value);
            writeSetting('country', value || null);
          }}
        />
      </div>
      <ul className="crisis-lines" aria-label={t('crisis.listLabel')}>
        {lines.map((line) => (
          <CrisisLineCard key={line.id} line={line} />
        ))}
      </ul>
      <p className="crisis-emergency">{t('crisis.emergency')}</p>
    </Modal>
  );
}
