import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { saveMentorProfile, type MyMentoring } from '../../api/partners.js';
import { ChoiceGroup } from '../../components/choice-group.js';
import { Field } from '../../components/field.js';
import { FormAlert } from '../../components/form-alert.js';
import { Section } from '../../components/section.js';
import { errorMessage } from '../../lib/form-errors.js';
import { LOCALES } from '../../../shared/locales.js';
import { MENTOR_FOCUS, type MentorFocus } from '../../../shared/partners.js';

/** Languages a mentor may list: the app's own, then a few widely spoken others. */
const LANGUAGES = [...LOCALES, 'pt', 'fr', 'de', 'it', 'zh', 'ar', 'ru', 'hi', 'tl', 'vi', 'ko', 'ja'] as const;

export function MentorProfileForm({ mentoring, onSaved }: { mentoring: MyMentoring; onSaved: (m: MyMentoring) => void }) {
  const { t, i18n } = useTranslation();
  const p = mentoring.profile;
  const [languages, setLanguages] = useState<string[]>(p?.languages ?? [i18n.language]);
  const [focus, setFocus] = useState<MentorFocus[]>(p?.focus ?? []);
  const [availability, setAvailability] = useState(p?.availability ?? '');
  const [about, setAbout] = useState(p?.about ?? '');
  const [capacity, setCapacity] = useState(String(p?.capacity ?? 2));
  const [active, setActive] = useState(p?.active ?? true);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const names = new Intl.DisplayNames([i18n.language], { type: 'language' });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (languages.length === 0) return setStatus({ tone: 'error', text: t('partners.mentoring.pickLanguage') });
    setBusy(true);
    setStatus(null);
    try {
      onSaved(await saveMentorProfile({ languages, focus, availability: availability.trim(), about: about.trim(), capacity: Number(capacity), active }));
      setStatus({ tone: 'success', text: t('partners.mentoring.saved') });
    } catch (err) {
      setStatus({ tone: 'error', text: errorMessage(err, t) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Section title={t('partners.mentoring.profile')} intro={t('partners.mentoring.profileIntro')}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <ChoiceGroup compact legend={t('partners.mentoring.languages')} type="checkbox" choices={LANGUAGES.map((l) => ({ value: l, label: names.of(l) ?? l }))} selected={languages} onChange={setLanguages} />
        <ChoiceGroup compact legend={t('partners.mentoring.focus')} hint={t('partners.mentoring.focusHint')} type="checkbox" choices={MENTOR_FOCUS.map((f) => ({ value: f, label: t(`partners.focus.${f}`) }))} selected={focus} onChange={setFocus} />
        <Field label={t('partners.mentoring.availability')} hint={t('partners.mentoring.availabilityHint')}>
          {(c) => <input {...c} type="text" maxLength={200} value={availability} onChange={(e) => setAvailability(e.target.value)} />}
        </Field>
        <Field label={t('partners.mentoring.about')} hint={t('partners.mentoring.aboutHint')} optional>
          {(c) => <textarea {...c} rows={3} maxLength={1000} value={about} onChange={(e) => setAbout(e.target.value)} />}
        </Field>
        <Field label={t('partners.mentoring.capacity')} hint={t('partners.mentoring.capacityHint', { count: p?.mentees ?? 0 })}>
          {(c) => (
            <select {...c} value={capacity} onChange={(e) => setCapacity(e.target.value)}>
              {Array.from({ length: 10 }, (_, i) => String(i + 1)).map((n) => <option key={n} value={n}>{n}</option>)}
            </select>
          )}
        </Field>
        <label className="choice">
          <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
          <span className="choice__text">
            <span className="choice__label">{t('partners.mentoring.active')}</span>
            <span className="choice__hint">{t('partners.mentoring.activeHint')}</span>
          </span>
        </label>
        <FormAlert message={status?.text ?? null} tone={status?.tone} />
        <button type="submit" className="button button--primary" disabled={busy}>{t('partners.mentoring.save')}</button>
      </form>
    </Section>
  );
}
