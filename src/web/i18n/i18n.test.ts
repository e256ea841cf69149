import { describe, expect, it } from 'vitest';
import { AREAS, catalog } from './catalog.js';

type Tree = { [key: string]: string | Tree };

/** "a.b.c" → value, for every leaf. */
function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else out.set(path, value);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const english = flatten(catalog.en as Tree);
  const spanish = flatten(catalog.es as Tree);

  it('keeps each area under its own top-level keys', () => {
    for (const areas of Object.values(AREAS)) {
      const seen = new Set<string>();
      for (const area of areas) {
        for (const key of Object.keys(area)) {
          expect(seen.has(key), key).toBe(false);
          seen.add(key);
        }
      }
    }
  });

  it('has exactly the same keys in English and Spanish', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('has no empty or non-string values', () => {
    for (const [key, value] of [...english, ...spanish]) {
      expect(typeof value, key).toBe('string');
      expect(String(value).trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, value] of english) {
      expect(placeholders(String(spanish.get(key))), key).toEqual(placeholders(String(value)));
    }
  });

  it('keeps the voice person-first and non-judgmental', () => {
    const banned = /\b(addicts?|clean|dirty|junkie|slip-up|failed)\b/i;
    for (const [key, value] of english) expect(String(value), key).not.toMatch(banned);
  });
});
