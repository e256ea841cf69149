import { useTranslation } from 'react-i18next';
import { smsHref, telHref, type CrisisLine } from '../../shared/crisis-lines.js';
import { LinkIcon, MessageIcon, PhoneIcon } from './icons.js';

/** One crisis line with big call / text / website buttons. */
export function CrisisLineCard({ line }: { line: CrisisLine }) {
  const { t } = useTranslation();
  return (
    <li className="crisis-line">
      <div className="crisis-line__head">
        <h3 className="crisis-line__name">{line.name}</h3>
        <span className="badge">{t('crisis.hours24')}</span>
      </div>
      <p className="crisis-line__description">{t(line.descriptionKey)}</p>
      <div className="crisis-line__actions">
        {line.phone && (
          <a className="button button--primary button--block" href={telHref(line.phone)}>
            <PhoneIcon />
            {t('crisis.call', { number: line.phone })}
          </a>
        )}
        {line.sms && (
          <a className="button button--secondary button--block" href={smsHref(line.sms)}>
            <MessageIcon />
            {line.sms.body
              ? t('crisis.textKeyword', { keyword: line.sms.body, number: line.sms.number })
              : t('crisis.text', { number: line.sms.number })}
          </a>
        )}
        <a className="button button--quiet button--block" href={line.url} target="_blank" rel="noopener noreferrer">
          <LinkIcon />
          <span className="visually-hidden">{line.name} </span>
          {t('crisis.website')}
          <span className="visually-hidden"> {t('common.opensInNewTab')}</span>
        </a>
      </div>
    </li>
  );
}
