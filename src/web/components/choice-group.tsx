import { useId, type ReactNode } from 'react';

interface Choice<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

interface ChoiceGroupProps<V extends string> {
  legend: string;
  hint?: ReactNode;
  error?: string;
  type: 'radio' | 'checkbox';
  choices: readonly Choice<V>[];
  selected: readonly V[];
  onChange: (selected: V[]) => void;
  /** Lay the choices out as a row of compact chips (days of the week, languages). */
  compact?: boolean;
}

/** A fieldset of radio buttons or checkboxes, each with a big tap target and an optional plain-words hint. */
export function ChoiceGroup<V extends string>(props: ChoiceGroupProps<V>) {
  const { legend, hint, error, type, choices, selected, onChange, compact } = props;
  const id = useId();
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  function toggle(value: V, checked: boolean) {
    if (type === 'radio') onChange([value]);
    else onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  }
  return (
    <fieldset className={error ? 'choices field--error' : 'choices'} aria-describedby={describedBy}>
      <legend className="choices__legend">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <div className={compact ? 'choices__list choices__list--compact' : 'choices__list'}>
        {choices.map((choice) => (
          <label key={choice.value} className="choice">
            <input
              type={type}
              name={id}
              value={choice.value}
              checked={selected.includes(choice.value)}
              onChange={(e) => toggle(choice.value, e.target.checked)}
            />
            <span className="choice__text">
              <span className="choice__label">{choice.label}</span>
              {choice.hint && <span className="choice__hint">{choice.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
