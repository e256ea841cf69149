import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateRhythm, type Partnership, type Rhythm, type Weekday } from '../../api/partners.js';
import { ChoiceGroup } from '../../components/choice-group.js';
import { Field } from '../../components/field.js';
import { FormAlert } from '../../components/form-alert.js';
import { Section } from '../../components/section.js';
import { errorMessage } from '../../lib/form-errors.js';
import { RHYTHMS, WEEKDAYS } from '../../../shared/partners.js';

/** Short weekday names in the reader's language (1 Jan 2024 was a Monday). */
export function weekdayName(day: Weekday, locale: string, width: 'short' | 'long' = 'short') {
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
}

/** How often we check in with each other, and the hours we'd rather not be nudged. */
export function RhythmForm({ partnership, onSaved }: { partnership: Partnership; onSaved: (p: Partnership) => void }) {
  const { t, i18n } = useTranslation();
  const [rhythm, setRhythm] = useState<Rhythm>(partnership.rhythm);
  const [days, setDays] = useState<Weekday[]>(partnership.rhythmDays);
  const [quiet, setQuiet] = useState(partnership.quietStart !== null);
  const [start, setStart] = useState(partnership.quietStart ?? '22:00');
  const [end, setEnd] = useState(partnership.quietEnd ?? '07:00');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (rhythm === 'custom' && days.length === 0) return setStatus({ tone: 'error', text: t('partners.rhythm.pickDays') });
    setBusy(true);
    setStatus(null);
    try {
      const saved = await updateRhythm(partnership.id, {
        rhythm,
        ...(rhythm === 'custom' ? { rhythmDays: days } : {}),
        quietStart: quiet ? start : null,
        quietEnd: quiet ? end : null,
      });
      onSaved(saved);
      setStatus({ tone: 'success', text: t('partners.rhythm.saved') });
    } catch (err) {
      setStatus({ tone: 'error', text: errorMessage(err, t) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Section title={t('partners.rhythm.title')} intro={t('partners.rhythm.intro')}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <ChoiceGroup legend={t('partners.rhythm.legend')} type="radio" choices={RHYTHMS.map((r) => ({ value: r, label: t(`partners.rhythm.${r}`) }))} selected={[rhythm]} onChange={([r]) => r && setRhythm(r)} />
        {rhythm === 'custom' && (
          <ChoiceGroup compact legend={t('partners.rhythm.days')} type="checkbox" choices={WEEKDAYS.map((d) => ({ value: d, label: weekdayName(d, i18n.language) }))} selected={days} onChange={setDays} />
        )}
        <label className="choice">
          <input type="checkbox" checked={quiet} onChange={(e) => setQuiet(e.target.checked)} />
          <span className="choice__text">
            <span className="choice__label">{t('partners.rhythm.quiet')}</span>
            <span className="choice__hint">{t('partners.rhythm.quietHint')}</span>
          </span>
        </label>
        {quiet && (
          <div className="quiet-hours">
            <Field label={t('partners.rhythm.from')}>{(c) => <input {...c} type="time" value={start} onChange={(e) => setStart(e.target.value)} required />}</Field>
            <Field label={t('partners.rhythm.to')}>{(c) => <input {...c} type="time" value={end} onChange={(e) => setEnd(e.target.value)} required />}</Field>
          </div>
        )}
        <FormAlert message={status?.text ?? null} tone={status?.tone} />
        <button type="submit" className="button button--secondary" disabled={busy}>
          {t('partners.rhythm.save')}
        </button>
      </form>
    </Section>
  );
}
