import { useTranslation } from 'react-i18next';
import { crisisLinesFor } from '../../../shared/crisis-lines.js';
import { CrisisLineCard } from '../../components/crisis-line-card.js';
import { Section } from '../../components/section.js';

/** The crisis lines for the member's country. They ship in the bundle, so they show offline too. */
export function CrisisLinesSection({ country }: { country: string | null | undefined }) {
  const { t } = useTranslation();
  return (
    <Section title={t('safety.crisisLines.title')} intro={t('safety.crisisLines.intro')} className="safety-crisis">
      <ul className="crisis-lines">
        {crisisLinesFor(country ?? null).map((line) => (
          <CrisisLineCard key={line.id} line={line} />
        ))}
      </ul>
      <p className="crisis-emergency">{t('crisis.emergency')}</p>
    </Section>
  );
}
