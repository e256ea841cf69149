import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addStrategy, MAX_STRATEGIES, strategyChips } from './checkin-draft.js';

interface StrategyPickerProps {
  /** The member's recent strategies, newest first. */
  suggestions: readonly string[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
  error?: string;
}

/** Recent strategies as toggles, plus a box to add a new one (Enter adds it rather than saving the form). */
export function StrategyPicker({ suggestions, chosen, onChange, error }: StrategyPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const isChosen = (s: string) => chosen.some((c) => c.toLocaleLowerCase() === s.toLocaleLowerCase());
  const full = chosen.length >= MAX_STRATEGIES;

  function toggle(strategy: string) {
    onChange(isChosen(strategy) ? chosen.filter((c) => c.toLocaleLowerCase() !== strategy.toLocaleLowerCase()) : addStrategy(chosen, strategy));
  }
  function add() {
    onChange(addStrategy(chosen, text));
    setText('');
  }

  const chips = strategyChips(suggestions, chosen);
  return (
    <div className="strategies">
      {chips.length > 0 && (
        <ul className="chip-list" aria-label={t('checkin.strategies.listLabel')}>
          {chips.map((s) => (
            <li key={s}>
              <button type="button" className="chip" aria-pressed={isChosen(s)} disabled={full && !isChosen(s)} onClick={() => toggle(s)}>
                {s}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className={error ? 'field field--error' : 'field'}>
        <label htmlFor={id}>{chips.length > 0 ? t('checkin.strategies.addAnother') : t('checkin.strategies.addFirst')}</label>
        <p id={`${id}-hint`} className="field__hint">
          {full ? t('checkin.strategies.full', { max: MAX_STRATEGIES }) : t('checkin.strategies.hint')}
        </p>
        <div className="strategies__add">
          <input
            id={id}
            value={text}
            maxLength={80}
            disabled={full}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <button type="button" className="button button--secondary" onClick={add} disabled={full || !text.trim()}>
            {t('checkin.strategies.add')}
          </button>
        </div>
        {error && (
          <p id={`${id}-error`} className="field__error">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
