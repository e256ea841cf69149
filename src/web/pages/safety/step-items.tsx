import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanContact } from '../../../shared/safety-plan.js';
import { CloseIcon } from '../../components/icons.js';

type Item = string | PlanContact;

/** A bold up or down arrow for the move buttons (the text arrows read too faint at this size). */
const Arrow = ({ up = false }: { up?: boolean }) => (
  <svg className="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round">
    <path d={up ? 'M12 19V5M6 11l6-6 6 6' : 'M12 5v14M6 13l6 6 6-6'} />
  </svg>
);
const labelOf = (item: Item) => (typeof item === 'string' ? item : item.name);

interface Props {
  items: Item[];
  onChange: (items: Item[]) => void;
}

/** The items of one step, each with move up / move down / remove; focus follows a moved item. */
export function StepItems({ items, onChange }: Props) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);

  function move(from: number, to: number, action: 'up' | 'down') {
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange(next);
    requestAnimationFrame(() => {
      const row = listRef.current?.children[to];
      const button = row?.querySelector<HTMLButtonElement>(`[data-action="${action}"]:not(:disabled)`) ?? row?.querySelector<HTMLButtonElement>('button:not(:disabled)');
      button?.focus();
    });
  }

  function remove(index: number) {
    onChange(items.filter((_, i) => i !== index));
    requestAnimationFrame(() => {
      const rows = listRef.current?.children;
      const row = rows?.[Math.min(index, rows.length - 1)];
      row?.querySelector<HTMLButtonElement>('[data-action="remove"]')?.focus();
    });
  }

  if (items.length === 0) return <p className="muted safety-editor__empty">{t('safety.editor.empty')}</p>;
  return (
    <ol className="safety-editor__items" ref={listRef} aria-label={t('safety.editor.itemsLabel')}>
      {items.map((item, i) => {
        const label = labelOf(item);
        return (
          <li key={`${i}-${label}`} className="safety-editor__item">
            <span className="safety-editor__text">
              {label}
              {typeof item !== 'string' && (item.phone || item.note) && (
                <span className="safety-editor__detail">{[item.phone, item.note].filter(Boolean).join(' · ')}</span>
              )}
            </span>
            <span className="safety-editor__tools">
              <button type="button" className="icon-button" data-action="up" disabled={i === 0} onClick={() => move(i, i - 1, 'up')} aria-label={t('safety.editor.moveUp', { item: label })}>
                <Arrow up />
              </button>
              <button type="button" className="icon-button" data-action="down" disabled={i === items.length - 1} onClick={() => move(i, i + 1, 'down')} aria-label={t('safety.editor.moveDown', { item: label })}>
                <Arrow />
              </button>
              <button type="button" className="icon-button" data-action="remove" onClick={() => remove(i)} aria-label={t('safety.editor.remove', { item: label })}>
                <CloseIcon />
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
