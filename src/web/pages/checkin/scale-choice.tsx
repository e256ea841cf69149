import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface ScaleOption<V extends string | number> {
  value: V;
  label: string;
}

interface ScaleChoiceProps<V extends string | number> {
  legend: string;
  hint?: string;
  error?: string;
  options: readonly ScaleOption<V>[];
  value: V | null;
  onChange: (value: V) => void;
  /** `words`: a few wide tiles with a level mark (mood 1–5); `numbers`: a 0–10 strip with end labels. */
  variant: 'words' | 'numbers';
  /** What the two ends of a number strip mean ("0 = none", "10 = strongest"). */
  ends?: [string, string];
  optional?: boolean;
}

/**
 * One tap answers it: native radio buttons (so arrow keys move between them and screen
 * readers announce "3 of 11") drawn as large tiles.
 */
export function ScaleChoice<V extends string | number>(props: ScaleChoiceProps<V>) {
  const { legend, hint, error, options, value, onChange, variant, ends, optional } = props;
  const { t } = useTranslation();
  const id = useId();
  const describedBy =
    [error ? `${id}-error` : null, hint ? `${id}-hint` : null, ends ? `${id}-ends` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`scale scale--${variant}${error ? ' field--error' : ''}`} aria-describedby={describedBy}>
      <legend className="scale__legend">
        {legend}
        {optional && <span className="field__optional"> {t('common.optional')}</span>}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <div className="scale__options" style={{ ['--count' as string]: options.length }}>
        {options.map((option, index) => (
          <label key={option.value} className="scale__option">
            <input
              type="radio"
              className="scale__input"
              name={id}
              value={String(option.value)}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-invalid={error ? true : undefined}
            />
            {variant === 'words' && (
              <span className="scale__level" aria-hidden="true" style={{ ['--level' as string]: (index + 1) / options.length }} />
            )}
            <span className="scale__label">{option.label}</span>
          </label>
        ))}
      </div>
      {ends && (
        <p id={`${id}-ends`} className="scale__ends">
          <span>{ends[0]}</span>
          <span>{ends[1]}</span>
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
