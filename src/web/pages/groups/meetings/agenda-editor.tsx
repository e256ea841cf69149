import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENDA_LIMITS, minutesValid, movePhase, newPhase, totalMinutes, type AgendaDraft } from './agenda-draft.js';

interface Props {
  phases: AgendaDraft[];
  onChange: (phases: AgendaDraft[]) => void;
  /** The meeting's length, to compare the phases against. */
  durationMinutes: number;
  /** Set after a save was tried: the phases with a problem are marked. */
  error?: string;
}

/**
 * The ordered phases of a meeting. Moving a phase moves its row, so focus is put back on
 * the button that was pressed (or its twin once the row reaches an end) and the new
 * position is announced.
 */
export function AgendaEditor({ phases, onChange, durationMinutes, error }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const total = totalMinutes(phases);
  const nameOf = (p: AgendaDraft, i: number) => p.title.trim() || t('meetings.agenda.phaseN', { n: i + 1 });

  // Null, or a row that is gone: the "Add a phase" button takes focus.
  const focusLater = (selector: string | null) =>
    requestAnimationFrame(() => ((selector && listRef.current?.querySelector<HTMLElement>(selector)) || addRef.current)?.focus());

  function update(key: string, patch: Partial<AgendaDraft>) {
    onChange(phases.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  }

  function move(index: number, delta: -1 | 1) {
    const phase = phases[index]!;
    const next = movePhase(phases, index, delta);
    const at = index + delta;
    onChange(next);
    setAnnouncement(t('meetings.agenda.moved', { title: nameOf(phase, index), position: at + 1, count: next.length }));
    const atEnd = at === 0 || at === next.length - 1;
    const direction = atEnd ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down';
    focusLater(`[data-phase="${phase.key}"] [data-move="${direction}"]`);
  }

  function remove(index: number) {
    const phase = phases[index]!;
    const next = phases.filter((_, i) => i !== index);
    onChange(next);
    setAnnouncement(t('meetings.agenda.removed', { title: nameOf(phase, index) }));
    const neighbour = next[Math.min(index, next.length - 1)];
    focusLater(neighbour ? `[data-phase="${neighbour.key}"] input` : null);
  }

  function add() {
    const phase = newPhase();
    onChange([...phases, phase]);
    focusLater(`[data-phase="${phase.key}"] input`);
  }

  return (
    <fieldset className={error ? 'choices agenda field--error' : 'choices agenda'} aria-describedby={`${id}-total${error ? ` ${id}-error` : ''}`}>
      <legend className="choices__legend">{t('meetings.agenda.title')}</legend>
      <p className="field__hint">{t('meetings.agenda.intro')}</p>
      <ol ref={listRef} className="agenda__list">
        {phases.map((p, i) => {
          const name = nameOf(p, i);
          const badTitle = Boolean(error) && !p.title.trim();
          const badMinutes = Boolean(error) && !minutesValid(p.minutes);
          return (
            <li key={p.key} className="agenda__phase" data-phase={p.key}>
              <span className="agenda__number" aria-hidden="true">
                {i + 1}
              </span>
              <div className="agenda__fields">
                <label className="agenda__label">
                  <span>{t('meetings.agenda.phaseTitle', { n: i + 1 })}</span>
                  <input
                    value={p.title}
                    maxLength={AGENDA_LIMITS.titleMax}
                    aria-invalid={badTitle || undefined}
                    onChange={(e) => update(p.key, { title: e.target.value })}
                  />
                </label>
                <label className="agenda__label agenda__label--minutes">
                  <span>{t('meetings.agenda.minutes')}</span>
                  <input
                    type="number"
                    inputMode="numeric"
                    min={AGENDA_LIMITS.minutesMin}
                    max={AGENDA_LIMITS.minutesMax}
                    value={p.minutes}
                    aria-invalid={badMinutes || undefined}
                    aria-label={t('meetings.agenda.minutesOf', { title: name })}
                    onChange={(e) => update(p.key, { minutes: e.target.value })}
                  />
                </label>
              </div>
              <div className="agenda__tools">
                {/* Arrows keep the row to one line on a phone; the words are there for screen readers and as a tooltip. */}
                <button
                  type="button"
                  className="button button--secondary agenda__arrow"
                  data-move="up"
                  title={t('meetings.agenda.up')}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  <span aria-hidden="true">↑</span>
                  <span className="visually-hidden">
                    {t('meetings.agenda.up')} ({name})
                  </span>
                </button>
                <button
                  type="button"
                  className="button button--secondary agenda__arrow"
                  data-move="down"
                  title={t('meetings.agenda.down')}
                  disabled={i === phases.length - 1}
                  onClick={() => move(i, 1)}
                >
                  <span aria-hidden="true">↓</span>
                  <span className="visually-hidden">
                    {t('meetings.agenda.down')} ({name})
                  </span>
                </button>
                <button type="button" className="button button--quiet" disabled={phases.length === 1} onClick={() => remove(i)}>
                  {t('meetings.agenda.remove')}
                  <span className="visually-hidden"> ({name})</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button ref={addRef} type="button" className="button button--secondary" disabled={phases.length >= AGENDA_LIMITS.phases} onClick={add}>
        {t('meetings.agenda.add')}
      </button>
      <p id={`${id}-total`} className={total > durationMinutes ? 'agenda__total agenda__total--over' : 'agenda__total'}>
        {total > durationMinutes
          ? t('meetings.agenda.over', { total, length: durationMinutes })
          : t('meetings.agenda.total', { total, length: durationMinutes })}
      </p>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </fieldset>
  );
}
