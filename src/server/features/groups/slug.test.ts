import { describe, expect, it } from 'vitest';
import { isUuid, slugify, uniqueSlug } from './slug.js';

describe('slugify', () => {
  it.each([
    ['Tuesday Night Circle', 'tuesday-night-circle'],
    ['Café Río — Español', 'cafe-rio-espanol'],
    ['  Ünïcödé  Friends!! ', 'unicode-friends'],
    ['SMART Recovery @ Home', 'smart-recovery-home'],
    ['日本語', 'group'],
    ['---', 'group'],
    ['123e4567-e89b-12d3-a456-426614174000', 'group-123e4567-e89b-12d3-a456-426614174000'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('keeps slugs short and free of trailing dashes', () => {
    const slug = slugify(`${'a'.repeat(59)} b`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('uniqueSlug', () => {
  it('adds -2, -3… on collision', () => {
    expect(uniqueSlug('circle', new Set())).toBe('circle');
    expect(uniqueSlug('circle', new Set(['circle']))).toBe('circle-2');
    expect(uniqueSlug('circle', new Set(['circle', 'circle-2', 'circle-3']))).toBe('circle-4');
  });
});

describe('isUuid', () => {
  it('tells ids from slugs', () => {
    expect(isUuid('123e4567-e89b-12d3-a456-426614174000')).toBe(true);
    expect(isUuid('tuesday-night-circle')).toBe(false);
  });
});
