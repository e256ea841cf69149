import { useTranslation } from 'react-i18next';
import type { OccurrenceView } from '../../../api/meetings.js';

/** The join link and phone for online meetings, the address for in-person ones. */
export function MeetingWhere({ occurrence: o }: { occurrence: Pick<OccurrenceView, 'format' | 'conferenceUrl' | 'conferencePhone' | 'location'> }) {
  const { t } = useTranslation();
  const address = o.location ? [o.location.name, o.location.address, o.location.city].filter(Boolean).join(', ') : '';
  return (
    <div className="meeting-where">
      {o.format !== 'in_person' && o.conferenceUrl && (
        <a href={o.conferenceUrl} className="button button--primary meeting-where__join" target="_blank" rel="noopener noreferrer">
          {t('meetings.joinOnline')} <span className="visually-hidden">{t('common.opensInNewTab')}</span>
        </a>
      )}
      {o.format !== 'in_person' && o.conferencePhone && (
        <a href={`tel:${o.conferencePhone.replace(/[^\d+,#*]/g, '')}`} className="text-link">
          {t('meetings.dialIn', { phone: o.conferencePhone })}
        </a>
      )}
      {o.format !== 'online' && address && <p className="meeting-where__address">{address}</p>}
    </div>
  );
}
